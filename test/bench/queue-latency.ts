// Bench: from a post's due time to its request reaching the sandbox (over HTTPS, the X provider,
// real SQLite): the scheduler's timer, the claim transaction, and the request. Posts are due 60 ms
// apart, alternating between three accounts; the sandbox stamps each post as it receives it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listPosts } from '../../src/main/sandbox/admin/reports';
import { startSandbox } from '../../src/main/sandbox/server';
import type { BenchLine } from './sandbox-search';
import { benchQueue } from './queue-engine';

const POSTS = 150;
const SPACING_MS = 60;

export async function benchQueueLatency(): Promise<BenchLine[]> {
  const sandboxDir = mkdtempSync(join(tmpdir(), 'columns-bench-sandbox-'));
  const sandbox = await startSandbox({ dataDir: sandboxDir, admin: true, seed: false, plan: 'enterprise', rateLimits: { 'POST /2/tweets': 1_000_000 } });
  const bench = await benchQueue(sandbox);
  const { engine, accounts } = bench;
  engine.scheduler.start();
  const first = Date.now() + 1_000;
  const due = new Map<string, number>();
  for (let i = 0; i < POSTS; i++) {
    const account = accounts[i % accounts.length];
    if (!account) continue;
    const dueAt = new Date(first + i * SPACING_MS).toISOString();
    const text = `Latency ${i} ${first}`;
    due.set(text, Date.parse(dueAt));
    engine.service.create({
      posts: [{ accountId: account.id, parts: [{ text, mediaIds: [] }] }],
      replyToId: null,
      quoteOfId: null,
      when: { kind: 'at', dueAt, zone: 'Europe/London' },
      graceMinutes: 15,
      confirmedAccountIds: [],
    });
  }
  while (engine.service.list({ states: ['scheduled', 'sending'] }).length > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  const received = new Map(listPosts(sandbox.context).map((post) => [post.text, Date.parse(post.created_at)]));
  const values = [...due.entries()].map(([text, dueMs]) => (received.get(text) ?? Number.NaN) - dueMs).sort((a, b) => a - b);
  await bench.close();
  await sandbox.close();
  rmSync(bench.dataDir, { recursive: true, force: true });
  rmSync(sandboxDir, { recursive: true, force: true });
  const at = (q: number): number => values[Math.floor(q * (values.length - 1))] ?? Number.NaN;
  return [
    { bench: 'queue_due_to_request_p50', value: at(0.5), unit: 'ms', posts: POSTS },
    { bench: 'queue_due_to_request_p95', value: at(0.95), unit: 'ms', posts: POSTS },
  ];
}
