// Which X endpoint serves each kind of timeline, and the query for one page of it: X's own bounds
// on max_results, its two names for the page cursor (pagination_token on timelines, next_token on
// search), and which endpoints take since_id/until_id at all (reposts_of_me does not: the
// provider keeps to the newer items itself, see withinBounds).
import type { PageRequest, TimelinePage, TimelineRequest } from '../provider';
import { TIMELINE_FIELDS } from './timeline-mapping';

export interface TimelineCall {
  /** Library path relative to /2/, placeholders filled from `params`. */
  path: string;
  params: Record<string, string>;
  query: Record<string, string | number>;
  /** "GET /2/…" */
  endpoint: string;
}

const DEFAULT_PAGE = 50;

interface Route {
  path: string;
  min: number;
  cursorName: 'pagination_token' | 'next_token';
  /** The path names the account (`:id`); reposts_of_me is always the caller's. */
  takesId: boolean;
  /** Takes since_id and until_id. */
  takesBounds: boolean;
}

const ROUTES: Record<TimelineRequest['kind'], Route> = {
  home: { path: 'users/:id/timelines/reverse_chronological', min: 1, cursorName: 'pagination_token', takesId: true, takesBounds: true },
  mentions: { path: 'users/:id/mentions', min: 5, cursorName: 'pagination_token', takesId: true, takesBounds: true },
  // X's OpenAPI (getUsersRepostsOfMe): max_results 1–100, pagination_token, fields; nothing else.
  activity: { path: 'users/reposts_of_me', min: 1, cursorName: 'pagination_token', takesId: false, takesBounds: false },
  user: { path: 'users/:id/tweets', min: 5, cursorName: 'pagination_token', takesId: true, takesBounds: true },
  search: { path: 'tweets/search/recent', min: 10, cursorName: 'next_token', takesId: false, takesBounds: true },
};

/** `ownUserId` is the account's own id (home and mentions are always the account's own). */
export function timelineCall(request: TimelineRequest, ownUserId: string, page: PageRequest = {}): TimelineCall {
  const route = ROUTES[request.kind];
  const query: Record<string, string | number> = { ...TIMELINE_FIELDS };
  query['max_results'] = Math.min(100, Math.max(route.min, Math.round(page.maxResults ?? DEFAULT_PAGE)));
  if (route.takesBounds && page.sinceId) query['since_id'] = page.sinceId;
  if (route.takesBounds && page.untilId) query['until_id'] = page.untilId;
  if (page.cursor) query[route.cursorName] = page.cursor;
  const params: Record<string, string> = {};
  if (request.kind === 'search') query['query'] = request.query;
  else if (route.takesId) params['id'] = request.kind === 'user' ? request.userId : ownUserId;
  return { path: route.path, params, query, endpoint: `GET /2/${route.path}` };
}

const newer = (id: string, than: string): boolean => BigInt(id) > BigInt(than);

/**
 * For an endpoint without since_id/until_id, the page as if X had applied them: only items inside
 * the bounds, and no next page once the page reached the since_id boundary (older pages hold
 * nothing newer). Pages are newest first.
 */
export function withinBounds(request: TimelineRequest, page: PageRequest, answer: TimelinePage): TimelinePage {
  if (ROUTES[request.kind].takesBounds) return answer;
  const { sinceId, untilId } = page;
  const items = answer.items.filter((item) => (!sinceId || newer(item.id, sinceId)) && (!untilId || newer(untilId, item.id)));
  const reachedSince = sinceId !== undefined && answer.items.some((item) => !newer(item.id, sinceId));
  return {
    items,
    nextCursor: reachedSince ? null : answer.nextCursor,
    newestId: items[0]?.id ?? null,
    oldestId: items.at(-1)?.id ?? null,
  };
}
