// GET /2/tweets/search/recent's reading: walk live posts newest first, match each against the
// parsed query, stop once the page is full plus one (so we know whether a next page exists).
// Prepared posts are kept in the world's PreparedPostCache, so text is folded and entities are
// extracted once per post, not once per request, and the scan reads only ids until a post matches.
import type { SandboxPost } from '../model';
import { matchesQuery } from '../search/match';
import type { QueryNode } from '../search/query';
import { toSearchable } from '../search/searchable';
import type { SandboxWorld } from '../world';
import type { PageParams } from './page-params';
import { encodePageToken } from './page-token';
import { requiredAuthors } from './search-prefilter';

export interface SearchPage {
  posts: SandboxPost[];
  next?: string | undefined;
}

export interface SearchScan {
  query: QueryNode;
  /** The query as sent: page tokens are bound to it. */
  queryText: string;
  /** Since 2026-05 a keyword search returns no reposts (search/query.ts excludesRepostsByDefault). */
  dropReposts: boolean;
  page: PageParams;
  /** Recent search covers 7 days: nothing created before this (ISO) is found, whatever start_time says. */
  windowStart: string;
}

export function searchScope(queryText: string): string {
  return `search ${queryText}`;
}

export function scanRecent(world: SandboxWorld, scan: SearchScan): SearchPage {
  const { page } = scan;
  const startTime = page.startTime && page.startTime > scan.windowStart ? page.startTime : scan.windowStart;
  const found: SandboxPost[] = [];
  const authorIds = requiredAuthors(scan.query, world.lookup.userByUsername) ?? undefined;
  // Ids only: a cached prepared post answers the match, so most rows are never read in full.
  const read = (id: string): SandboxPost => {
    const post = world.posts.get(id);
    // Unreachable: the id came from this connection a moment ago and nothing runs in between.
    if (!post) throw new Error(`post ${id} vanished during a search scan`);
    return post;
  };
  world.posts.scanIds(
    { sinceId: page.sinceId, untilId: page.untilId, beforeId: page.cursor?.id, startTime, endTime: page.endTime, authorIds },
    (id) => {
      const prepared = world.searchCache.get(id, () => toSearchable(read(id), world.lookup.user, world.lookup.post));
      if (scan.dropReposts && prepared.post.isRepost) return true;
      if (matchesQuery(scan.query, prepared)) found.push(read(id));
      return found.length <= page.maxResults;
    },
  );
  const posts = found.slice(0, page.maxResults);
  const last = posts.at(-1);
  const next = found.length > page.maxResults && last ? encodePageToken({ direction: 'next', id: last.id }, searchScope(scan.queryText)) : undefined;
  return { posts, next };
}
