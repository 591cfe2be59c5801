import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountsRepository } from '../../../src/main/core/accounts/repository';
import { ColumnsStore } from '../../../src/main/core/columns/config-store';
import { ItemCache } from '../../../src/main/core/columns/item-cache';
import { openDatabase } from '../../../src/main/core/db/open';
import { DAY_MS, estimateRequest, postsPerDay, totalOnce } from '../../../src/main/core/spend/estimate';
import { arrivalSample } from '../../../src/main/core/streams/arrivals';
import { planRequests } from '../../../src/main/core/streams/requests';
import { X_PRICES_MICROS } from '../../../src/shared/x-plans';
import { cachedItem } from '../../helpers/items';

const NOW = Date.parse('2026-12-02T12:00:00.000Z');
const OWNED_READ = X_PRICES_MICROS.owned_read / 1_000_000;
const HOUR = 3_600_000;
/** Posts evenly spread back from now, newest first (ids grow with time, as X's do). */
const posts = (count: number, everyMs: number) =>
  Array.from({ length: count }, (_, index) => cachedItem(String(1_000_000 + count - index), { createdAt: new Date(NOW - index * everyMs - 1000).toISOString() }));

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function desk() {
  const dir = mkdtempSync(join(tmpdir(), 'columns-cost-'));
  dirs.push(dir);
  const { db } = openDatabase(join(dir, 'columns.db'));
  const account = new AccountsRepository(db).upsertConnected(
    { userId: '42', handle: 'HorizonsNHS', displayName: 'Horizons', avatarUrl: null, training: true, scope: ['tweet.read'] },
    { kind: 'corporate', colour: '#005eb8' },
  );
  const columns = new ColumnsStore(db);
  const mentions = columns.add({ kind: 'mentions', accountId: account.id, query: null, title: 'Mentions @HorizonsNHS' });
  const all = columns.add({ kind: 'all_mentions', accountId: null, query: null, title: 'All mentions' });
  const specs = planRequests(columns.list(), [account]);
  return { db, account, mentions, all, specs, cache: new ItemCache(db) };
}

describe('postsPerDay (the observed arrival rate)', () => {
  it('reads a first fill of 100 posts as the rate their own times show, not 100 posts a poll', () => {
    // 100 mentions, one an hour: the feed gets about 24 a day, whatever the page size or poll rate.
    const rate = postsPerDay({ posts: 100, oldestAt: NOW - 99 * HOUR, mayBeTruncated: true }, NOW);
    expect(rate).toBeCloseTo(100 / (99 / 24), 5);
    const steady = estimateRequest({ intervalMs: 30_000, postsPerDay: rate, postsPerPoll: 250, priceUsd: OWNED_READ });
    expect(steady.requestsPerDay).toBe(2880);
    expect(steady.usdPerDay).toBeCloseTo(rate! * OWNED_READ, 9);
    // The old extrapolation (100 items × 2,880 polls × $0.001) said $288 a day; this is 2.4 cents.
    expect(steady.usdPerDay).toBeLessThan(0.03);
  });

  it('does not blow up a burst: one post a minute ago counts over an hour at least', () => {
    expect(postsPerDay({ posts: 1, oldestAt: NOW - 60_000, mayBeTruncated: true }, NOW)).toBe(24);
  });

  it('spreads an answer that held everything over the whole week, and says "not read yet" as null', () => {
    expect(postsPerDay({ posts: 14, oldestAt: NOW - 2 * DAY_MS, mayBeTruncated: false }, NOW)).toBe(2);
    expect(postsPerDay({ posts: 0, oldestAt: null, mayBeTruncated: false }, NOW)).toBe(0);
    expect(postsPerDay(null, NOW)).toBeNull();
  });

  it('caps what is read by what the refresh plan can read', () => {
    const capped = estimateRequest({ intervalMs: DAY_MS, postsPerDay: 1000, postsPerPoll: 250, priceUsd: 0.005 });
    expect(capped).toEqual({ requestsPerDay: 1, postsReadPerDay: 250, usdPerDay: 1.25 });
  });
});

describe('arrivalSample and shared requests (a real SQLite file)', () => {
  it('counts a request shared by two columns once, and its first fill of 100 posts steadily', () => {
    const { db, account, mentions, all, specs, cache } = desk();
    expect(specs).toHaveLength(1);
    const [spec] = specs;
    expect(spec!.columnIds).toEqual([mentions.id, all.id]);

    // The first answer: 100 mentions, one every 2 h, fed to both columns.
    cache.ingest(account.id, posts(100, 2 * HOUR), spec!.columnIds);
    const sample = arrivalSample(db, spec!, NOW, 50);
    expect(sample).toMatchObject({ posts: 84, mayBeTruncated: true });
    const perDay = postsPerDay(sample, NOW)!;
    expect(perDay).toBeGreaterThan(11.5);
    expect(perDay).toBeLessThan(12.5);

    const cost = estimateRequest({ intervalMs: 30_000, postsPerDay: perDay, postsPerPoll: 250, priceUsd: OWNED_READ });
    // Both columns show this request; the total counts it once.
    const total = totalOnce([
      { key: spec!.key, usdPerDay: cost.usdPerDay },
      { key: spec!.key, usdPerDay: cost.usdPerDay },
    ]);
    expect(total).toBeCloseTo(cost.usdPerDay, 12);
    db.close();
  });
});
