// What a request's cost estimate stands on: the posts its columns hold (the cache keeps every post
// a poll brought, with X's created_at leading the sort key), and what it reads, in words.
import type { Database } from 'better-sqlite3';
import type { AccountSummary } from '../../../shared/accounts';
import { ARRIVAL_WINDOW_MS, type ArrivalSample } from '../spend/estimate';
import type { RequestSpec } from './requests';

/**
 * The posts from the last seven days that the request's columns hold for its account, counted
 * once across columns. `pageSize`: a first answer this full may have stopped at a page.
 */
export function arrivalSample(db: Database, spec: RequestSpec, now: number, pageSize: number): ArrivalSample {
  const since = new Date(now - ARRIVAL_WINDOW_MS).toISOString();
  const columns = spec.columnIds.map(() => '?').join(', ');
  const row = db
    .prepare<unknown[], { posts: number; oldest: string | null }>(
      `SELECT count(DISTINCT item_id) AS posts, min(sort_key) AS oldest FROM column_items
       WHERE column_id IN (${columns}) AND account_id = ? AND sort_key >= ?`,
    )
    .get(...spec.columnIds, spec.accountId, since);
  const posts = row?.posts ?? 0;
  const oldest = row?.oldest ? Date.parse(row.oldest.split('|')[0] ?? '') : NaN;
  return { posts, oldestAt: Number.isNaN(oldest) ? null : oldest, mayBeTruncated: posts >= pageSize };
}

/** "@HorizonsNHS mentions", "search “#nhs” as @HorizonsNHS". */
export function requestLabel(spec: RequestSpec, accounts: readonly AccountSummary[]): string {
  const handle = `@${accounts.find((account) => account.id === spec.accountId)?.handle ?? spec.accountId}`;
  const { request } = spec;
  switch (request.kind) {
    case 'mentions':
      return `${handle} mentions`;
    case 'home':
      return `${handle} home timeline`;
    case 'activity':
      return `reposts of ${handle}’s posts`;
    case 'user':
      return `posts of user ${request.userId}, read as ${handle}`;
    case 'search':
      return `search “${request.query}” as ${handle}`;
  }
}
