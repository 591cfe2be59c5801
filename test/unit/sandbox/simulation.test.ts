import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import twitterText from 'twitter-text';
import { afterEach, describe, expect, it } from 'vitest';
import { createSandboxClock } from '../../../src/main/sandbox/clock';
import type { SandboxPost } from '../../../src/main/sandbox/model';
import { sandboxOptionsSchema } from '../../../src/main/sandbox/options';
import { adminAdvanceBodySchema, adminChatBodySchema } from '../../../src/main/sandbox/simulation/admin-api';
import { chatPlanSchema } from '../../../src/main/sandbox/simulation/chat';
import { seedWorld } from '../../../src/main/sandbox/simulation/seed';
import { createScheduler } from '../../../src/main/sandbox/simulation/scheduler';
import { createSimulator } from '../../../src/main/sandbox/simulation/simulator';
import { UnknownAccountError } from '../../../src/main/sandbox/simulation/writer';
import { openWorld, type SandboxWorld } from '../../../src/main/sandbox/world';

const NOW = Date.parse('2026-11-25T09:00:00.000Z');
const MINUTE = 60_000;
const dirs: string[] = [];
const worlds: SandboxWorld[] = [];

/** A world on a frozen clock (only the simulation moves it), seeded fully or with the core only. */
function world(seed: boolean): SandboxWorld {
  const dir = mkdtempSync(join(tmpdir(), 'columns-sim-'));
  dirs.push(dir);
  const opened = openWorld(dir, createSandboxClock(() => NOW));
  worlds.push(opened);
  seedWorld(opened, sandboxOptionsSchema.parse({ dataDir: dir, seed }));
  return opened;
}

