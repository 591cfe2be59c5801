// Editing what has not gone out, through core dispatch against the sandbox over HTTPS with real
// SQLite and the real keychain: an edit keeps the post's id, audit trail and time; it asks the
// corporate confirmation as create does; a post being sent is refused; in a thread that stopped
// part-way only the parts not yet on X change, and the rest goes out after them.
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
const open: QueueHarness[] = [];

afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});

async function harness(usernames: string[], overrides = {}): Promise<QueueHarness> {
  const h = await startQueueHarness(tempDir(), sandbox(), usernames, { queueBackoff: { baseMs: 50, capMs: 200 }, ...overrides });
  open.push(h);
  return h;
}

const inHours = (hours: number): string => new Date(Date.now() + hours * 3_600_000).toISOString();

describe('editing a queued post', () => {
  it('keeps its id, audit trail and time, with every part, image and alt text; a new time is audited too', async () => {
    const h = await harness(['HorizonsNHS'], { publish: false });
    const account = h.accounts['HorizonsNHS']?.id ?? '';
    const dueAt = inHours(3);
    const post = h.post('HorizonsNHS', ['First go', 'Part two'], { kind: 'at', dueAt, zone: 'Europe/London' });
    const image = await call(h.core, 'media.add', { name: 'ward.png', mimeType: 'image/png', dataBase64: makePng(3, 3).toString('base64'), altText: 'A tidy ward' });

    // @HorizonsNHS confirms before posting: an edit that changes what will go out asks too.
    const edit = { id: post.id, parts: [{ text: 'Second go', mediaIds: [image.id] }, { text: 'Part two, clearer' }, { text: 'Part three' }] };
    await expect(call(h.core, 'queue.edit', edit)).rejects.toMatchObject({ code: 'confirmation_required', message: expect.stringContaining('@HorizonsNHS asks for confirmation before changing a post') });
    const edited = await call(h.core, 'queue.edit', { ...edit, confirmedAccountIds: [account] });

    expect(edited).toMatchObject({ id: post.id, state: 'scheduled', dueAt: new Date(dueAt).toISOString(), createdAt: post.createdAt });
    expect(edited.parts.map((part) => part.text)).toEqual(['Second go', 'Part two, clearer', 'Part three']);
    expect(edited.parts[0]?.media).toEqual([expect.objectContaining({ id: image.id, altText: 'A tidy ward' })]);
    expect(h.core.queue.list({}).map((p) => p.id)).toEqual([post.id]);
    expect(h.core.queue.history(post.id).map((t) => `${t.from ?? '-'}>${t.to}:${t.reason}`)).toEqual(['->scheduled:scheduled', 'scheduled>scheduled:edited']);

    const later = inHours(5);
    const moved = await call(h.core, 'queue.edit', { id: post.id, when: { kind: 'at', dueAt: later, zone: 'Europe/London' }, confirmedAccountIds: [account] });
    expect(moved).toMatchObject({ id: post.id, dueAt: later, state: 'scheduled' });
    expect(h.core.queue.history(post.id).at(-1)).toMatchObject({ from: 'scheduled', to: 'scheduled', reason: `edited; rescheduled for ${later}` });

    // Back to the drafts (no confirmation: nothing goes out), then edited as a draft.
    const draft = await call(h.core, 'queue.edit', { id: post.id, when: { kind: 'draft' } });
    expect(draft).toMatchObject({ id: post.id, state: 'draft', dueAt: null });
    await expect(call(h.core, 'queue.edit', { id: post.id, parts: [{ text: 'Draft, reworded' }] })).resolves.toMatchObject({ state: 'draft' });
    // The same checks as create: an over-long part is refused, naming the part.
    await expect(call(h.core, 'queue.edit', { id: post.id, parts: [{ text: 'x'.repeat(281) }] })).rejects.toMatchObject({ message: expect.stringContaining('The post for @HorizonsNHS is 281 characters') });
    await expect(call(h.core, 'queue.edit', { id: post.id, when: { kind: 'at', dueAt: 'tomorrow', zone: 'Europe/London' } })).rejects.toMatchObject({
      message: expect.stringContaining('when.dueAt'),
    });
  });

  it('refuses a post being sent, saying so', async () => {
    const h = await harness(['sam_comms'], { publish: false });
    const post = h.post('sam_comms', ['Going out'], { kind: 'at', dueAt: inHours(1), zone: 'Europe/London' });
    // The publisher's claim (scheduler.ts), made from a second connection as a CLI publisher would.
    const raw = new Database(join(h.dataDir, DATABASE_FILE));
    raw.prepare("UPDATE posts SET state = 'sending' WHERE id = ?").run(post.id);
    raw.close();
    await expect(call(h.core, 'queue.edit', { id: post.id, parts: [{ text: 'Changed' }] })).rejects.toMatchObject({
      code: 'invalid_input',
      message: 'invalid_input: This post is being sent to X right now, so it cannot be edited. Look again in a moment.',
    });
    expect(h.core.queue.get(post.id).parts[0]?.text).toBe('Going out');
  });

  it('in a thread that stopped part-way changes only the parts not yet on X, then sends the rest after them', async () => {
    const h = await harness(['sam_comms']);
    const stamp = Date.now();
    // X refuses the same text twice: part 2 repeats a post already out, so the thread stops after part 1.
    h.post('sam_comms', [`Already said ${stamp}`]);
    await h.until((all) => all.every((p) => p.state === 'sent'));
    const thread = h.post('sam_comms', [`1/2 Our winter plan ${stamp}`, `Already said ${stamp}`]);
    const [stopped] = (await h.until((all) => all.some((p) => p.id === thread.id && p.state === 'failed'))).filter((p) => p.id === thread.id);
    expect(stopped?.remoteIds[0]).toEqual(expect.any(String));
    expect(stopped?.remoteIds[1]).toBeNull();

    await expect(call(h.core, 'queue.edit', { id: thread.id, parts: [{ text: `1/2 Changed ${stamp}` }, { text: `2/2 New ${stamp}` }] })).rejects.toMatchObject({
      message: 'invalid_input: Part 1 is already on X, so it cannot be changed; edit only the parts not yet posted.',
    });
    await expect(call(h.core, 'queue.edit', { id: thread.id, when: { kind: 'draft' } })).rejects.toMatchObject({ message: expect.stringContaining('already on X') });
    const account = h.accounts['sam_comms']?.id ?? '';
    const edited = await call(h.core, 'queue.edit', {
      id: thread.id,
      parts: [{ text: `1/2 Our winter plan ${stamp}` }, { text: `2/2 Vaccines first ${stamp}` }],
      confirmedAccountIds: [account],
    });
    expect(edited.remoteIds).toEqual([stopped?.remoteIds[0], null]);
    expect(edited.state).toBe('failed');

    await call(h.core, 'queue.act', { id: thread.id, action: 'retry', confirmedAccountIds: [account] });
    const [sent] = (await h.until((all) => all.some((p) => p.id === thread.id && p.state === 'sent'))).filter((p) => p.id === thread.id);
    const remote = await sandboxPosts(sandbox(), 'sam_comms');
    const second = remote.find((p) => p.id === sent?.remoteIds[1]);
    expect(second).toMatchObject({ text: `2/2 Vaccines first ${stamp}`, in_reply_to_tweet_id: stopped?.remoteIds[0] });
    expect(remote.filter((p) => p.text === `1/2 Our winter plan ${stamp}`)).toHaveLength(1);
  });
});
