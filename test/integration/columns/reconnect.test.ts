// Columns that never die quietly: X refuses an account's sign-in, its columns say it needs
// reconnecting (the other account's columns carry on), and the reconnect revives every one of
// them at once, on the streams engine's own timer: no refresh per column. What arrived while it was
// signed out is fetched with since_id and counted as new. Real sandbox over HTTPS, real SQLite,
// real keychain.
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnStatus } from '../../../src/shared/columns';
import { call, connectAs, startHarness, testKeychainService, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';

const sandbox = useSandbox();
const tempDir = useTempDir();
const harnesses: Harness[] = [];

afterEach(async () => {
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
});

describe('reconnecting an account', () => {
  it('revives every column that reads as it, and fetches what it missed behind "N new"', async () => {
    const h = await startHarness(tempDir(), sandbox(), { keychainService: testKeychainService(), refreshFloorMs: 100 });
    harnesses.push(h);
    const horizons = (await connectAs(h, sandbox(), 'HorizonsNHS')).account;
    const sch = (await connectAs(h, sandbox(), 'Sch4Change')).account;
    if (!horizons || !sch) throw new Error('accounts did not connect');
    const statuses = new Map<string, ColumnStatus>();
    h.core.events.subscribe((event, payload) => {
      if (event === 'columns.status') statuses.set((payload as ColumnStatus).columnId, payload as ColumnStatus);
    });
    const stamp = Date.now();
    const schClient = sandbox().clientFor('Sch4Change');
    await schClient.v2.tweet(`Before the sign-out @HorizonsNHS ${stamp}`);
    const mentions = await call(h.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    const home = await call(h.core, 'columns.add', { kind: 'home', accountId: horizons.id });
    const search = await call(h.core, 'columns.add', { kind: 'search', accountId: horizons.id, query: `#Rx${stamp}` });
    const schColumn = await call(h.core, 'columns.add', { kind: 'mentions', accountId: sch.id });
    const texts = async (id: string): Promise<string[]> => (await call(h.core, 'columns.items', { id })).items.map((item) => item.text);
    await expect.poll(() => texts(mentions.id), { timeout: 10_000 }).toContain(`Before the sign-out @HorizonsNHS ${stamp}`);

    // X refuses the sign-in: the next poll finds out, the account needs reconnecting, and every
    // column reading as it says so (with the way out); @Sch4Change's column does not.
    await sandbox().admin('POST', '/admin/tokens/revoke', { username: 'HorizonsNHS' });
    await expect.poll(() => h.core.accounts.list().find((account) => account.id === horizons.id)?.status, { timeout: 10_000 }).toBe('needs_reauth');
    for (const column of [mentions, home, search]) {
      expect(statuses.get(column.id)?.waiting).toBe('@HorizonsNHS needs reconnecting: use Reconnect beside it in the sidebar');
      expect(statuses.get(column.id)?.nextRefreshAt).toBeNull();
    }
    expect((await call(h.core, 'columns.statuses', {})).find((status) => status.columnId === mentions.id)?.waiting).toMatch(/needs reconnecting/);
    expect(statuses.get(schColumn.id)?.waiting ?? null).toBeNull();

    // Mentions arrive while it is signed out.
    const missed = [1, 2, 3].map((n) => `Missed ${n} @HorizonsNHS ${stamp}`);
    for (const text of missed) await schClient.v2.tweet(text);
    await sandbox().clientFor('HorizonsNHS').v2.tweet(`Tagged #Rx${stamp}`);

    // Reconnect: every column revives by itself, and the missed mentions are new.
    expect((await connectAs(h, sandbox(), 'HorizonsNHS', horizons.id)).state).toBe('connected');
    await expect.poll(() => texts(mentions.id), { timeout: 10_000 }).toEqual(expect.arrayContaining(missed));
    await expect.poll(() => texts(search.id), { timeout: 10_000 }).toContain(`Tagged #Rx${stamp}`);
    await expect
      .poll(async () => (await call(h.core, 'columns.statuses', {})).filter((status) => [mentions.id, home.id, search.id].includes(status.columnId)).map((status) => status.waiting), { timeout: 10_000 })
      .toEqual([null, null, null]);
    const after = (await call(h.core, 'columns.statuses', {})).find((status) => status.columnId === mentions.id);
    expect(after?.newCount).toBe(missed.length);
    expect(after?.nextRefreshAt).not.toBeNull();
  });
});
