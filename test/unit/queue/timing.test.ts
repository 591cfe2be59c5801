// When a late post still goes out (grace) and when it is held instead, and how long a retry waits
// (backoff with jitter, never before X's rate-limit reset). Real SQLite (in memory) for the rules
// that are queries.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrate';
import { APP_MIGRATIONS } from '../../../src/main/core/db/migrations';
import { retryDelayMs } from '../../../src/main/core/queue/backoff';
import { missedAfter } from '../../../src/main/core/queue/grace';
import { PublisherLock } from '../../../src/main/core/queue/publisher-lock';
import { PostsRepository } from '../../../src/main/core/queue/repository';

const due = '2026-03-29T08:00:00.000Z';
const at = (iso: string): number => Date.parse(iso);
const dbs: Database.Database[] = [];

function freshDb(): Database.Database {
  const db = new Database(':memory:');
  migrate(db, APP_MIGRATIONS);
  dbs.push(db);
  return db;
}

afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

function schedule(repo: PostsRepository, id: string, graceMinutes: number, parts = 1): void {
  repo.insert(
    { id, accountId: 'a', accountHandle: 'a', state: 'scheduled', dueAt: due, zone: 'Europe/London', graceMinutes, missedAfter: missedAfter(due, graceMinutes),
      replyToId: null, quoteOfId: null, groupId: null, parts: Array.from({ length: parts }, (_, i) => ({ text: `${id} ${i}`, mediaIds: [] })) },
    'scheduled',
  );
}

describe('grace window', () => {
  it('records the instant past which the post is missed, per post grace', () => {
    expect(missedAfter(due, 15)).toBe('2026-03-29T08:15:00.000Z');
    expect(missedAfter(due, 0)).toBe(due);
    expect(missedAfter(due, 90)).toBe('2026-03-29T09:30:00.000Z');
  });

  it('holds only what is strictly past its window, and never a thread that already started', () => {
    const repo = new PostsRepository(freshDb());
    schedule(repo, 'default', 15);
    schedule(repo, 'long', 90);
    schedule(repo, 'started', 0, 3);
    repo.setRemoteId('started', 0, '111');
    expect(repo.pastGrace('2026-03-29T08:15:00.000Z').map((p) => p.id)).toEqual([]);
    expect(repo.pastGrace('2026-03-29T08:15:00.001Z').map((p) => p.id)).toEqual(['default']);
    expect(repo.pastGrace('2026-03-29T12:00:00.000Z').map((p) => p.id).sort()).toEqual(['default', 'long']);
  });
});

describe('retry backoff', () => {
  const policy = { baseMs: 1_000, capMs: 60_000 };
  const now = at(due);

  it('doubles per failed attempt with jitter between half and all of the step, up to the cap', () => {
    expect(retryDelayMs(1, policy, { nowMs: now, random: 0 })).toBe(500);
    expect(retryDelayMs(1, policy, { nowMs: now, random: 0.999999 })).toBe(1_000);
    expect(retryDelayMs(3, policy, { nowMs: now, random: 0 })).toBe(2_000);
    expect(retryDelayMs(4, policy, { nowMs: now, random: 0.5 })).toBe(6_000);
    expect(retryDelayMs(30, policy, { nowMs: now, random: 1 })).toBe(60_000);
  });

  it('waits at least until X said the window resets', () => {
    const resetAt = new Date(now + 10 * 60_000).toISOString();
    expect(retryDelayMs(1, policy, { nowMs: now, random: 0, resetAt })).toBe(10 * 60_000 + 1_000);
    // A reset already past does not shorten the ordinary wait.
    expect(retryDelayMs(2, policy, { nowMs: now, random: 0, resetAt: new Date(now - 5_000).toISOString() })).toBe(1_000);
  });
});

describe('publisher lock', () => {
  it('lets one process publish per data folder; a dead or silent holder is replaced', () => {
    const db = freshDb();
    let clock = at(due);
    const mine = new PublisherLock(db, () => clock);
    // Another live process (this test's parent pid stands in for it).
    const other = new PublisherLock(db, () => clock, process.ppid);
    expect(other.acquire()).toBe(true);
    expect(mine.acquire()).toBe(false);
    clock += 4 * 60_000;
    expect(mine.acquire()).toBe(true);
    expect(other.acquire()).toBe(false);
    mine.release();
    // A holder whose process is gone (SIGKILL) is replaced at once.
    const dead = new PublisherLock(db, () => clock, 2 ** 22 + 12345);
    expect(dead.acquire()).toBe(true);
    expect(mine.acquire()).toBe(true);
  });
});
