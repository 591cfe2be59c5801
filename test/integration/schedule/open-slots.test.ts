// Open queue slots through core dispatch on a real SQLite file: what the calendars mark is what
// "add to queue" would still take, per account, and the contract checks the range.
import { afterEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../src/main/core/app';
import type { AccountSummary } from '../../../src/shared/accounts';
import { call } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';
import { addAccounts } from './harness';

const london = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));

describe('queueSlots.open', () => {
  const tempDir = useTempDir();
  const cores: Core[] = [];
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.close();
  });

  it('marks each account’s untaken slots in the range, and a queued post takes its slot off', async () => {
    const dataDir = tempDir();
    const [horizons, sch] = addAccounts(dataDir, [
      { handle: 'HorizonsNHS', kind: 'corporate', training: true },
      { handle: 'Sch4Change', kind: 'corporate', training: true },
    ]) as [AccountSummary, AccountSummary];
    const core = createCore({ dataDir, mode: 'browser', version: '0.0.0', publish: false });
    cores.push(core);
    const everyDay = (time: string) => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, time }));
    await call(core, 'queueSlots.set', { accountId: horizons.id, slots: everyDay('09:30') });
    await call(core, 'queueSlots.set', { accountId: sch.id, slots: [{ weekday: 3, time: '12:00' }] });

    const from = new Date(Date.now() + 24 * 3_600_000).toISOString();
    const to = new Date(Date.now() + 8 * 24 * 3_600_000).toISOString();
    const open = await call(core, 'queueSlots.open', { from, to });
    expect(open.filter((slot) => slot.accountId === horizons.id)).toHaveLength(7);
    expect(open.filter((slot) => slot.accountId === sch.id).map((slot) => london(slot.dueAt))).toEqual(['Wed 12:00']);
    expect(open.map((slot) => slot.dueAt)).toEqual(open.map((slot) => slot.dueAt).sort());

    const [queued] = await call(core, 'queue.create', {
      posts: [{ accountId: horizons.id, parts: [{ text: 'Into the queue' }] }],
      when: { kind: 'queue' },
      confirmedAccountIds: [horizons.id],
    });
    const after = await call(core, 'queueSlots.open', { from: new Date().toISOString(), to, accountId: horizons.id });
    expect(after.every((slot) => slot.accountId === horizons.id)).toBe(true);
    expect(after.map((slot) => slot.dueAt)).not.toContain(queued?.dueAt);

    await expect(core.dispatch('queueSlots.open', { from: to, to: from })).resolves.toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input for queueSlots.open: to: must be after from' },
    });
    await expect(core.dispatch('queueSlots.open', { from, to: '2030-01-01T00:00:00Z' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('to: must be at most 43 days after from') } });
  });
});
