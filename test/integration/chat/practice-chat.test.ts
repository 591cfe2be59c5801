// A whole practice tweet chat in training mode, core's clock and the training sandbox at 60× (one
// clock minute per wall second): the app queues the welcome, Q1–Q3 and the closing from the training
// corporate account; the sandbox's community answers them. Asserts the questions go out on time,
// answers land under the right question, the planted spam and abuse reach the moderation lane, a
// hidden reply leaves it (and is hidden at X), a muted author leaves the feed, the published
// transcript leaves out the hidden and the muted (includeModerated marks them), hidden and handled
// outlive the chat's column,
// posting from the chat appends the hashtag once, X's reply rule is enforced with its reason, the
// ended chat's column stops reading, and after a restart the chat reads the same offline.
import { describe, expect, it } from 'vitest';
import type { Core } from '../../../src/main/core/app';
import { parseCsv } from '../../../src/main/core/schedule/csv-parser';
import type { Chat, ChatEntry } from '../../../src/shared/chat';
import { call } from '../../helpers/accounts';
import { useTempDir } from '../../helpers/temp-dir';
import { until as untilDone, useTrainingCores } from '../../helpers/training-core';

const tempDir = useTempDir();
const cores = useTrainingCores(tempDir);
const until = <T,>(what: string, probe: () => Promise<T | null>, timeoutMs = 60_000): Promise<T> => untilDone(what, probe, timeoutMs, 200);

const SPEED = 60;
const MINUTE = 60_000;

const start = (dataDir: string, keychainService: string): Core => cores.start({ dataDir, keychainService, clockSpeed: SPEED });


/** The chat's exports with and without moderated posts, checked for one hidden post; answers them to compare after a restart. */
async function publishedTranscript(core: Core, id: string, hiddenId: string): Promise<string[]> {
  const csv = await call(core, 'chat.export', { id, format: 'csv' });
  const html = await call(core, 'chat.export', { id, format: 'html' });
  const blog = await call(core, 'chat.export', { id, format: 'blog' });
  for (const file of [csv, html, blog]) expect(file.content).not.toContain(hiddenId);
  expect(html.content).toMatch(/<p class="meta" id="left-out">\d+ posts? left out: [^<]*\b1 hidden\b/);
  const fullCsv = await call(core, 'chat.export', { id, format: 'csv', includeModerated: true });
  const [header = [], ...rows] = parseCsv(fullCsv.content).map((record) => record.fields);
  expect(rows.find((row) => row[header.indexOf('post_id')] === hiddenId)?.[header.indexOf('moderation_state')]).toBe('hidden');
  const fullHtml = await call(core, 'chat.export', { id, format: 'html', includeModerated: true });
  expect(fullHtml.content).toContain(`<li data-post-id="${hiddenId}" data-left-out="hidden">`);
  expect(fullHtml.content).toContain('<p class="left-out">Left out of the public version: hidden</p>');
  return [csv.content, html.content, blog.content, fullCsv.content, fullHtml.content];
}

