// The post state machine: exactly the allowed changes go through, every other one is refused,
// and a refused change leaves no trace in the database.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrate';
import { APP_MIGRATIONS } from '../../../src/main/core/db/migrations';
import { PostsRepository } from '../../../src/main/core/queue/repository';
import { canTransition, IllegalTransition } from '../../../src/main/core/queue/states';
import { POST_STATES, type PostState } from '../../../src/shared/queue';

const ALLOWED: [PostState | null, PostState][] = [
  [null, 'draft'],
  [null, 'scheduled'],
  ['draft', 'scheduled'],
  ['scheduled', 'sending'],
  ['scheduled', 'draft'],
  ['scheduled', 'missed'],
  ['scheduled', 'scheduled'],
  ['scheduled', 'held'],
  ['sending', 'sent'],
  ['sending', 'failed'],
  ['sending', 'scheduled'],
  ['failed', 'scheduled'],
  ['failed', 'draft'],
  ['failed', 'held'],
  ['missed', 'held'],
  ['held', 'scheduled'],
  ['held', 'draft'],
];

const key = (from: PostState | null, to: PostState): string => `${from ?? 'new'}>${to}`;
const allowed = new Set(ALLOWED.map(([from, to]) => key(from, to)));
const every = [null, ...POST_STATES].flatMap((from) => POST_STATES.map((to) => [from, to] as [PostState | null, PostState]));

describe('post state machine', () => {
  it.each(every)('%s → %s is allowed only where the design says', (from, to) => {
    expect(canTransition(from, to)).toBe(allowed.has(key(from, to)));
  });

  it('a sent post never changes again, and sending is reached only by a claim from scheduled', () => {
    expect(POST_STATES.filter((to) => canTransition('sent', to))).toEqual([]);
    expect([null, ...POST_STATES].filter((from) => canTransition(from, 'sending'))).toEqual(['scheduled']);
    expect([null, ...POST_STATES].filter((from) => canTransition(from, 'sent'))).toEqual(['sending']);
  });

  it('the repository refuses an illegal change without touching the row or the audit trail', () => {
    const db = new Database(':memory:');
    migrate(db, APP_MIGRATIONS);
    const repo = new PostsRepository(db);
    repo.insert(
      { id: 'p1', accountId: 'a', accountHandle: 'a', state: 'scheduled', dueAt: '2026-01-01T09:00:00.000Z', zone: 'Europe/London', graceMinutes: 15,
        missedAfter: '2026-01-01T09:15:00.000Z', replyToId: null, quoteOfId: null, groupId: null, parts: [{ text: 'hi', mediaIds: [] }] },
      'scheduled',
    );
    expect(() => repo.transition('p1', 'scheduled', 'sent', 'skip sending')).toThrow(IllegalTransition);
    expect(repo.transition('p1', 'draft', 'scheduled', 'stale view')).toBe(false);
    expect(repo.get('p1')?.state).toBe('scheduled');
    expect(repo.transition('p1', 'scheduled', 'sending', 'claim', { countAttempt: true })).toBe(true);
    // A second claim of the same row fails: only one publisher gets it.
    expect(repo.transition('p1', 'scheduled', 'sending', 'claim again')).toBe(false);
    expect(repo.history('p1').map((t) => key(t.from, t.to))).toEqual(['new>scheduled', 'scheduled>sending']);
    expect(repo.get('p1')?.attempts).toBe(1);
    db.close();
  });
});