afterEach(() => {
  for (const opened of worlds.splice(0)) opened.close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const byUsername = (w: SandboxWorld, name: string): string => w.users.byUsername(name)?.id ?? 'missing';
const mentionsOf = (w: SandboxWorld, userId: string, postIds?: string[]): number =>
  (w.db.prepare('SELECT post_id FROM post_mentions WHERE user_id = ?').all(userId) as { post_id: string }[]).filter(
    (row) => postIds === undefined || postIds.includes(row.post_id),
  ).length;
const weighted = (text: string): number => twitterText.parseTweet(text).weightedLength;

describe('full seed', () => {
  it('is deterministic and fast: two seeds give the same users and texts', () => {
    const started = performance.now();
    const a = world(true);
    const elapsed = performance.now() - started;
    const b = world(true);
    const shape = (w: SandboxWorld): string[] => w.posts.allInOrder().map((post) => `${w.users.get(post.authorId)?.username}: ${post.text}`);
    expect(a.users.all().map((user) => user.username)).toEqual(b.users.all().map((user) => user.username));
    expect(shape(a)).toEqual(shape(b));
    expect(elapsed).toBeLessThan(1000); // typically 50–100 ms including opening the file
  });

  it('has about fifty community members with bios, following the corporate accounts', () => {
    const w = world(true);
    const community = w.users.all().filter((user) => user.kind === 'community');
    expect(community.length).toBeGreaterThanOrEqual(45);
    expect(community.length).toBeLessThanOrEqual(55);
    for (const user of community) {
      expect(user.description.length).toBeGreaterThan(10);
      expect(user.username).toMatch(/^\w{1,15}$/);
    }
    for (const name of ['HorizonsNHS', 'Sch4Change', 'sam_comms']) expect(w.users.byUsername(name)).toBeDefined();
    const horizons = w.users.metrics(byUsername(w, 'HorizonsNHS'));
    expect(horizons.followers_count).toBeGreaterThan(35);
    const sam = byUsername(w, 'sam_comms');
    const samFollows = w.engagement.targets('follows', sam);
    expect(samFollows).toEqual(expect.arrayContaining([byUsername(w, 'HorizonsNHS'), byUsername(w, 'Sch4Change')]));
    expect(samFollows.length).toBeGreaterThan(10);
  });

  it('has days of history whose ids sort by created_at, with threads, mentions, reposts and likes', () => {
    const w = world(true);
    const posts = w.posts.allInOrder();
    expect(posts.length).toBeGreaterThan(250);
    const times = posts.map((post) => Date.parse(post.createdAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(NOW - Math.min(...times)).toBeGreaterThan(2 * 24 * 60 * MINUTE);
    expect(Math.max(...times)).toBeLessThan(NOW);
    expect(posts.every((post) => post.source === 'seed')).toBe(true);
    expect(posts.filter((post) => post.inReplyToPostId !== null).length).toBeGreaterThan(60);
    expect(posts.filter((post) => post.repostOfId !== null).length).toBeGreaterThan(5);
    expect(posts.filter((post) => /#Improve4Patients/.test(post.text)).length).toBeGreaterThan(30);
    expect(mentionsOf(w, byUsername(w, 'HorizonsNHS'))).toBeGreaterThan(20);
    expect(mentionsOf(w, byUsername(w, 'Sch4Change'))).toBeGreaterThan(10);
    expect((w.db.prepare('SELECT count(*) AS n FROM likes').get() as { n: number }).n).toBeGreaterThan(200);
    for (const post of posts.filter((p) => p.repostOfId === null)) expect(weighted(post.text)).toBeLessThanOrEqual(280);
    // Every reply comes after what it answers.
    const index = new Map(posts.map((post, i) => [post.id, i]));
    for (const post of posts) if (post.inReplyToPostId) expect(index.get(post.inReplyToPostId) ?? Infinity).toBeLessThan(index.get(post.id) ?? -1);
  });
});

describe('chat simulator', () => {
  const plan = { hashtag: '#Improve4Patients', hostUsername: 'HorizonsNHS', questions: ['What matters?', 'Who leads?', 'How to measure?', 'What next?'], minutesPerQuestion: 10, postsPerHour: 240, seed: 42 };

  it('runs a 4-question chat at 240 posts an hour: numbered questions, threaded answers, engagement, moderation cases', () => {
    const w = world(false);
    const simulator = createSimulator(w);
    const run = simulator.startChat(plan);
    expect(simulator.advance(45 * MINUTE)).toBeGreaterThan(100);
    expect(w.clock.nowMs()).toBe(NOW + 45 * MINUTE);
    expect(run.state()).toBe('finished');

    const ids = new Set(run.postIds());
    const posts = w.posts.allInOrder().filter((post) => ids.has(post.id));
    expect(posts.length).toBeGreaterThanOrEqual(120);
    expect(posts.length).toBeLessThanOrEqual(200);
    expect(posts.every((post) => post.source === 'simulation')).toBe(true);
    for (const post of posts.filter((p) => p.repostOfId === null)) expect(weighted(post.text)).toBeLessThanOrEqual(280);
    const times = posts.map((post) => Date.parse(post.createdAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW);

    const host = byUsername(w, 'HorizonsNHS');
    const questions = run.questionPostIds().map((id) => w.posts.get(id) as SandboxPost);
    expect(questions.map((q) => q.text)).toEqual(plan.questions.map((q, i) => `Q${i + 1} ${q} #Improve4Patients`));
    expect(questions.every((q) => q.authorId === host)).toBe(true);
    expect(questions.map((q) => q.id)).toEqual([...questions.map((q) => q.id)].sort());

    const answers = posts.filter((post) => /^(?:@\w+ )*A\d /.test(post.text));
    for (const [i, question] of questions.entries()) {
      const numbered = answers.filter((post) => new RegExp(`^(?:@\\w+ )*A${i + 1} `).test(post.text));
      expect(numbered.length).toBeGreaterThanOrEqual(5);
      for (const answer of numbered) {
        expect(answer.inReplyToPostId).toBe(question.id);
        expect(answer.conversationId).toBe(question.id);
        expect(answer.text.startsWith('@HorizonsNHS ')).toBe(true);
        expect(answer.text).toContain('#Improve4Patients');
      }
    }
    const answerIds = new Set(answers.map((post) => post.id));
    expect(posts.some((post) => post.inReplyToPostId !== null && answerIds.has(post.inReplyToPostId))).toBe(true);
    expect(posts.filter((post) => post.repostOfId !== null).length).toBeGreaterThan(0);
    expect(run.likeCount()).toBeGreaterThan(50);
    expect(mentionsOf(w, host, [...ids])).toBeGreaterThan(80);

    const flagged = simulator.flagged();
    const spam = flagged.filter((flag) => flag.kind === 'spam');
    const rude = flagged.filter((flag) => flag.kind === 'critic');
    expect(spam.length).toBeGreaterThanOrEqual(1);
    expect(rude.length).toBeGreaterThanOrEqual(1);
    for (const flag of flagged) {
      const post = w.posts.get(flag.postId) as SandboxPost;
      // A reply in the host's own conversation: the host may hide it; its author can be muted.
      expect(post.inReplyToPostId).toBe(questions[flag.questionNumber - 1]?.id);
      expect(w.posts.get(post.conversationId)?.authorId).toBe(host);
      expect(post.authorId).toBe(flag.authorId);
      expect(post.hidden).toBe(false);
    }
    expect(w.posts.get(spam[0]?.postId ?? '')?.text).toMatch(/https:\/\//);
  });

  it('is deterministic for a seed', () => {
    const a = world(false);
    const b = world(false);
    const simA = createSimulator(a);
    const simB = createSimulator(b);
    const runA = simA.startChat(plan);
    const runB = simB.startChat(plan);
    simA.advance(20 * MINUTE);
    simB.advance(20 * MINUTE);
    expect(runA.postIds().map((id) => a.posts.get(id)?.text)).toEqual(runB.postIds().map((id) => b.posts.get(id)?.text));
  });

  it('produces mentions of the corporate accounts over a simulated hour of ambient activity', () => {
    const w = world(true);
    const simulator = createSimulator(w);
    const ambient = simulator.startAmbient({ perHour: 12, seed: 3 });
    simulator.advance(60 * MINUTE);
    expect(ambient.postIds().length).toBeGreaterThanOrEqual(8);
    expect(mentionsOf(w, byUsername(w, 'HorizonsNHS'), ambient.postIds())).toBeGreaterThanOrEqual(2);
    const newest = w.posts.get(ambient.postIds().at(-1) ?? '');
    expect(Date.parse(newest?.createdAt ?? '')).toBeGreaterThan(NOW);
  });

  it('stop() halts chats and ambient activity', () => {
    const w = world(false);
    const simulator = createSimulator(w);
    const run = simulator.startChat(plan);
    const ambient = simulator.startAmbient({ perHour: 60 });
    simulator.advance(15 * MINUTE);
    const before = w.posts.allInOrder().length;
    expect(before).toBeGreaterThan(20);
    simulator.stop();
    expect(simulator.advance(60 * MINUTE)).toBe(0);
    expect(w.posts.allInOrder().length).toBe(before);
    expect(run.state()).toBe('stopped');
    expect(ambient.active()).toBe(false);
    expect(simulator.scheduler.pending()).toBe(0);
  });

  it('rejects bad plans and unknown hosts', () => {
    const w = world(false);
    const simulator = createSimulator(w);
    for (const bad of [{ postsPerHour: 99 }, { postsPerHour: 401 }, { questions: [] }, { hashtag: '#123' }, { hashtag: 'two words' }, { questions: ['x'.repeat(281)] }, { questions: ['a', 'b'], questionMinutes: [5] }, { questions: ['a', 'b'], questionMinutes: [5, 5] }, { questions: ['a'], questionMinutes: [5], durationMinutes: 5 }]) {
      expect(chatPlanSchema.safeParse({ ...plan, ...bad }).success).toBe(false);
    }
    expect(() => simulator.startChat({ ...plan, hostUsername: 'nobody_here' })).toThrow(UnknownAccountError);
    expect(() => simulator.advance(-1)).toThrow(RangeError);
    expect(adminChatBodySchema.parse({ hashtag: 'Improve4Patients', host: '@HorizonsNHS', questions: ['Q?'] })).toMatchObject({ hostUsername: 'HorizonsNHS' });
    expect(adminChatBodySchema.safeParse({ ...plan }).success).toBe(false);
    expect(adminChatBodySchema.safeParse({ hashtag: 'Tag', host: 'HorizonsNHS', questions: ['a', 'b'], questionMinutes: [3, 1] }).error?.issues[0]?.path).toEqual(['questionMinutes']);
    expect(adminAdvanceBodySchema.safeParse({ ms: -5 }).success).toBe(false);
  });
});

describe('scheduler', () => {
  it('runs tasks in time order (ties in order given) with the clock at each task, and cancels by owner', () => {
    const clock = createSandboxClock(() => NOW);
    const scheduler = createScheduler(clock);
    const seen: string[] = [];
    const task = (name: string, at: number, owner = 'a'): void => scheduler.schedule({ at: NOW + at, owner, run: () => seen.push(`${name}@${clock.nowMs() - NOW}`) });
    task('late', 300);
    task('first', 100);
    task('tie', 100);
    task('gone', 200, 'b');
    scheduler.cancel('b');
    expect(scheduler.advance(250)).toBe(2);
    expect(seen).toEqual(['first@100', 'tie@100']);
    expect(clock.nowMs()).toBe(NOW + 250);
    scheduler.advance(100);
    expect(seen).toEqual(['first@100', 'tie@100', 'late@300']);
    expect(() => scheduler.startRealTime({ speed: 0.5 })).toThrow(RangeError);
  });

  it('reports a task that throws in real time instead of crashing, and keeps going', async () => {
    const errors: unknown[] = [];
    const clock = createSandboxClock();
    const scheduler = createScheduler(clock, { onError: (error) => errors.push(error) });
    let ran = false;
    scheduler.schedule({ at: clock.nowMs(), owner: 'x', run: () => { throw new Error('boom'); } });
    scheduler.schedule({ at: clock.nowMs() + 1, owner: 'x', run: () => { ran = true; } });
    scheduler.startRealTime({ speed: 1, tickMs: 5 });
    await new Promise((resolve) => setTimeout(resolve, 60));
    scheduler.clear();
    expect(errors).toHaveLength(1);
    expect(ran).toBe(true);
    expect(scheduler.realTime).toBe(false);
  });
});