describe('practice tweet chat (training sandbox, 60× clock)', () => {
  it('posts the plan on time, groups answers, flags spam and abuse, hides, posts with the hashtag once, reads offline after a restart', async () => {
    const dataDir = tempDir();
    const keychainService = cores.keychainService();
    const core = start(dataDir, keychainService);

    const planned = await call(core, 'chat.practice', { questions: 3, minutesPerQuestion: 3, startInMinutes: 1 });
    expect(planned.state).toBe('scheduled');
    expect(planned.questionPosts.map((question) => question.post.text)).toEqual([
      expect.stringMatching(/^Q1 .+ #Improve4Patients$/),
      expect.stringMatching(/^Q2 .+ #Improve4Patients$/),
      expect.stringMatching(/^Q3 .+ #Improve4Patients$/),
    ]);
    const host = (await call(core, 'accounts.list', {})).find((account) => account.id === planned.hostAccountId);
    expect(host?.training).toBe(true);
    const server = core.training.server();
    if (!server || !host) throw new Error('training sandbox not running');

    // A ten-minute chat: welcome +1 min, Q1 +2, Q2 +5, Q3 +8, closing +11 (clock minutes from now).
    const done = await until('the closing post', async () => {
      const chat = await call(core, 'chat.get', { id: planned.id });
      return chat.closingPost?.state === 'sent' ? chat : null;
    });
    for (const post of [done.welcomePost, ...done.questionPosts.map((question) => question.post), done.closingPost]) {
      expect([post?.state, post?.lastError]).toEqual(['sent', null]);
      const remote = server.world.posts.get(post?.remoteId ?? '');
      if (!remote || !post) throw new Error('a planned post is not on X');
      expect(remote.text).toBe(post.text);
      // On time: out within a clock minute of its due time (grace is two).
      const late = Date.parse(remote.createdAt) - Date.parse(post.dueAt);
      expect(late).toBeGreaterThanOrEqual(0);
      expect(late).toBeLessThan(MINUTE);
    }

    // Let the column catch up with the last answers, then read the feed.
    const run = server.simulator.chats().at(-1);
    if (!run) throw new Error('the sandbox ran no chat');
    const tagged = run.postIds().filter((id) => /#improve4patients/i.test(server.world.posts.get(id)?.text ?? ''));
    const entries = await until('every tagged chat post in the feed', async () => {
      const feed = await call(core, 'chat.feed', { id: planned.id });
      const ids = new Set(feed.entries.map((entry) => entry.item.id));
      return tagged.every((id) => ids.has(id)) ? feed.entries : null;
    });
    const ids = entries.map((entry) => entry.item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.map((entry) => entry.item.createdAt)).toEqual([...entries.map((entry) => entry.item.createdAt)].sort());

    // Questions and answers.
    const questionIds = done.questionPosts.map((question) => question.post.remoteId);
    const questions = entries.filter((entry) => entry.kind === 'question');
    expect(questions.map((entry) => [entry.item.id, entry.question])).toEqual(questionIds.map((id, index) => [id, index + 1]));
    const answers = entries.filter((entry) => entry.kind === 'answer');
    for (const n of [1, 2, 3]) expect(answers.filter((entry) => entry.question === n).length).toBeGreaterThan(2);
    for (const answer of answers) {
      const n = answer.question as number;
      const marked = new RegExp(`\\bA${n}\\b`, 'i').test(answer.item.text);
      expect(marked || answer.item.replyToId === questionIds[n - 1]).toBe(true);
    }
    expect(entries.find((entry) => entry.item.id === done.welcomePost?.remoteId)?.kind).toBe('welcome');
    expect(entries.every((entry) => (entry.item.author.id === host.userId) === (entry.role === 'host'))).toBe(true);

    // The planted spam and the harsh critic are in the lane, each with its own kind; hosts never are.
    const flagged = run.flagged();
    expect(flagged.length).toBeGreaterThanOrEqual(2);
    for (const flag of flagged) expect(entries.find((entry) => entry.item.id === flag.postId)?.moderation?.kind).toBe(flag.kind === 'spam' ? 'spam' : 'critical');
    expect(entries.filter((entry) => entry.role === 'host').every((entry) => entry.moderation === null)).toBe(true);
    const spam = flagged.find((flag) => flag.kind === 'spam');
    if (!spam) throw new Error('no spam planted');
    const hidden = await call(core, 'items.act', { accountId: host.id, itemId: spam.postId, action: 'hide' });
    expect(hidden.state.hidden).toBe(true);
    expect(server.world.posts.get(spam.postId)?.hidden).toBe(true);
    const afterHide = await call(core, 'chat.feed', { id: planned.id });
    expect(afterHide.entries.find((entry) => entry.item.id === spam.postId)?.moderation).toBeNull();
    // Muting the critic takes their posts out of the live feed; the transcript keeps them.
    const rude = flagged.find((flag) => flag.kind === 'critic');
    if (!rude) throw new Error('no critic planted');
    await call(core, 'items.act', { accountId: host.id, itemId: rude.postId, action: 'mute' });
    const afterMute = await call(core, 'chat.feed', { id: planned.id });
    expect(afterMute.entries.some((entry) => entry.item.author.id === rude.authorId)).toBe(false);
    // (Counts would race the chat's later arrivals: the critic was in the feed before, and is not now.)
    expect(afterHide.entries.some((entry) => entry.item.author.id === rude.authorId)).toBe(true);
    // The published transcript leaves out the hidden spam, the muted author and any other spam or
    // abuse (every other post is in it); with includeModerated both are there, marked: "hidden", and "muted" with the lane's reason.
    const csv = await call(core, 'chat.export', { id: planned.id, format: 'csv' });
    const laneOnly = new Set(['spam', 'abusive', 'muted']);
    const kept = afterHide.entries.filter((entry) => entry.item.id !== spam.postId && entry.item.author.id !== rude.authorId && !laneOnly.has(entry.moderation?.kind ?? ''));
    expect(kept.length).toBeGreaterThan(10);
    for (const entry of kept) expect(csv.content.split(entry.item.id).length - 1).toBeGreaterThanOrEqual(1);
    expect(csv.content).not.toContain(spam.postId);
    expect(csv.content).not.toContain(rude.postId);
    const full = await call(core, 'chat.export', { id: planned.id, format: 'csv', includeModerated: true });
    expect(full.content).toContain(rude.postId);
    // Each row says what moderation made of the post: the hidden spam is "hidden", the muted
    // author's criticism is "muted" with the lane's reason, hosts are "visible".
    const [header = [], ...rows] = parseCsv(full.content).map((record) => record.fields);
    const cell = (postId: string, name: string): string | undefined => rows.find((row) => row[header.indexOf('post_id')] === postId)?.[header.indexOf(name)];
    expect(cell(spam.postId, 'moderation_state')).toBe('hidden');
    expect(cell(rude.postId, 'moderation_state')).toBe('muted');
    expect(cell(rude.postId, 'moderation_reason')).toMatch(/^Critical but civil/);
    const hostRows = rows.filter((row) => row[header.indexOf('role')] === 'host');
    expect(hostRows.length).toBeGreaterThan(0);
    expect(hostRows.map((row) => row[header.indexOf('moderation_state')])).toEqual(hostRows.map(() => 'visible'));
    expect(hostRows.map((row) => row[header.indexOf('author_handle')])).toEqual(hostRows.map(() => host.handle));

    // Posting from the chat: the hashtag once, whatever the case the user typed.
    const thanks = await call(core, 'chat.post', { id: planned.id, accountId: host.id, text: 'Thank you all for joining tonight', confirmedAccountIds: [host.id] });
    expect(thanks.parts[0]?.text).toBe('Thank you all for joining tonight #Improve4Patients');
    const typed = await call(core, 'chat.post', { id: planned.id, accountId: host.id, text: 'Same time next month #improve4patients!', confirmedAccountIds: [host.id] });
    expect(typed.parts[0]?.text).toBe('Same time next month #improve4patients!');
    // A co-host's own connected account posts to the chat too (a new post, not a reply).
    const cohost = (await call(core, 'accounts.list', {})).find((account) => account.handle === 'Sch4Change');
    if (!cohost) throw new Error('no Sch4Change training account');
    const fromCohost = await call(core, 'chat.post', { id: planned.id, accountId: cohost.id, text: 'Thanks from the co-host', confirmedAccountIds: [cohost.id] });
    expect([fromCohost.accountId, fromCohost.parts[0]?.text]).toEqual([cohost.id, 'Thanks from the co-host #Improve4Patients']);
    // X's 2026 reply rule: a reply only where the author summoned the host.
    const unsummoned = entries.find((entry) => entry.role === 'participant' && !entry.item.allowed.reply.ok);
    if (unsummoned) {
      await expect(call(core, 'chat.post', { id: planned.id, accountId: host.id, text: 'Great point', replyToId: unsummoned.item.id, confirmedAccountIds: [host.id] })).rejects.toThrow(
        unsummoned.item.allowed.reply.reason ?? 'never',
      );
    }
    const summoned = answers.find((entry) => entry.item.replyToId === questionIds[0]);
    if (!summoned) throw new Error('no reply to Q1');
    expect(summoned.item.allowed.reply.ok).toBe(true);
    // The host answers it, then marks it handled: it stays handled after the chat (below).
    expect((await call(core, 'items.act', { accountId: host.id, itemId: summoned.item.id, action: 'handled' })).handled).toBe(true);

    // Ended (15 clock minutes after the close): the column stops reading; the chat keeps its posts.
    const ended = await until('the chat to end', async () => {
      const chat = await call(core, 'chat.get', { id: planned.id });
      return chat.state === 'ended' ? chat : null;
    });
    expect(ended.columnId).toBeNull();
    expect((await call(core, 'columns.list', {})).some((column) => column.id === planned.columnId)).toBe(false);
    const final = await call(core, 'chat.feed', { id: planned.id });
    const texts = final.entries.map((entry) => entry.item.text);
    for (const text of ['Thank you all for joining tonight #Improve4Patients', 'Same time next month #improve4patients!', 'Thanks from the co-host #Improve4Patients']) expect(texts).toContain(text);
    // What moderation did during the chat outlives its column: the spam stays hidden, the answer handled.
    const moderatedState = (list: readonly ChatEntry[]): unknown[] =>
      [spam.postId, summoned.item.id].map((id) => {
        const found = list.find((entry) => entry.item.id === id);
        return [id, found?.item.state.hidden, found?.item.handled];
      });
    expect(moderatedState(final.entries)).toEqual([
      [spam.postId, true, false],
      [summoned.item.id, false, true],
    ]);
    // The ended chat's transcript: the hidden spam is absent from the CSV, the HTML page and the
    // counts; with includeModerated it is there, marked hidden.
    const endedExport = await publishedTranscript(core, planned.id, spam.postId);

    // The report and a restart with X out of reach: the same chat, offline.
    const report = await call(core, 'chat.report', { id: planned.id });
    expect(report.perQuestion.map((row) => row.number)).toEqual([1, 2, 3]);
    expect(report.perQuestion.every((row) => row.answers > 0)).toBe(true);
    expect(report.leftOut.find((row) => row.reason === 'hidden')?.count).toBe(1);
    const withModerated = await call(core, 'chat.report', { id: planned.id, includeModerated: true });
    expect(withModerated.posts).toBe(report.posts + report.leftOut.reduce((sum, row) => sum + row.count, 0));
    await cores.stop(core);
    const again = start(dataDir, keychainService);
    const offline: ChatEntry[] = (await call(again, 'chat.feed', { id: planned.id })).entries;
    expect(offline.map((entry) => [entry.item.id, entry.kind, entry.question])).toEqual(final.entries.map((entry) => [entry.item.id, entry.kind, entry.question]));
    expect(moderatedState(offline)).toEqual(moderatedState(final.entries));
    expect(await publishedTranscript(again, planned.id, spam.postId)).toEqual(endedExport);
    const listed: Chat = await call(again, 'chat.get', { id: planned.id });
    expect(listed.questionPosts.every((question) => question.post.state === 'sent')).toBe(true);
    // With the host account removed the item cache has none of the chat's posts any more: what
    // moderation did stands from the chat's own record.
    await call(again, 'accounts.remove', { id: host.id, queuedPosts: 'keep' });
    const orphaned: ChatEntry[] = (await call(again, 'chat.feed', { id: planned.id })).entries;
    expect(orphaned.every((entry) => !entry.item.allowed.reply.ok)).toBe(true);
    expect(moderatedState(orphaned)).toEqual(moderatedState(final.entries));
    const orphanedReport = await call(again, 'chat.report', { id: planned.id });
    expect(orphanedReport.leftOut.find((row) => row.reason === 'hidden')?.count).toBe(1);
    for (const format of ['csv', 'html', 'blog'] as const) expect((await call(again, 'chat.export', { id: planned.id, format })).content).not.toContain(spam.postId);
  }, 120_000);
});
