// What the user did to items stays with them (real HTTPS sandbox on the enterprise plan, real SQLite
// files, real keychain): liked / reposted / hidden are recorded by items.act and cleared by the undo,
// muted authors' cached posts leave every column of the muting account (and only that account's),
// the global mute words hide an item from every column, all of it holds after a restart, and an
// unmute from settings tells X and lists the author's posts again.
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnConfig, ColumnItem } from '../../../src/shared/columns';
import { call, startHarness, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { startWithTwoAccounts } from '../../helpers/two-accounts';

const sandbox = useSandbox({ plan: 'enterprise' });
const tempDir = useTempDir();
const harnesses: Harness[] = [];

afterEach(async () => {
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
});

const items = async (h: Harness, column: ColumnConfig): Promise<ColumnItem[]> => (await call(h.core, 'columns.items', { id: column.id, limit: 200 })).items;
const texts = async (h: Harness, column: ColumnConfig): Promise<string[]> => (await items(h, column)).map((item) => item.text);
const find = async (h: Harness, column: ColumnConfig, id: string): Promise<ColumnItem | undefined> => (await items(h, column)).find((item) => item.id === id);

describe('item state and muting', () => {
  it('records like, repost and hide with their undo, drops muted authors and global mute words from every column, after a restart too', async () => {
    const { h, dir, keychainService, horizons, sch } = await startWithTwoAccounts(tempDir(), sandbox(), harnesses);
    await call(h.core, 'xApp.update', { plan: 'enterprise' });

    const stamp = `s${Date.now()}`;
    const root = await sandbox().clientFor('HorizonsNHS').v2.tweet(`Clinic times ${stamp}`);
    const fromSch = await sandbox().clientFor('Sch4Change').v2.tweet(`Hello @HorizonsNHS ${stamp}`);
    const fromSam = await sandbox().clientFor('sam_comms').v2.reply(`@HorizonsNHS thanks ${stamp}`, root.data.id);
    const samToSch = await sandbox().clientFor('sam_comms').v2.tweet(`@Sch4Change hi ${stamp}`);

    const mentions = await call(h.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    const search = await call(h.core, 'columns.add', { kind: 'search', accountId: horizons.id, query: stamp });
    const schMentions = await call(h.core, 'columns.add', { kind: 'mentions', accountId: sch.id });
    for (const column of [mentions, search, schMentions]) await call(h.core, 'columns.refresh', { id: column.id });

    const hello = await find(h, mentions, fromSch.data.id);
    expect(hello?.state).toEqual({ liked: false, reposted: false, hidden: false });
    // On enterprise, like and quote are offered.
    expect(hello?.allowed.like).toEqual({ ok: true, reason: null });
    expect(hello?.allowed.quote).toEqual({ ok: true, reason: null });

    // Each action is recorded on the item, and its undo clears it.
    const act = (itemId: string, action: 'like' | 'unlike' | 'repost' | 'unrepost' | 'hide' | 'unhide' | 'mute') =>
      // A corporate account's repost is confirmed (the other actions ignore the confirmation).
      call(h.core, 'items.act', { accountId: horizons.id, itemId, action, confirmedAccountIds: [horizons.id] });
    expect((await act(fromSch.data.id, 'like')).state.liked).toBe(true);
    expect((await act(fromSch.data.id, 'unlike')).state.liked).toBe(false);
    expect((await act(fromSch.data.id, 'repost')).state.reposted).toBe(true);
    expect((await act(fromSch.data.id, 'unrepost')).state.reposted).toBe(false);
    expect((await act(fromSam.data.id, 'hide')).state.hidden).toBe(true);
    expect(sandbox().server.world.posts.get(fromSam.data.id)?.hidden).toBe(true);
    expect((await act(fromSam.data.id, 'unhide')).state.hidden).toBe(false);
    expect(sandbox().server.world.posts.get(fromSam.data.id)?.hidden).toBe(false);
    await act(fromSch.data.id, 'like');
    await act(fromSch.data.id, 'repost');
    await act(fromSam.data.id, 'hide');
    // The same post in another column of the account carries the same state.
    expect((await find(h, search, fromSch.data.id))?.state).toEqual({ liked: true, reposted: true, hidden: false });

    // Global mute words: gone from every column, back when the word is removed.
    expect(await call(h.core, 'muteWords.set', { words: ['  Hello ', 'hello'] })).toEqual(['Hello']);
    expect(await texts(h, mentions)).not.toContain(`Hello @HorizonsNHS ${stamp}`);
    expect(await texts(h, search)).not.toContain(`Hello @HorizonsNHS ${stamp}`);
    await call(h.core, 'muteWords.set', { words: [] });
    expect(await texts(h, search)).toContain(`Hello @HorizonsNHS ${stamp}`);

    // Mute @sam_comms as Horizons: sam's cached posts leave Horizons' columns, not Sch4Change's.
    await act(fromSam.data.id, 'mute');
    expect(await texts(h, mentions)).not.toContain(`@HorizonsNHS thanks ${stamp}`);
    expect((await items(h, search)).map((item) => item.author.handle)).not.toContain('sam_comms');
    expect((await items(h, schMentions)).map((item) => item.id)).toContain(samToSch.data.id);
    // A new post of theirs reaching Horizons is not pushed to its columns either.
    const pushed: ColumnItem[] = [];
    h.core.events.subscribe((event, payload) => {
      if (event === 'columns.items') pushed.push(...(payload as { items: ColumnItem[] }).items);
    });
    const later = await sandbox().clientFor('sam_comms').v2.reply(`@HorizonsNHS one more ${stamp}`, root.data.id);
    await sandbox().clientFor('Sch4Change').v2.tweet(`Again @HorizonsNHS ${stamp}`);
    await call(h.core, 'columns.refresh', { id: search.id });
    expect(pushed.map((item) => item.text)).toContain(`Again @HorizonsNHS ${stamp}`);
    expect(pushed.map((item) => item.id)).not.toContain(later.data.id);
    expect((await items(h, search)).map((item) => item.id)).not.toContain(later.data.id);
    await h.core.close();
    harnesses.splice(0);

    // After a restart: the marks and the mutes are still there.
    const again = await startHarness(dir, sandbox(), { keychainService, streams: false });
    harnesses.push(again);
    const helloAgain = await find(again, mentions, fromSch.data.id);
    expect(helloAgain?.state).toEqual({ liked: true, reposted: true, hidden: false });
    expect(await find(again, mentions, fromSam.data.id)).toBeUndefined();
    expect((await items(again, search)).map((item) => item.author.handle)).not.toContain('sam_comms');
    expect((await items(again, schMentions)).map((item) => item.id)).toContain(samToSch.data.id);

    // Settings lists the mute; Unmute tells X and lists sam's posts in Horizons' columns again.
    const samId = sandbox().server.world.users.byUsername('sam_comms')?.id ?? '';
    const horizonsUserId = sandbox().server.world.users.byUsername('HorizonsNHS')?.id ?? '';
    expect(sandbox().server.world.engagement.related('mutes', horizonsUserId, samId)).toBe(true);
    expect(await call(again.core, 'mutedAuthors.list', {})).toEqual([{ accountId: horizons.id, authorId: samId, handle: 'sam_comms', mutedAt: expect.any(String) }]);
    const invalidated: unknown[] = [];
    again.core.events.subscribe((event, payload) => {
      if (event === 'columns.invalidated') invalidated.push(payload);
    });
    expect(await call(again.core, 'mutedAuthors.unmute', { accountId: horizons.id, authorId: samId })).toEqual([]);
    expect(invalidated).toEqual([{ reason: 'unmuted' }]);
    expect(sandbox().server.world.engagement.related('mutes', horizonsUserId, samId)).toBe(false);
    expect((await find(again, mentions, fromSam.data.id))?.text).toBe(`@HorizonsNHS thanks ${stamp}`);
    await expect(call(again.core, 'mutedAuthors.unmute', { accountId: horizons.id, authorId: samId })).rejects.toThrow(/not muted for this account/);
  });
});
