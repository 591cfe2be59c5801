// Scheduling through core dispatch on a real SQLite file: local times, queue slots, CSV import into
// the real queue, and the ICS export of what was scheduled. Dates are in 2027 so they stay in the future.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/app';
import type { AccountSummary } from '../../../src/shared/accounts';
import { call } from '../../helpers/accounts';
import { makePng } from '../../helpers/media-files';
import { useTempDir } from '../../helpers/temp-dir';
import { addAccounts, DEFAULT_ACCOUNTS } from './harness';

describe('scheduling through core', () => {
  const tempDir = useTempDir();
  const cores: Core[] = [];
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
  });
  const start = (list = DEFAULT_ACCOUNTS): { core: Core; dataDir: string; accounts: AccountSummary[] } => {
    const dataDir = tempDir();
    const accounts = addAccounts(dataDir, list);
    const core = createCore({ dataDir, mode: 'browser', version: '0.0.0', publish: false });
    cores.push(core);
    return { core, dataDir, accounts };
  };

  it('resolves wall times in a zone, with the contract validating the input', async () => {
    const { core } = start();
    await expect(call(core, 'schedule.resolveLocal', { local: '2027-03-28T01:30', zone: 'Europe/London' })).resolves.toMatchObject({
      kind: 'nonexistent',
      suggestion: { dueAt: '2027-03-28T01:00:00.000Z', label: '02:00 BST (UTC+1)' },
    });
    await expect(call(core, 'schedule.resolveLocal', { local: '2027-10-31T01:30', zone: 'Europe/London', choice: 'later' })).resolves.toMatchObject({ kind: 'ok', dueAt: '2027-10-31T01:30:00.000Z' });
    await expect(call(core, 'schedule.resolveLocal', { local: '2027-10-31T01:30', zone: 'Nowhere/Land' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(core.dispatch('schedule.resolveLocal', { local: '31/10/2027 01:30', zone: 'Europe/London' })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input for schedule.resolveLocal: local: must be a date and time such as 2026-03-29T01:30' },
    });
  });

  it('keeps queue slots per account, sorted and without duplicates, and the queue fills them', async () => {
    const { core, accounts } = start();
    const sam = accounts[1] as AccountSummary;
    await expect(call(core, 'queueSlots.get', { accountId: sam.id })).resolves.toEqual([]);
    const slots = [
      { weekday: 3, time: '12:30' },
      { weekday: 1, time: '09:00' },
      { weekday: 1, time: '09:00' },
    ];
    await expect(call(core, 'queueSlots.set', { accountId: sam.id, slots })).resolves.toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 3, time: '12:30' },
    ]);
    await expect(call(core, 'queueSlots.get', { accountId: accounts[0]?.id as string })).resolves.toEqual([]);
    await expect(call(core, 'queueSlots.set', { accountId: 'gone', slots })).rejects.toMatchObject({ code: 'invalid_request' });
    await expect(core.dispatch('queueSlots.set', { accountId: sam.id, slots: [{ weekday: 8, time: '9:00' }] })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const [queued] = await call(core, 'queue.create', { posts: [{ accountId: sam.id, parts: [{ text: 'Into the queue' }] }], when: { kind: 'queue' } });
    const due = new Date(queued?.dueAt as string);
    // Monday 09:00 or Wednesday 12:30, London time.
    const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(due);
    expect(['Mon 09:00', 'Wed 12:30']).toContain(london);
  });

  it('previews the slot "add to queue" will take for each account, and the queue then takes exactly those', async () => {
    const { core, accounts } = start([
      { handle: 'HorizonsNHS', kind: 'corporate', training: true },
      { handle: 'Sch4Change', kind: 'corporate', training: true },
      { handle: 'sam_comms', kind: 'personal', training: true },
    ]);
    const [horizons, sam] = accounts as [AccountSummary, AccountSummary];
    const everyDay = (time: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, time }));
    await call(core, 'queueSlots.set', { accountId: horizons.id, slots: everyDay('09:30') });
    await call(core, 'queueSlots.set', { accountId: sam.id, slots: everyDay('12:00') });
    const ids = [horizons.id, sam.id];
    const preview = await call(core, 'queue.previewSlots', { accountIds: ids });
    expect(preview.map((slot) => slot.handle)).toEqual(['HorizonsNHS', 'Sch4Change']);
    const london = (iso: string | null) => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso as string));
    expect(preview.map((slot) => london(slot.dueAt))).toEqual(['09:30', '12:00']);
    // Previewing stores nothing, and asking twice gives the same answer.
    await expect(call(core, 'queue.list', {})).resolves.toEqual([]);
    await expect(call(core, 'queue.previewSlots', { accountIds: ids })).resolves.toEqual(preview);

    const queued = await call(core, 'queue.create', {
      posts: ids.map((accountId) => ({ accountId, parts: [{ text: 'Into the queue' }] })),
      when: { kind: 'queue' },
      confirmedAccountIds: ids,
    });
    expect(queued.map((post) => post.dueAt)).toEqual(preview.map((slot) => slot.dueAt));
    // Those slots are taken now: the next preview is the same times a day later.
    const next = await call(core, 'queue.previewSlots', { accountIds: ids });
    expect(next.map((slot) => london(slot.dueAt))).toEqual(['09:30', '12:00']);
    next.forEach((slot, index) => expect(Date.parse(slot.dueAt as string)).toBeGreaterThan(Date.parse(preview[index]?.dueAt as string)));

    await expect(call(core, 'queue.previewSlots', { accountIds: [accounts[2]?.id ?? 'none'] })).resolves.toEqual([{ accountId: accounts[2]?.id, handle: accounts[2]?.handle, dueAt: null }]);
    await expect(call(core, 'queue.previewSlots', { accountIds: ['gone'] })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('imports a CSV into the queue and exports the schedule as ICS', async () => {
    const { core, dataDir, accounts } = start();
    writeFileSync(join(dataDir, 'ward.png'), makePng(2, 2));
    const csv = [
      'account,datetime,text,media path,alt text',
      '@HorizonsNHS,2027-03-28 09:00,"Spring: clocks forward; join us, 9am",ward.png,A ward',
      'sam_comms,2027-10-31 09:00,Autumn post,,',
    ].join('\n');
    const bad = `${csv}\nnobody,2027-01-01 09:00,x,,\n`;
    await expect(call(core, 'schedule.importCsv', { file: Buffer.from(bad).toString('base64'), baseDir: dataDir })).resolves.toMatchObject({ valid: 2, invalid: 1, imported: 0 });
    await expect(call(core, 'queue.list', {})).resolves.toEqual([]);

    const report = await call(core, 'schedule.importCsv', { file: Buffer.from(csv).toString('base64'), baseDir: dataDir, confirmedAccountIds: [accounts[0]?.id ?? ''] });
    expect(report).toMatchObject({ valid: 2, invalid: 0, imported: 2 });
    expect(report.rows.map((row) => row.dueAt)).toEqual(['2027-03-28T08:00:00.000Z', '2027-10-31T09:00:00.000Z']);
    const queued = await call(core, 'queue.list', { states: ['scheduled'] });
    expect(queued.map((p) => [p.accountId, p.dueAt, p.zone])).toEqual([
      [accounts[0]?.id, '2027-03-28T08:00:00.000Z', 'Europe/London'],
      [accounts[1]?.id, '2027-10-31T09:00:00.000Z', 'Europe/London'],
    ]);

    const exported = await call(core, 'schedule.exportIcs', {});
    expect(exported.filename).toBe('columns-schedule.ics');
    expect(exported.ics).toContain(`\r\nUID:post-${queued[0]?.id}@columns.app\r\nDTSTAMP:`);
    expect(exported.ics).toContain('\r\nDTSTART:20270328T080000Z\r\nSUMMARY:@HorizonsNHS: Spring: clocks forward\\; join us\\, 9am\r\n');
    expect(exported.ics).toContain('\r\nDTSTART:20271031T090000Z\r\nSUMMARY:@sam_comms: Autumn post\r\n');
    const spring = await call(core, 'schedule.exportIcs', { from: '2027-01-01T00:00:00Z', to: '2027-03-28T09:01:00+01:00' });
    expect(spring.ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
