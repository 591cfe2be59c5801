// The simulation inside a real sandbox: a fully seeded start, chats advanced on the sandbox clock
// and seen through the admin interface, reset stopping everything, and real-time mode (accelerated)
// both on a running sandbox and from the `simulate` start option.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startSandbox } from '../../../src/main/sandbox/server';
import { useSandbox } from '../../helpers/sandbox';

const sandbox = useSandbox({ seed: true });
const MINUTE = 60_000;

async function waitFor(check: () => boolean, wallMs: number): Promise<boolean> {
  const deadline = performance.now() + wallMs;
  while (performance.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return check();
}

interface AdminPosts {
  data: { id: string; text: string; author_username: string; in_reply_to_tweet_id: string | null }[];
}

describe('simulation in a running sandbox', () => {
  it('starts fully seeded: the community and days of history', () => {
    const { world } = sandbox().server;
    expect(world.users.all().filter((user) => user.kind === 'community').length).toBeGreaterThanOrEqual(45);
    expect(world.posts.allInOrder().length).toBeGreaterThan(250);
  });

  it('runs an advanced chat whose posts the admin interface lists in order', async () => {
    const { server, admin } = sandbox();
    const before = server.world.clock.nowMs();
    const run = server.simulator.startChat({ hashtag: '#SimChatOne', hostUsername: 'HorizonsNHS', questions: ['Why?', 'How?'], minutesPerQuestion: 5, postsPerHour: 300, seed: 1 });
    server.simulator.advance(15 * MINUTE);
    expect(server.world.clock.nowMs() - before).toBeGreaterThanOrEqual(15 * MINUTE);
    expect(run.state()).toBe('finished');

    const { status, body } = await admin<AdminPosts>('GET', '/admin/posts?username=HorizonsNHS');
    expect(status).toBe(200);
    const hostChat = body.data.filter((post) => post.text.includes('#SimChatOne') && !post.in_reply_to_tweet_id);
    expect(hostChat.map((post) => post.text.split(' ')[0])).toEqual(['Welcome', 'Q1', 'Q2', "That's"]);
    const all = await admin<AdminPosts>('GET', '/admin/posts');
    const q1 = run.questionPostIds()[0];
    expect(all.body.data.filter((post) => post.in_reply_to_tweet_id === q1 && / A1 /.test(` ${post.text}`)).length).toBeGreaterThan(3);
  });

  it('admin reset stops running chats and returns to the seed', async () => {
    const { server, admin } = sandbox();
    const run = server.simulator.startChat({ hashtag: '#SimChatTwo', hostUsername: 'Sch4Change', questions: ['One?', 'Two?'], postsPerHour: 200 });
    server.simulator.advance(4 * MINUTE);
    expect(run.postIds().length).toBeGreaterThan(2);
    expect((await admin('POST', '/admin/reset')).status).toBe(200);
    expect(run.state()).toBe('stopped');
    expect(server.simulator.scheduler.pending()).toBe(0);
    expect(server.world.posts.allInOrder().some((post) => post.text.includes('#SimChatTwo'))).toBe(false);
    expect(server.world.posts.allInOrder().length).toBeGreaterThan(250);
    // The simulator still works on the new world (fresh user ids).
    const again = server.simulator.startChat({ hashtag: '#SimChatThree', hostUsername: 'Sch4Change', questions: ['Three?'], postsPerHour: 200 });
    server.simulator.advance(5 * MINUTE);
    expect(again.questionPostIds()).toHaveLength(1);
  });

  it('runs in accelerated real time (speed 600) and stops on demand', async () => {
    const { server } = sandbox();
    server.simulator.setRealTime(600);
    const run = server.simulator.startChat({ hashtag: '#SimRealTime', hostUsername: 'HorizonsNHS', questions: ['Fast?', 'Faster?'], minutesPerQuestion: 5, postsPerHour: 400 });
    expect(await waitFor(() => run.postIds().length >= 10, 10_000)).toBe(true);
    server.simulator.stop();
    server.simulator.setRealTime(null);
    expect(server.simulator.scheduler.realTime).toBe(false);
    const count = run.postIds().length;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(run.postIds().length).toBe(count);
  });
});

describe('moderating a chat', () => {
  it('lets the host hide the critic’s reply and mute the spammer with twitter-api-v2', async () => {
    const { server, clientFor } = sandbox();
    const run = server.simulator.startChat({ hashtag: '#SimModerate', hostUsername: 'HorizonsNHS', questions: ['A?', 'B?', 'C?'], minutesPerQuestion: 5, postsPerHour: 150, seed: 9 });
    server.simulator.advance(20 * MINUTE);
    const rude = run.flagged().find((flag) => flag.kind === 'critic');
    const spam = run.flagged().find((flag) => flag.kind === 'spam');
    expect(rude && spam).toBeTruthy();
    const host = clientFor('HorizonsNHS');
    expect(await host.v2.hideReply(rude?.postId ?? '', true)).toEqual({ data: { hidden: true } });
    expect(server.world.posts.get(rude?.postId ?? '')?.hidden).toBe(true);
    const me = server.world.users.byUsername('HorizonsNHS')?.id ?? '';
    expect(await host.v2.mute(me, spam?.authorId ?? '')).toEqual({ data: { muting: true } });
    expect(server.world.engagement.related('mutes', me, spam?.authorId ?? '')).toBe(true);
  });
});

describe('the simulate start option', () => {
  it('brings ambient activity in real time and close() stops it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'columns-sandbox-sim-'));
    const server = await startSandbox({ dataDir, seed: false, simulate: true, simulationSpeed: 600, ambientPerHour: 120 });
    try {
      const horizons = server.world.users.byUsername('HorizonsNHS')?.id ?? '';
      const mentions = (): number => (server.world.db.prepare('SELECT count(*) AS n FROM post_mentions WHERE user_id = ?').get(horizons) as { n: number }).n;
      expect(server.simulator.scheduler.realTime).toBe(true);
      expect(await waitFor(() => mentions() >= 2, 3000)).toBe(true);
      expect(server.simulator.ambient()[0]?.postIds().every((id) => server.world.posts.get(id)?.source === 'simulation')).toBe(true);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
    expect(server.simulator.scheduler.realTime).toBe(false);
    expect(server.simulator.scheduler.pending()).toBe(0);
  });
});

interface ChatAnswer {
  id: string;
  hashtag: string;
  host: string;
  state: string;
  questionPostIds: string[];
  posts: number;
  flagged: { postId: string; kind: 'spam' | 'critic' }[];
}

describe('driving the simulation through the admin interface', () => {
  it('starts a chat, advances it, and twitter-api-v2 search finds its answers and its spam', async () => {
    const { admin, clientFor } = sandbox();
    const started = await admin<ChatAnswer>('POST', '/admin/chat', {
      hashtag: '#Improve4Patients',
      host: '@HorizonsNHS',
      questions: ['What does good feedback look like?', 'Who should hear it?'],
      minutesPerQuestion: 3,
      postsPerHour: 400,
      seed: 5,
    });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ hashtag: '#Improve4Patients', host: 'HorizonsNHS', state: expect.any(String) });

    const advanced = await admin<{ ran: number; now: string }>('POST', '/admin/simulation/advance', { ms: 8 * MINUTE });
    expect(advanced.status).toBe(200);
    expect(advanced.body.ran).toBeGreaterThan(10);

    const status = await admin<{ chats: ChatAnswer[] }>('GET', '/admin/simulation');
    const chat = status.body.chats.find((run) => run.id === started.body.id);
    expect(chat?.state).toBe('finished');
    expect(chat?.questionPostIds).toHaveLength(2);

    // What a trainee's hashtag column sees: the chat's posts through the real client and search.
    const client = clientFor('sam_comms');
    const found = await client.v2.search('#Improve4Patients', { max_results: 100, expansions: ['author_id'] });
    const texts = found.tweets.map((post) => post.text);
    expect(texts.some((text) => text.startsWith('Q1 '))).toBe(true);
    expect(texts.filter((text) => /\bA1\b/.test(text)).length).toBeGreaterThan(2);
    const ids = new Set(found.tweets.map((post) => post.id));
    // Flagged posts (spam, rude) that carry the hashtag are there for a trainee to moderate.
    expect(chat?.flagged.length ?? 0).toBeGreaterThan(0);
    expect(chat?.flagged.some((flag) => ids.has(flag.postId))).toBe(true);
  });

  it('refuses a bad chat plan with 400 naming the field, an unknown host with 404, a bad advance with 400', async () => {
    const { admin } = sandbox();
    const noQuestions = await admin<{ error: string }>('POST', '/admin/chat', { hashtag: '#Chat', host: 'HorizonsNHS', questions: [] });
    expect(noQuestions.status).toBe(400);
    expect(noQuestions.body.error).toMatch(/questions/);
    const unknown = await admin<{ error: string }>('POST', '/admin/chat', { hashtag: '#Chat', host: 'nobody_here', questions: ['Q?'] });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatch(/nobody_here/);
    expect((await admin('POST', '/admin/simulation/advance', { ms: -1 })).status).toBe(400);
    expect((await admin('POST', '/admin/simulation/advance', { ms: '60000' })).status).toBe(400);
  });

  it('stop halts every chat', async () => {
    const { admin } = sandbox();
    await admin('POST', '/admin/chat', { hashtag: '#StopMe', host: 'Sch4Change', questions: ['One?', 'Two?'] });
    const stopped = await admin<{ pendingEvents: number; chats: ChatAnswer[] }>('POST', '/admin/simulation/stop');
    expect(stopped.status).toBe(200);
    expect(stopped.body.pendingEvents).toBe(0);
    expect(stopped.body.chats.find((run) => run.hashtag === '#StopMe')?.state).toBe('stopped');
  });
});
