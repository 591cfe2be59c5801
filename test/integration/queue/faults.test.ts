// 1,000 scheduled posts across three accounts while the sandbox fails about one request in five
// (429 with a reset, 500, 503, dropped connections, requests that never answer) and one account's
// access token expires mid-run: every post ends sent exactly once, or failed with a reason, and
// each account's posts reach X in the order they were due.
import { describe, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { sandboxPosts, startQueueHarness } from './queue-harness';

const USERS = ['HorizonsNHS', 'Sch4Change', 'sam_comms'];
const POSTS = 1_000;
const FAULT_SHARE = 0.2;
const KINDS = ['429', '500', '503', 'reset', 'timeout'] as const;

const sandbox = useSandbox({
  plan: 'enterprise',
  rateLimits: { 'POST /2/tweets': 1_000_000, 'GET /2/users/:id/tweets': 1_000_000, 'GET /2/users/me': 1_000_000 },
});
const tempDir = useTempDir();

describe('the queue under faults', () => {
  it('sends 1,000 posts across 3 accounts exactly once, in order, through ~20% faults', { timeout: 150_000 }, async () => {
    const h = await startQueueHarness(tempDir(), sandbox(), USERS, {
      publish: false,
      queueBackoff: { baseMs: 20, capMs: 250 },
      requestTimeoutMs: 800,
    });
    try {
      // A 429 fault says the window resets in 15 minutes of sandbox time; run the sandbox's clock
      // that far behind so the reset (which the queue respects) comes about a second later.
      await sandbox().admin('POST', '/admin/clock', { offsetMs: -899_000 });
      // Far enough ahead that creating 1,000 posts never lands after it on a busy machine.
      const dueAt = new Date(Date.now() + 3_000).toISOString();
      const texts = new Map<string, string[]>(USERS.map((u) => [u, []]));
      for (let i = 0; i < POSTS; i++) {
        const user = USERS[i % USERS.length] as string;
        const text = `Fault run post ${String(i).padStart(4, '0')} from @${user}`;
        texts.get(user)?.push(text);
        h.post(user, [text], { kind: 'at', dueAt, zone: 'Europe/London' });
      }
      const stats = async (): Promise<number> => {
        const body = (await sandbox().admin<{ requestsPerEndpoint: Record<string, number> }>('GET', '/admin/stats')).body;
        return Object.entries(body.requestsPerEndpoint).reduce((sum, [endpoint, n]) => (endpoint.includes('/admin') ? sum : sum + n), 0);
      };
      const base = await stats();
      let armed = 0;
      const byKind: Record<string, number> = {};
      let expired = false;
      let running = true;
      // Keep about one request in five failing, interleaved with the traffic as it happens.
      const injector = (async () => {
        while (running) {
          const requests = (await stats()) - base;
          while (armed < requests * FAULT_SHARE) {
            const kind = KINDS[Math.floor(Math.random() * KINDS.length)] as (typeof KINDS)[number];
            await sandbox().admin('POST', '/admin/faults', { count: 1, kind, path: '/2/' });
            byKind[kind] = (byKind[kind] ?? 0) + 1;
            armed++;
          }
          if (!expired && requests > 300) {
            await sandbox().admin('POST', '/admin/tokens/expire', { username: 'Sch4Change' });
            expired = true;
          }
          await new Promise((resolve) => setTimeout(resolve, 30));
        }
      })();
      const started = Date.now();
      h.core.scheduler.start();
      const posts = await h.until((all) => all.every((p) => p.state === 'sent' || p.state === 'failed'), 140_000);
      running = false;
      await injector;
      await sandbox().admin('POST', '/admin/clock', { offsetMs: 0 });

      const failed = posts.filter((p) => p.state === 'failed');
      for (const post of failed) expect(post.lastError?.message).toBeTruthy();
      let duplicates = 0;
      let outOfOrder = 0;
      let missing = 0;
      let failedButOut = 0;
      for (const user of USERS) {
        const remote = (await sandboxPosts(sandbox(), user)).filter((p) => p.text.startsWith('Fault run post'));
        const seen = new Map<string, number>();
        for (const p of remote) seen.set(p.text, (seen.get(p.text) ?? 0) + 1);
        duplicates += [...seen.values()].filter((n) => n > 1).length;
        const expected = (texts.get(user) ?? []).filter((text) => posts.find((p) => p.parts[0]?.text === text)?.state === 'sent');
        missing += expected.filter((text) => !seen.has(text)).length;
        failedButOut += failed.filter((p) => seen.has(p.parts[0]?.text ?? '')).length;
        const order = remote.map((p) => p.text);
        outOfOrder += order.filter((text, i) => i > 0 && text < (order[i - 1] as string)).length;
      }
      const attempts = posts.reduce((sum, p) => sum + p.attempts, 0);
      console.log(
        JSON.stringify({ posts: posts.length, sent: posts.length - failed.length, failed: failed.length, failedReasons: failed.map((p) => p.lastError?.code), failedButOut, duplicates, missing, outOfOrder, faults: armed, byKind, attempts, seconds: (Date.now() - started) / 1000 }),
      );
      expect({ duplicates, missing, outOfOrder, failedButOut }).toEqual({ duplicates: 0, missing: 0, outOfOrder: 0, failedButOut: 0 });
      expect(armed).toBeGreaterThan(150);
      expect(expired).toBe(true);
    } finally {
      await sandbox().admin('POST', '/admin/clock', { offsetMs: 0 });
      await h.close();
    }
  });
});
