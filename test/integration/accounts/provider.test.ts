// Connected accounts at work through core.providerFor: each posts as itself, an expired access
// token is refreshed (the rotated tokens land in the keychain), a revoked grant puts only that
// account in needs_reauth while the other carries on, and reconnecting brings it back. Removal
// revokes at X, deletes the keychain entry and records and applies the queued-posts choice.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/core/paths';
import type { AccountSummary } from '../../../src/shared/accounts';
import type { Notice } from '../../../src/shared/contract';
import { call, connectAs, startHarness, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';

const sandbox = useSandbox();
const tempDir = useTempDir();
let harness: Harness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function twoAccounts(): Promise<{ h: Harness; horizons: AccountSummary; sch: AccountSummary }> {
  const h = await startHarness(tempDir(), sandbox());
  harness = h;
  const horizons = (await connectAs(h, sandbox(), 'HorizonsNHS')).account;
  const sch = (await connectAs(h, sandbox(), 'Sch4Change')).account;
  if (!horizons || !sch) throw new Error('accounts did not connect');
  return { h, horizons, sch };
}

const postsBy = async (username: string): Promise<string[]> =>
  (await sandbox().admin<{ data: { text: string }[] }>('GET', `/admin/posts?username=${username}`)).body.data.map((post) => post.text);

describe('accounts at work', () => {
  it('posts as each account, survives an access-token expiry by refreshing, and isolates a revoked account', async () => {
    const { h, horizons, sch } = await twoAccounts();
    const stamp = Date.now();
    await (await h.core.providerFor(horizons.id)).publish({ text: `Clinics open all week ${stamp}` });
    await (await h.core.providerFor(sch.id)).publish({ text: `Schools pack is out ${stamp}` });
    expect(await postsBy('HorizonsNHS')).toContain(`Clinics open all week ${stamp}`);
    expect(await postsBy('Sch4Change')).toContain(`Schools pack is out ${stamp}`);
    expect(await postsBy('HorizonsNHS')).not.toContain(`Schools pack is out ${stamp}`);

    // Access token expiry: a read meets X's 401, the provider refreshes, stores the rotated tokens
    // and reads again (a post is never re-sent automatically, so the read goes first).
    const before = JSON.parse((await h.vault.get(`x:${horizons.userId}`)) ?? '{}') as { accessToken: string; refreshToken: string };
    expect((await sandbox().admin('POST', '/admin/tokens/expire', { username: 'HorizonsNHS' })).status).toBe(200);
    const mentions = await (await h.core.providerFor(horizons.id)).timeline({ kind: 'mentions' });
    expect(Array.isArray(mentions.items)).toBe(true);
    await (await h.core.providerFor(horizons.id)).publish({ text: `After expiry ${stamp}` });
    expect(await postsBy('HorizonsNHS')).toContain(`After expiry ${stamp}`);
    const after = JSON.parse((await h.vault.get(`x:${horizons.userId}`)) ?? '{}') as { accessToken: string; refreshToken: string };
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(after.refreshToken).not.toBe(before.refreshToken);

    // The grant revoked at X: this account needs reconnecting; the other one carries on.
    expect((await sandbox().admin('POST', '/admin/tokens/revoke', { username: 'HorizonsNHS' })).status).toBe(200);
    await expect((await h.core.providerFor(horizons.id)).timeline({ kind: 'mentions' })).rejects.toMatchObject({ code: 'auth_expired' });
    const list = await call(h.core, 'accounts.list', {});
    expect(list.map((a) => [a.handle, a.status])).toEqual([['HorizonsNHS', 'needs_reauth'], ['Sch4Change', 'active']]);
    expect(h.changed.at(-1)?.find((a) => a.id === horizons.id)?.status).toBe('needs_reauth');
    await (await h.core.providerFor(sch.id)).publish({ text: `Still going ${stamp}` });
    expect(await postsBy('Sch4Change')).toContain(`Still going ${stamp}`);

    // Reconnecting the same X user restores it, same account id.
    const again = await connectAs(h, sandbox(), 'HorizonsNHS', horizons.id);
    expect(again).toMatchObject({ state: 'connected', account: { id: horizons.id, status: 'active' } });
    await (await h.core.providerFor(horizons.id)).publish({ text: `Back again ${stamp}` });
    expect(await postsBy('HorizonsNHS')).toContain(`Back again ${stamp}`);
  });

  it('removes an account: revokes at X, deletes its keychain entry, records and applies the queued-posts choice', async () => {
    const { h, horizons, sch } = await twoAccounts();
    const tokens = JSON.parse((await h.vault.get(`x:${horizons.userId}`)) ?? '{}') as { accessToken: string };
    const remaining = await call(h.core, 'accounts.remove', { id: horizons.id, queuedPosts: 'delete' });
    expect(remaining.map((a) => a.handle)).toEqual(['Sch4Change']);
    expect(await h.vault.keys()).toEqual([`x:${sch.userId}`]);
    // Revoked at X: the old access token no longer works there.
    const me = await sandbox().raw('GET', '/2/users/me', { headers: { authorization: `Bearer ${tokens.accessToken}` } });
    expect(me.status).toBe(401);
    const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT handle, queued_posts, revoked, applied_at FROM account_removals').all()).toEqual([
      // The queue applies the choice at once (its posts are deleted); test/integration/queue covers what it does.
      { handle: 'HorizonsNHS', queued_posts: 'delete', revoked: 1, applied_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) },
    ]);
    db.close();
    await expect(h.core.dispatch('accounts.remove', { id: horizons.id, queuedPosts: 'keep' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it('removes an account even when X cannot be reached to revoke, and says so', async () => {
    const { h, horizons } = await twoAccounts();
    const notices: Notice[] = [];
    h.core.events.subscribe((event, payload) => {
      if (event === 'app.notice') notices.push(payload as Notice);
    });
    await sandbox().admin('POST', '/admin/faults', { count: 5, kind: '503', path: '/2/oauth2/revoke' });
    const removal = await h.core.accounts.remove(horizons.id, 'keep');
    await sandbox().admin('POST', '/admin/faults/clear');
    expect(removal).toMatchObject({ revoked: false, queuedPosts: 'keep', revokeMessage: expect.stringContaining('Connected apps') });
    expect(removal.accounts.map((a) => a.handle)).toEqual(['Sch4Change']);
    expect(notices).toEqual([{ code: 'revoke_failed', message: removal.revokeMessage, at: expect.any(String) }]);
    expect(await h.vault.get(`x:${horizons.userId}`)).toBeNull();
  });
});
