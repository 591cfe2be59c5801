// Bench: what synchronous=FULL costs the queue, side by side with NORMAL in the same run: posts
// created ("Scheduled") and claimed (scheduled → sending) per second, each its own transaction as
// in the app, on a real SQLite file in WAL mode.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountsRepository } from '../../src/main/core/accounts/repository';
import { openDatabase } from '../../src/main/core/db/open';
import { PostsRepository } from '../../src/main/core/queue/repository';
import type { BenchLine } from './sandbox-search';

const POSTS = 1_000;

function run(synchronous: 'full' | 'normal'): { create: number; claim: number } {
  const dir = mkdtempSync(join(tmpdir(), `columns-bench-durability-${synchronous}-`));
  const { db } = openDatabase(join(dir, 'columns.db'), { synchronous });
  try {
    const account = new AccountsRepository(db).upsertConnected({ userId: '1000', handle: 'HorizonsNHS', displayName: 'NHS Horizons', avatarUrl: null, training: false, scope: [] }, { kind: 'corporate', colour: '#005eb8' });
    const repo = new PostsRepository(db);
    const due = new Date(Date.now() + 3_600_000).toISOString();
    let started = performance.now();
    for (let i = 0; i < POSTS; i++) {
      repo.insert({ id: `post-${i}`, accountId: account.id, accountHandle: account.handle, state: 'scheduled', dueAt: due, zone: 'Europe/London', graceMinutes: 15, missedAfter: null, replyToId: null, quoteOfId: null, groupId: null, parts: [{ text: `Post ${i}`, mediaIds: [] }] }, 'bench');
    }
    const create = POSTS / ((performance.now() - started) / 1000);
    started = performance.now();
    for (let i = 0; i < POSTS; i++) repo.transition(`post-${i}`, 'scheduled', 'sending', 'bench claim', { countAttempt: true });
    const claim = POSTS / ((performance.now() - started) / 1000);
    return { create, claim };
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function benchQueueDurability(): BenchLine[] {
  const normal = run('normal');
  const full = run('full');
  return [
    { bench: 'queue_create_per_s_sync_normal', value: Math.round(normal.create), unit: 'posts/s' },
    { bench: 'queue_create_per_s_sync_full', value: Math.round(full.create), unit: 'posts/s' },
    { bench: 'queue_claim_per_s_sync_normal', value: Math.round(normal.claim), unit: 'posts/s' },
    { bench: 'queue_claim_per_s_sync_full', value: Math.round(full.claim), unit: 'posts/s' },
  ];
}
