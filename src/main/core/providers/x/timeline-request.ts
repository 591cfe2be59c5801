// Which X endpoint serves each kind of timeline, and the query for one page of it: X's own bounds
// on max_results, and its two names for the page cursor (pagination_token on timelines,
// next_token on search).
import type { PageRequest, TimelineRequest } from '../provider';
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
}

const ROUTES: Record<TimelineRequest['kind'], Route> = {
  home: { path: 'users/:id/timelines/reverse_chronological', min: 1, cursorName: 'pagination_token' },
  mentions: { path: 'users/:id/mentions', min: 5, cursorName: 'pagination_token' },
  user: { path: 'users/:id/tweets', min: 5, cursorName: 'pagination_token' },
  search: { path: 'tweets/search/recent', min: 10, cursorName: 'next_token' },
};

/** `ownUserId` is the account's own id (home and mentions are always the account's own). */
export function timelineCall(request: TimelineRequest, ownUserId: string, page: PageRequest = {}): TimelineCall {
  const route = ROUTES[request.kind];
  const query: Record<string, string | number> = { ...TIMELINE_FIELDS };
  query['max_results'] = Math.min(100, Math.max(route.min, Math.round(page.maxResults ?? DEFAULT_PAGE)));
  if (page.sinceId) query['since_id'] = page.sinceId;
  if (page.untilId) query['until_id'] = page.untilId;
  if (page.cursor) query[route.cursorName] = page.cursor;
  const params: Record<string, string> = {};
  if (request.kind === 'search') query['query'] = request.query;
  else params['id'] = request.kind === 'user' ? request.userId : ownUserId;
  return { path: route.path, params, query, endpoint: `GET /2/${route.path}` };
}
