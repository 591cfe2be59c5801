// The queue end to end against the sandbox over HTTPS, with real SQLite and the real keychain:
// posts and threads go out once, on time, from the right account; what cannot go out is failed
// or held with a reason, and the person is told.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../src/main/core/paths';
import { call } from '../../helpers/accounts';
import { makePng } from '../../helpers/media-files';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { sandboxPosts, startQueueHarness, type QueueHarness } from './queue-harness';

const sandbox = useSandbox({ plan: 'enterprise' });
const tempDir = useTempDir();
let open: QueueHarness[] = [];

afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

async function harness(usernames: string[], dataDir = tempDir(), overrides = {}): Promise<QueueHarness> {
  const h = await startQueueHarness(dataDir, sandbox(), usernames, { queueBackoff: { baseMs: 50, capMs: 200 }, ...overrides });
  open.push(h);
  return h;
}

describe('the queue', () => {
  it('publishes a post now and a thread part by part, each part replying to the one before', async () => {
    const h = await harness(['HorizonsNHS', 'sam_comms']);
    const stamp = Date.now();
    const single = h.post('sam_comms', [`Flu clinic today ${stamp}`]);
    const thread = h.post('HorizonsNHS', [`1/3 What we learned ${stamp}`, `2/3 Listen first ${stamp}`, `3/3 Then act ${stamp}`]);
    const posts = await h.until((all) => all.every((p) => p.state === 'sent'));
    const sentThread = posts.find((p) => p.id === thread.id);
    const remote = await sandboxPosts(sandbox(), 'HorizonsNHS');
    const ours = remote.filter((p) => p.text.endsWith(String(stamp)));
    expect(ours.map((p) => p.id)).toEqual(sentThread?.remoteIds);
    expect(ours[1]?.in_reply_to_tweet_id).toBe(ours[0]?.id);
    expect(ours[2]?.in_reply_to_tweet_id).toBe(ours[1]?.id);
    expect((await sandboxPosts(sandbox(), 'sam_comms')).filter((p) => p.text === `Flu clinic today ${stamp}`)).toHaveLength(1);
    expect(h.core.queue.history(single.id).map((t) => `${t.from ?? '-'}>${t.to}`)).toEqual(['->scheduled', 'scheduled>sending', 'sending>sent']);
  });

  it('uploads images with their alt text, and refuses an image without one where the account requires it', async () => {
    const h = await harness(['HorizonsNHS']);
    const account = h.accounts['HorizonsNHS']?.id ?? '';
    const png = makePng(4, 4).toString('base64');
    const described = await call(h.core, 'media.add', { name: 'ward.png', mimeType: 'image/png', dataBase64: png, altText: 'A tidy ward at dawn' });
    const bare = await call(h.core, 'media.add', { name: 'bare.png', mimeType: 'image/png', dataBase64: png, altText: null });
    const base = { replyToId: null, quoteOfId: null, graceMinutes: 15, confirmedAccountIds: [account], when: { kind: 'now' } as const };
    await expect(call(h.core, 'queue.create', { ...base, posts: [{ accountId: account, parts: [{ text: 'Look', mediaIds: [bare.id] }] }] })).rejects.toThrow(
      /@HorizonsNHS requires alt text: add a description to “bare.png”/,
    );
    const stamp = Date.now();
    const [post] = await call(h.core, 'queue.create', { ...base, posts: [{ accountId: account, parts: [{ text: `Our ward ${stamp}`, mediaIds: [described.id] }] }] });
    expect(post?.parts[0]?.media[0]?.altText).toBe('A tidy ward at dawn');
    const [sent] = await h.until((all) => all[0]?.state === 'sent');
    const timeline = await (await h.core.providerFor(account)).timeline({ kind: 'user', userId: h.accounts['HorizonsNHS']?.userId ?? '' });
    const item = timeline.items.find((i) => i.id === sent?.remoteIds[0]);
    expect(item?.media.map((m) => m.altText)).toEqual(['A tidy ward at dawn']);
  });

  it('refuses what X or the account would refuse, before storing anything', async () => {
    const h = await harness(['HorizonsNHS']);
    const account = h.accounts['HorizonsNHS']?.id ?? '';
    const base = { replyToId: null, quoteOfId: null, graceMinutes: 15, confirmedAccountIds: [] as string[] };
    await expect(call(h.core, 'queue.create', { ...base, posts: [{ accountId: account, parts: [{ text: 'hi' }] }], when: { kind: 'now' } })).rejects.toThrow(
      /confirmation_required: @HorizonsNHS asks for confirmation/,
    );
    const long = `${'a'.repeat(250)} https://example.com/${'x'.repeat(40)} ${'b'.repeat(10)}`;
    await expect(
      call(h.core, 'queue.create', { ...base, confirmedAccountIds: [account], posts: [{ accountId: account, parts: [{ text: 'ok' }, { text: long }] }], when: { kind: 'now' } }),
    ).rejects.toThrow(/Part 2 for @HorizonsNHS is 285 characters as X counts them; X allows 280/);
    await expect(
      call(h.core, 'queue.create', { ...base, confirmedAccountIds: [account], posts: [{ accountId: account, parts: [{ text: 'pic', mediaIds: ['nope'] }] }], when: { kind: 'now' } }),
    ).rejects.toThrow(/attachment Columns no longer has/);
    await expect(call(h.core, 'queue.create', { ...base, posts: [{ accountId: account, parts: [{ text: 'x' }] }], when: { kind: 'queue' }, confirmedAccountIds: [account] })).rejects.toThrow(
      /@HorizonsNHS has no free queue slot/,
    );
    expect(h.core.queue.list({})).toEqual([]);
  });

  it('sends a scheduled post at its time, not before', async () => {
    const h = await harness(['sam_comms']);
    const due = new Date(Date.now() + 1500);
    const post = h.post('sam_comms', [`At its time ${due.getTime()}`], { kind: 'at', dueAt: due.toISOString(), zone: 'Europe/London' });
    const [sent] = await h.until((all) => all[0]?.state === 'sent');
    const went = h.core.queue.history(post.id).find((t) => t.to === 'sending');
    expect(Date.parse(went?.at ?? '')).toBeGreaterThanOrEqual(due.getTime());
    // On time within a loaded machine's slack; the latency figure is a bench (queue-latency).
    expect(Date.parse(went?.at ?? '') - due.getTime()).toBeLessThan(5_000);
    expect(sent?.remoteIds[0]).toMatch(/^\d+$/);
  });

  it('holds a post whose time passed beyond grace while the app was closed, and publishes one still inside it', async () => {
    const dataDir = tempDir();
    const first = await harness(['sam_comms'], dataDir, { publish: false });
    const stamp = Date.now();
    const late = first.post('sam_comms', [`Too late ${stamp}`], { kind: 'at', dueAt: new Date(stamp + 1_000).toISOString(), zone: 'Europe/London' }, 0);
    const inGrace = first.post('sam_comms', [`Still fine ${stamp}`], { kind: 'at', dueAt: new Date(stamp + 1_000).toISOString(), zone: 'Europe/London' }, 5);
    await first.core.close();
    open = open.filter((h) => h !== first);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const second = await startQueueHarness(dataDir, sandbox(), [], { keychainService: undefined });
    open.push(second);
    // The keychain service differs per harness: reconnect the account in this one.
    const { connectAs } = await import('../../helpers/accounts');
    await connectAs(second, sandbox(), 'sam_comms');
    const posts = await second.until((all) => all.find((p) => p.id === inGrace.id)?.state === 'sent' && all.find((p) => p.id === late.id)?.state === 'held');
    expect(posts.find((p) => p.id === late.id)?.lastError?.code).toBe('missed');
    expect(second.core.queue.history(late.id).map((t) => t.to)).toEqual(['scheduled', 'missed', 'held']);
    expect(second.notifications.map((n) => n.title)).toContain('A post for @sam_comms missed its time');
    expect(second.core.queue.attention()).toEqual({ failed: 0, held: 1 });
    // The person decides: post it now.
    await expect(call(second.core, 'queue.act', { id: late.id, action: 'post_now' })).rejects.toThrow(/confirmation_required: @\w+ asks for confirmation before posting a held post now/);
    await call(second.core, 'queue.act', { id: late.id, action: 'post_now', confirmedAccountIds: [late.accountId] });
    await second.until((all) => all.every((p) => p.state === 'sent'));
    expect((await sandboxPosts(sandbox(), 'sam_comms')).filter((p) => p.text.endsWith(String(stamp)))).toHaveLength(2);
  });

  it('fails a post X refuses for good with the reason, and a duplicate only after looking for it', async () => {
    const h = await harness(['sam_comms']);
    const stamp = Date.now();
    // Posted an hour ago (sandbox clock) by someone at the desk: X refuses the same text again,
    // and it is not among the posts since the claim, so the queue says so rather than "sent".
    await sandbox().admin('POST', '/admin/clock', { offsetMs: -3_600_000 });
    await (await h.core.providerFor(h.accounts['sam_comms']?.id ?? '')).publish({ text: `Same words ${stamp}` });
    await sandbox().admin('POST', '/admin/clock', { offsetMs: 0 });
    const dup = h.post('sam_comms', [`Same words ${stamp}`]);
    const [failed] = await h.until((all) => all[0]?.state === 'failed');
    expect(failed?.lastError?.code).toBe('duplicate');
    expect(h.notifications.at(-1)?.title).toBe('A post for @sam_comms failed');
    expect(h.core.queue.attention()).toEqual({ failed: 1, held: 0 });
    // A timeout on the POST itself leaves it unsure: the retry looks first and finds it.
    await call(h.core, 'queue.act', { id: dup.id, action: 'discard' });
    expect(h.core.queue.list({})).toEqual([]);
  });

  it('pauses an account whose sign-in X refuses until it is reconnected, while others go on', async () => {
    const h = await harness(['HorizonsNHS', 'sam_comms']);
    await sandbox().admin('POST', '/admin/tokens/revoke', { username: 'sam_comms' });
    const stamp = Date.now();
    const paused = h.post('sam_comms', [`Paused ${stamp}`]);
    h.post('HorizonsNHS', [`Carries on ${stamp}`]);
    await h.until((all) => all.some((p) => p.state === 'sent') && all.find((p) => p.id === paused.id)?.lastError?.code === 'auth_expired');
    expect(h.core.accounts.get(h.accounts['sam_comms']?.id ?? '').status).toBe('needs_reauth');
    expect(h.core.queue.get(paused.id).state).toBe('scheduled');
    const { connectAs } = await import('../../helpers/accounts');
    await connectAs(h, sandbox(), 'sam_comms', h.accounts['sam_comms']?.id);
    await h.until((all) => all.every((p) => p.state === 'sent'));
    expect((await sandboxPosts(sandbox(), 'sam_comms')).filter((p) => p.text === `Paused ${stamp}`)).toHaveLength(1);
  });

  it('edits and reschedules what has not gone out, and refuses to touch what has', async () => {
    const h = await harness(['sam_comms']);
    const later = new Date(Date.now() + 3_600_000).toISOString();
    const post = h.post('sam_comms', ['First wording'], { kind: 'at', dueAt: later, zone: 'Europe/London' });
    // An edit changes what goes out: the account's confirmation is asked, as for a new post.
    const confirmedAccountIds = [h.accounts['sam_comms']?.id ?? ''];
    const edited = await call(h.core, 'queue.edit', { id: post.id, parts: [{ text: 'Better wording' }, { text: 'And a second part' }], graceMinutes: 5, confirmedAccountIds });
    expect(edited.parts.map((p) => p.text)).toEqual(['Better wording', 'And a second part']);
    expect(edited.graceMinutes).toBe(5);
    expect((await call(h.core, 'confirmations.list', { accountId: post.accountId }))[0]).toMatchObject({ path: 'edit', subjects: [post.id] });
    const soon = new Date(Date.now() + 2_000).toISOString();
    // A new account starts as corporate: moving its post is confirmed like posting it, and recorded.
    await expect(call(h.core, 'queue.reschedule', { id: post.id, dueAt: soon.replace('Z', '+00:00'), zone: 'Europe/Paris' })).rejects.toThrow(
      /confirmation_required: @sam_comms asks for confirmation before rescheduling a post/,
    );
    const moved = await call(h.core, 'queue.reschedule', { id: post.id, dueAt: soon.replace('Z', '+00:00'), zone: 'Europe/Paris', confirmedAccountIds });
    expect(moved).toMatchObject({ state: 'scheduled', dueAt: soon, zone: 'Europe/Paris' });
    expect((await call(h.core, 'confirmations.list', { accountId: post.accountId }))[0]).toMatchObject({ path: 'reschedule', subjects: [post.id], handle: 'sam_comms' });
    await expect(call(h.core, 'queue.reschedule', { id: post.id, dueAt: '2020-01-01T00:00:00Z', zone: 'Europe/London', confirmedAccountIds })).rejects.toThrow(/already passed/);
    await h.until((all) => all[0]?.state === 'sent');
    await expect(call(h.core, 'queue.edit', { id: post.id, graceMinutes: 1 })).rejects.toThrow(/sent and can no longer be edited/);
    await expect(call(h.core, 'queue.act', { id: post.id, action: 'discard' })).rejects.toThrow(/sent; it cannot be discarded/);
    // created, edited (audited in place), rescheduled, claimed, sent.
    expect((await call(h.core, 'queue.history', { id: post.id })).map((t) => t.to)).toEqual(['scheduled', 'scheduled', 'scheduled', 'sending', 'sent']);
    expect(await call(h.core, 'queue.attention', {})).toEqual({ failed: 0, held: 0 });
  });

  it('applies the removal choice: delete drops unsent posts, keep holds them with the reason', async () => {
    const h = await harness(['HorizonsNHS', 'sam_comms'], tempDir(), { publish: false });
    const later = { kind: 'at', dueAt: new Date(Date.now() + 3_600_000).toISOString(), zone: 'Europe/London' } as const;
    const kept = h.post('HorizonsNHS', ['Keep me'], later);
    h.post('sam_comms', ['Delete me'], later);
    await call(h.core, 'accounts.remove', { id: h.accounts['HorizonsNHS']?.id ?? '', queuedPosts: 'keep' });
    await call(h.core, 'accounts.remove', { id: h.accounts['sam_comms']?.id ?? '', queuedPosts: 'delete' });
    h.core.scheduler.start();
    const posts = await h.until((all) => all.length === 1 && all[0]?.state === 'held');
    expect(posts[0]?.id).toBe(kept.id);
    expect(posts[0]?.lastError?.code).toBe('account_removed');
    const db = new Database(join(h.dataDir, DATABASE_FILE), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM account_removals WHERE applied_at IS NULL').pluck().get()).toBe(0);
    db.close();
    await expect(call(h.core, 'queue.act', { id: kept.id, action: 'post_now' })).rejects.toThrow(/was removed from Columns/);
  });
});
