// Bench: GET /2/tweets/search/recent on a sandbox holding 10,000 posts, over real HTTPS through the
// loopback agent, as a Columns search column would poll it (max_results=100, author expansion).
// Requests per second sequentially and with 8 in flight, and each query's median latency.
import { request } from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SandboxPost } from '../../src/main/sandbox/model';
import { newPostRecord } from '../../src/main/sandbox/posting/records';
import { startSandbox } from '../../src/main/sandbox/server';
import { snowflakeAt } from '../../src/main/sandbox/store/ids';
import { LoopbackAgent } from '../../src/main/core/net/loopback-agent';
import type { SandboxWorld } from '../../src/main/sandbox/world';

const POSTS = 10_000;
const AUTHORS = 50;
const MEASURE_MS = 3_000;
const QUERIES = ['#Improve4Patients', 'from:HorizonsNHS', '"patient safety" -is:retweet', '(#a OR #b) is:reply'];
const TAGS = ['#Improve4Patients', '#a', '#b', '#NHS', '#QualityImprovement', ''];
const PHRASES = ['patient safety matters', 'safety of every patient', 'waiting lists again', 'great ward round', 'staff wellbeing'];

export interface BenchLine {
  bench: string;
  value: number;
  unit: string;
  [detail: string]: unknown;
}

/** Deterministic, so every run searches the same world. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function fillWorld(world: SandboxWorld): void {
  const next = random(42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const core = ['HorizonsNHS', 'Sch4Change', 'sam_comms'].map((name) => world.users.byUsername(name)?.id ?? '');
  const authors = [...core];
  const nowMs = world.clock.nowMs();
  world.db.transaction(() => {
    for (let n = 0; n < AUTHORS; n += 1) {
      const id = snowflakeAt(nowMs - 30 * 86_400_000, n);
      world.users.insert({
        id, username: `bench_member_${n}`, name: `Bench member ${n}`, description: '', location: null, url: null,
        profileImageUrl: 'https://pbs.twimg.com/profile_images/default.png', verified: false, protected: false, kind: 'community',
        createdAt: new Date(nowMs - 30 * 86_400_000).toISOString(),
      });
      authors.push(id);
    }
    const written: SandboxPost[] = [];
    const reposted = new Set<string>();
    const start = nowMs - 6 * 86_400_000;
    for (let n = 0; n < POSTS; n += 1) {
      const ms = start + Math.floor((n / POSTS) * 6 * 86_400_000);
      const id = snowflakeAt(ms, n);
      const authorId = pick(authors);
      const roll = next();
      const parent = written.length > 0 ? pick(written) : undefined;
      let post = newPostRecord({ id, authorId, text: `${pick(PHRASES)} ${pick(TAGS)} #${n}`.replace(/\s+/g, ' '), createdAt: new Date(ms).toISOString(), source: 'seed' });
      if (parent && roll < 0.3) {
        post = { ...post, conversationId: parent.conversationId, inReplyToPostId: parent.id, inReplyToUserId: parent.authorId };
      } else if (parent && roll < 0.35 && !reposted.has(`${authorId} ${parent.id}`) && parent.repostOfId === null) {
        reposted.add(`${authorId} ${parent.id}`);
        const originalAuthor = world.users.get(parent.authorId);
        post = { ...post, text: `RT @${originalAuthor?.username ?? ''}: ${parent.text}`, repostOfId: parent.id };
      }
      world.posts.insert(post, []);
      written.push(post);
    }
  })();
}

function searchPath(query: string): string {
  return `/2/tweets/search/recent?${new URLSearchParams({ query, max_results: '100', expansions: 'author_id', 'tweet.fields': 'created_at,conversation_id' }).toString()}`;
}

function get(agent: LoopbackAgent, token: string, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(`https://api.x.com${path}`, { agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`search answered ${res.statusCode}`))));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

async function requestsPerSecond(call: (path: string) => Promise<void>, paths: readonly string[], concurrency: number): Promise<number> {
  let done = 0;
  const started = performance.now();
  const deadline = started + MEASURE_MS;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let n = worker; performance.now() < deadline; n += 1) {
        await call(paths[n % paths.length] ?? '');
        done += 1;
      }
    }),
  );
  return done / ((performance.now() - started) / 1000);
}

export async function benchSandboxSearch(): Promise<BenchLine[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'columns-bench-search-'));
  const server = await startSandbox({
    dataDir,
    seed: false,
    plan: 'enterprise',
    rateLimits: { 'GET /2/tweets/search/recent': 100_000_000 },
  });
  const agent = new LoopbackAgent({ port: server.port, ca: server.caCertPem }, { maxSockets: 8 });
  try {
    fillWorld(server.world);
    const { accessToken } = server.issueTokens('HorizonsNHS', 'tweet.read users.read');
    const call = (path: string): Promise<void> => get(agent, accessToken, path);
    const paths = QUERIES.map(searchPath);
    // Warm-up: prepared posts into the search cache, TLS sessions, JIT.
    for (let round = 0; round < 5; round += 1) for (const path of paths) await call(path);

    const lines: BenchLine[] = [];
    for (const concurrency of [1, 8]) {
      const rps = await requestsPerSecond(call, paths, concurrency);
      lines.push({ bench: 'sandbox_search_recent_rps', concurrency, value: Math.round(rps * 10) / 10, unit: 'req/s', posts: POSTS });
    }
    for (const [index, query] of QUERIES.entries()) {
      const times: number[] = [];
      for (let n = 0; n < 30; n += 1) {
        const started = performance.now();
        await call(paths[index] ?? '');
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? Number.NaN;
      lines.push({ bench: 'sandbox_search_recent_latency_median', query, value: Math.round(median * 100) / 100, unit: 'ms', posts: POSTS });
    }
    return lines;
  } finally {
    agent.destroy();
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
