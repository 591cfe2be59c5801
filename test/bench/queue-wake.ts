// Bench: what one scheduler wake costs with 10,000 posts queued across three accounts (none due):
// apply removals, hold what passed its grace, find each account's next post, set the timer.
import { rmSync } from 'node:fs';
import type { BenchLine } from './sandbox-search';
import { benchQueue } from './queue-engine';

const QUEUED = 10_000;
const WAKES = 200;

export async function benchQueueWake(): Promise<BenchLine[]> {
  const bench = await benchQueue(null);
  const { engine, accounts } = bench;
  const start = Date.now() + 3_600_000;
  engine.repo.transaction(() => {
    for (let i = 0; i < QUEUED; i++) {
      const account = accounts[i % accounts.length];
      if (!account) continue;
      const dueAt = new Date(start + i * 60_000).toISOString();
      engine.repo.insert(
        { id: `bench-${i}`, accountId: account.id, accountHandle: account.handle, state: 'scheduled', dueAt, zone: 'Europe/London', graceMinutes: 15,
          missedAfter: new Date(start + i * 60_000 + 15 * 60_000).toISOString(), replyToId: null, quoteOfId: null, groupId: null, parts: [{ text: `Post ${i}`, mediaIds: [] }] },
        'bench',
      );
    }
  });
  engine.scheduler.start();
  await engine.scheduler.whenIdle();
  const times: number[] = [];
  for (let i = 0; i < WAKES; i++) {
    const began = performance.now();
    engine.scheduler.wake('bench');
    await engine.scheduler.whenIdle();
    times.push(performance.now() - began);
  }
  await bench.close();
  rmSync(bench.dataDir, { recursive: true, force: true });
  times.sort((a, b) => a - b);
  const at = (q: number): number => Math.round((times[Math.floor(q * (times.length - 1))] ?? Number.NaN) * 1000) / 1000;
  return [
    { bench: 'queue_scheduler_wake_10k_p50', value: at(0.5), unit: 'ms', queued: QUEUED },
    { bench: 'queue_scheduler_wake_10k_p95', value: at(0.95), unit: 'ms', queued: QUEUED },
  ];
}
