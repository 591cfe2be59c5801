// Every publishing path refuses a "confirm before posting" account without its confirmation and
// records it with one (real sandbox over HTTPS, real SQLite, real keychain): the composer's
// queue.create, repost and undo repost (also as another connected account), a calendar move;
// and mute for every connected account.
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnItem } from '../../../src/shared/columns';
import { call, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { startWithTwoAccounts } from '../../helpers/two-accounts';

const sandbox = useSandbox();
const tempDir = useTempDir();
const harnesses: Harness[] = [];

afterEach(async () => {
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
});

describe('guarded publishing paths', () => {
  it('refuses each path without the corporate confirmation, records it with one, and mutes for every account', async () => {
    const { h, horizons, sch } = await startWithTwoAccounts(tempDir(), sandbox(), harnesses);
    expect([horizons.confirmBeforePosting, sch.confirmBeforePosting]).toEqual([true, true]);
    const stamp = `g${Date.now()}`;
    const hello = await sandbox().clientFor('sam_comms').v2.tweet(`Hello @HorizonsNHS ${stamp}`);
    const mentions = await call(h.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    await call(h.core, 'columns.refresh', { id: mentions.id });
    const item = (await call(h.core, 'columns.items', { id: mentions.id, limit: 200 })).items.find((candidate: ColumnItem) => candidate.id === hello.data.id);
    expect(item?.text).toContain(stamp);
    const itemId = hello.data.id;
    const samId = sandbox().server.world.users.byUsername('sam_comms')?.id ?? '';

    // The renderer asks core which accounts ask for confirmation.
    expect(await call(h.core, 'confirmations.required', { accountIds: [horizons.id, sch.id] })).toEqual([
      { accountId: horizons.id, network: 'x', handle: 'HorizonsNHS' },
      { accountId: sch.id, network: 'x', handle: 'Sch4Change' },
    ]);

    // Repost: refused without, nothing reaches X; done and recorded with.
    await expect(call(h.core, 'items.act', { accountId: horizons.id, itemId, action: 'repost' })).rejects.toThrow(/confirmation_required: @HorizonsNHS asks for confirmation before reposting/);
    expect(sandbox().server.world.posts.repostBy(horizons.userId, itemId) !== undefined).toBe(false);
    const reposted = await call(h.core, 'items.act', { accountId: horizons.id, itemId, action: 'repost', confirmedAccountIds: [horizons.id] });
    expect(reposted.state.reposted).toBe(true);
    expect(sandbox().server.world.posts.repostBy(horizons.userId, itemId) !== undefined).toBe(true);

    // Repost as the other connected account (TweetDeck's picker): its own confirmation, its own record.
    await expect(call(h.core, 'items.act', { accountId: horizons.id, itemId, action: 'repost', asAccountId: sch.id, confirmedAccountIds: [horizons.id] })).rejects.toThrow(
      /@Sch4Change asks for confirmation before reposting/,
    );
    await call(h.core, 'items.act', { accountId: horizons.id, itemId, action: 'repost', asAccountId: sch.id, confirmedAccountIds: [sch.id] });
    expect(sandbox().server.world.posts.repostBy(sch.userId, itemId) !== undefined).toBe(true);

    // Undo repost is guarded the same way.
    await expect(call(h.core, 'items.act', { accountId: horizons.id, itemId, action: 'unrepost' })).rejects.toThrow(/before undoing a repost/);
    expect((await call(h.core, 'items.act', { accountId: horizons.id, itemId, action: 'unrepost', confirmedAccountIds: [horizons.id] })).state.reposted).toBe(false);
    expect(sandbox().server.world.posts.repostBy(horizons.userId, itemId) !== undefined).toBe(false);

    // The composer's path, and a calendar move of what it queued.
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const post = { posts: [{ accountId: horizons.id, parts: [{ text: `Clinic news ${stamp}` }] }], when: { kind: 'at' as const, dueAt: later, zone: 'Europe/London' } };
    await expect(call(h.core, 'queue.create', post)).rejects.toThrow(/confirmation_required: @HorizonsNHS asks for confirmation before posting/);
    const [queued] = await call(h.core, 'queue.create', { ...post, confirmedAccountIds: [horizons.id] });
    if (!queued) throw new Error('nothing queued');
    const moved = new Date(Date.now() + 7_200_000).toISOString();
    await expect(call(h.core, 'queue.reschedule', { id: queued.id, dueAt: moved, zone: 'Europe/London', via: 'calendar' })).rejects.toThrow(/before moving a post/);
    await call(h.core, 'queue.reschedule', { id: queued.id, dueAt: moved, zone: 'Europe/London', via: 'calendar', confirmedAccountIds: [horizons.id] });

    // The audit trail: which path, which account, which posts, newest first.
    const trail = await call(h.core, 'confirmations.list', {});
    expect(trail.map((record) => [record.path, record.handle, record.subjects])).toEqual([
      ['calendar_move', 'HorizonsNHS', [queued.id]],
      ['composer', 'HorizonsNHS', [queued.id]],
      ['unrepost', 'HorizonsNHS', [itemId]],
      ['repost', 'Sch4Change', [itemId]],
      ['repost', 'HorizonsNHS', [itemId]],
    ]);
    expect(trail.every((record) => record.network === 'x' && !Number.isNaN(Date.parse(record.confirmedAt)))).toBe(true);
    expect((await call(h.core, 'confirmations.list', { accountId: sch.id })).map((record) => record.path)).toEqual(['repost']);

    // Posting the same words from both accounts: advice from the post checks.
    const advice = await call(h.core, 'postChecks.run', { posts: [{ accountId: horizons.id, texts: ['Same words'] }, { accountId: sch.id, texts: ['same words!'] }] });
    expect(advice).toEqual([expect.objectContaining({ ruleId: 'x.duplicate_across_accounts', severity: 'advice' })]);

    // Mute for every connected account: X is told for each, and Undo (unmute per account) reverses it.
    await call(h.core, 'items.act', { accountId: horizons.id, itemId, action: 'mute', allAccounts: true });
    expect(sandbox().server.world.engagement.related('mutes', horizons.userId, samId)).toBe(true);
    expect(sandbox().server.world.engagement.related('mutes', sch.userId, samId)).toBe(true);
    expect((await call(h.core, 'mutedAuthors.list', {})).map((muted) => muted.accountId).sort()).toEqual([horizons.id, sch.id].sort());
    for (const accountId of [horizons.id, sch.id]) await call(h.core, 'mutedAuthors.unmute', { accountId, authorId: samId });
    expect(sandbox().server.world.engagement.related('mutes', sch.userId, samId)).toBe(false);
    expect(await call(h.core, 'mutedAuthors.list', {})).toEqual([]);
  });
});
