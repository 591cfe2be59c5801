// GET /2/tweets/search/recent's parameters beyond paging: the query itself (X's 400 wording from
// search/parse.ts), sort_order, and recent search's time rules — a 7-day window, times at least
// 10 seconds in the past, and a since_id no older than the window.
import type { ParameterProblem, QueryValues } from '../render';
import { notOneOfProblem } from '../render';
import { parseQuery, type QueryNode } from '../search/parse';
import { excludesRepostsByDefault } from '../search/query';
import { snowflakeAt } from '../store/ids';
import { minuteOf, problem, queryValue, readPageParams, type PageParams } from './page-params';
import { searchScope } from './search-scan';

export const RECENT_WINDOW_MS = 7 * 24 * 3600 * 1000;
/** X: "'end_time' must be a minimum of 10 seconds prior to the request time" (start_time too). */
const MIN_AGE_MS = 10_000;
const SORT_ORDERS = ['recency', 'relevancy'] as const;

export interface SearchParams {
  query: QueryNode;
  queryText: string;
  dropReposts: boolean;
  page: PageParams;
  windowStart: string;
}

/** Reads every parameter, collecting each bad one into `problems` (null when the query is unusable). */
export function readSearchParams(query: QueryValues, nowMs: number, problems: ParameterProblem[]): SearchParams | null {
  const queryText = queryValue(query, 'query');
  let node: QueryNode | null = null;
  if (queryText === undefined) {
    problems.push({ parameters: { query: [] }, message: 'The `query` query parameter can not be empty' });
  } else {
    const parsed = parseQuery(queryText);
    if (parsed.ok) node = parsed.query;
    else problems.push(problem('query', queryText, parsed.message));
  }

  const sortOrder = queryValue(query, 'sort_order');
  if (sortOrder !== undefined && !(SORT_ORDERS as readonly string[]).includes(sortOrder)) {
    problems.push(notOneOfProblem('sort_order', sortOrder, SORT_ORDERS));
  }

  // X's own minute-rounded floor, as its message quotes it.
  const windowStartMs = Math.floor((nowMs - RECENT_WINDOW_MS) / 60_000) * 60_000;
  const page = readPageParams(
    query,
    { min: 10, max: 100, fallback: 10, earliestStartMs: windowStartMs },
    ['next_token', 'pagination_token'],
    searchScope(queryText ?? ''),
    problems,
  );
  for (const name of ['start_time', 'end_time'] as const) {
    const value = name === 'start_time' ? page.startTime : page.endTime;
    if (value !== undefined && Date.parse(value) > nowMs - MIN_AGE_MS) {
      const raw = queryValue(query, name) ?? value;
      problems.push(problem(name, raw, `Invalid '${name}':'${raw}'. '${name}' must be a minimum of 10 seconds prior to the request time.`));
    }
  }
  const oldestId = snowflakeAt(windowStartMs, 0);
  if (page.sinceId !== undefined && page.sinceId < oldestId) {
    problems.push(
      problem(
        'since_id',
        queryValue(query, 'since_id') ?? page.sinceId,
        `'since_id' must be a tweet id created after ${minuteOf(windowStartMs)}. Please use a 'since_id' that is larger than ${oldestId}`,
      ),
    );
  }
  if (!node || queryText === undefined) return null;
  return { query: node, queryText, dropReposts: excludesRepostsByDefault(node), page, windowStart: new Date(windowStartMs).toISOString() };
}
