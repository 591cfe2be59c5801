// Exactly once under SIGKILL: a child process publishes batches (single posts and threads) and is
// killed at random moments, 100 times; each restart reconciles what it finds in `sending` against
// the account's own posts before sending anything again. At the end every post is in the sandbox
// exactly once and `sent` locally. Prints {"posts","parts","sent","duplicates","lost"}.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { testKeychainService } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { sandboxPosts, startQueueHarness } from './queue-harness';

const ROUNDS = Number(process.env['KILL_ROUNDS'] ?? 100);
const USERS = ['HorizonsNHS', 'sam_comms'];
const CHILD_SOURCE = join(import.meta.dirname, 'kill-child.ts');
// Bundled once (node_modules stay external), so each of the 100 restarts costs a Node start, not a
// TypeScript compile: `npx tsx kill-child.ts` runs the same code, slower.
const CHILD = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.cache', 'columns-kill-child.mjs');

const sandbox = useSandbox({ plan: 'enterprise', rateLimits: { 'POST /2/tweets': 1_000_000, 'GET /2/users/:id/tweets': 1_000_000 } });
const tempDir = useTempDir();

function startChild(env: Record<string, string>): { child: ChildProcess; sending: Promise<void>; exited: Promise<number | null> } {
  const child = spawn(process.execPath, [CHILD], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const sending = new Promise<void>((resolve) => child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('sending') && resolve()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => {
      if (code !== 0 && signal !== 'SIGKILL') console.error(`child exited ${code}: ${stderr}`);
      if (process.env['KILL_DEBUG']) console.error(`child ${code ?? signal}: ${stderr}`);
      resolve(code);
    }),
  );
  return { child, sending, exited };
}

describe('exactly once under SIGKILL', () => {
  it(`publishes every post once through ${ROUNDS} random kills`, { timeout: 240_000 }, async () => {
    await build({ entryPoints: [CHILD_SOURCE], outfile: CHILD, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'error' });
    const dataDir = tempDir();
    const keychainService = testKeychainService();
    const h = await startQueueHarness(dataDir, sandbox(), USERS, { publish: false, keychainService });
    const env = { KILL_DATA_DIR: dataDir, KILL_X_BASE: sandbox().server.url, KILL_X_CA: sandbox().server.caCertPem, KILL_KEYCHAIN: keychainService };
    let kills = 0;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        // A small batch per round: a single post for each account, and a thread for one of them.
        h.post(USERS[round % 2] as string, [`Round ${round} single`]);
        h.post(USERS[(round + 1) % 2] as string, [`Round ${round} thread 1/3`, `Round ${round} thread 2/3`, `Round ${round} thread 3/3`]);
        const { child, sending, exited } = startChild(env);
        // Kill mostly while posts are going out (0–40 ms after the first claim), sometimes while it
        // is still starting or reconciling.
        if (Math.random() < 0.85) await Promise.race([sending, exited]);
        else await new Promise((resolve) => setTimeout(resolve, Math.random() * 1_000));
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 40));
        if (child.exitCode === null && child.kill('SIGKILL')) kills++;
        await exited;
      }
      const last = startChild(env);
      expect(await last.exited).toBe(0);

      const local = h.core.queue.list({});
      const remote = new Map<string, number>();
      for (const user of USERS) for (const post of await sandboxPosts(sandbox(), user)) remote.set(post.text, (remote.get(post.text) ?? 0) + 1);
      const parts = local.flatMap((post) => post.parts.map((part) => part.text));
      const tally = {
        rounds: ROUNDS,
        kills,
        posts: local.length,
        parts: parts.length,
        sent: local.filter((post) => post.state === 'sent').length,
        duplicates: parts.filter((text) => (remote.get(text) ?? 0) > 1).length,
        lost: parts.filter((text) => (remote.get(text) ?? 0) === 0).length,
        // How often a restart found a post in `sending` (a kill mid-send) and what it concluded.
        foundAfterRestart: 0,
        resentAfterRestart: 0,
        /** Restarts that found part of a thread out (recorded, or found by the search) and sent only the rest. */
        resumedMidThread: 0,
      };
      for (const post of local) {
        const reasons = h.core.queue.history(post.id).map((t) => t.reason ?? '');
        tally.foundAfterRestart += reasons.filter((r) => r.startsWith('found on X after a restart')).length;
        tally.resentAfterRestart += reasons.filter((r) => r.startsWith('not found on X after a restart')).length;
        tally.resumedMidThread += reasons.filter((r) => /^not found on X after a restart \([1-9]/.test(r)).length;
      }
      console.log(JSON.stringify(tally));
      expect(tally).toMatchObject({ posts: ROUNDS * 2, parts: ROUNDS * 4, sent: ROUNDS * 2, duplicates: 0, lost: 0 });
      // Each thread part replies to the part before, even across a kill mid-thread.
      const byId = new Map((await Promise.all(USERS.map((u) => sandboxPosts(sandbox(), u)))).flat().map((p) => [p.id, p]));
      for (const post of local) {
        post.remoteIds.forEach((id, index) => {
          const item = byId.get(id ?? '');
          expect(item?.text).toBe(post.parts[index]?.text);
          if (index > 0) expect(item?.in_reply_to_tweet_id).toBe(post.remoteIds[index - 1]);
        });
      }
    } finally {
      await h.close();
    }
  });
});
