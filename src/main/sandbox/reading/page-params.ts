// The paging parameters timelines and search share — max_results, since_id, until_id,
// start_time, end_time and the page token — read through zod, with X's 400 wording. Every bad
// parameter is collected, so one 400 lists them all, as X's does.
import { z } from 'zod';
import type { Snowflake } from '../model';
import type { ParameterProblem, QueryValues } from '../render';
import { decodePageToken, type PageCursor } from './page-token';

export interface PageLimits {
  min: number;
  max: number;
  fallback: number;
  /** Earliest start_time accepted, epoch ms (X: 2010-11-06 for timelines, 7 days ago for search). */
  earliestStartMs: number;
}

export interface PageParams {
  maxResults: number;
  sinceId?: Snowflake | undefined;
  untilId?: Snowflake | undefined;
  /** Canonical ISO 8601 with milliseconds, as posts' created_at is stored, so strings compare. */
  startTime?: string | undefined;
  endTime?: string | undefined;
  cursor?: PageCursor | undefined;
}

const SNOWFLAKE = /^[0-9]{1,19}$/;
/** RFC 3339 as X takes it; seconds are optional (X's own errors echo "2021-03-30T18:18Z"). */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

const rawValue = z.union([z.string(), z.array(z.string())]).optional();
const integer = z.string().regex(/^\d{1,4}$/).transform(Number);
const snowflake = z.string().regex(SNOWFLAKE).transform((id) => id.padStart(19, '0'));
const dateTime = z
  .string()
  .regex(DATE_TIME)
  .transform((value) => Date.parse(value))
  .refine((ms) => Number.isFinite(ms));

/** One query value as a string; a repeated parameter reads as its values comma-joined. */
export function queryValue(query: QueryValues, name: string): string | undefined {
  const parsed = rawValue.safeParse(query[name]);
  if (!parsed.success || parsed.data === undefined) return undefined;
  return Array.isArray(parsed.data) ? parsed.data.join(',') : parsed.data;
}

export function problem(name: string, value: string, message: string): ParameterProblem {
  return { parameters: { [name]: [value] }, message };
}

/** X's wording for times, as in "'start_time' must be on or after 2025-01-17T09:13Z". */
export function minuteOf(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}Z`;
}

/**
 * `tokenParams` are the names the page token may arrive under (search takes next_token and
 * pagination_token); the first one present is used. `scope` must match the one the token was issued for.
 */
export function readPageParams(
  query: QueryValues,
  limits: PageLimits,
  tokenParams: readonly string[],
  scope: string,
  problems: ParameterProblem[],
): PageParams {
  const params: PageParams = { maxResults: limits.fallback };

  const max = queryValue(query, 'max_results');
  if (max !== undefined) {
    const parsed = integer.safeParse(max);
    if (parsed.success && parsed.data >= limits.min && parsed.data <= limits.max) params.maxResults = parsed.data;
    else problems.push(problem('max_results', max, `The \`max_results\` query parameter value [${max}] is not between ${limits.min} and ${limits.max}`));
  }

  for (const name of ['since_id', 'until_id'] as const) {
    const value = queryValue(query, name);
    if (value === undefined) continue;
    const parsed = snowflake.safeParse(value);
    if (!parsed.success) problems.push(problem(name, value, `The \`${name}\` query parameter value [${value}] does not match ${SNOWFLAKE.source}`));
    else if (name === 'since_id') params.sinceId = parsed.data;
    else params.untilId = parsed.data;
  }

  const start = readTime(query, 'start_time', problems);
  const end = readTime(query, 'end_time', problems);
  if (start && start.ms < limits.earliestStartMs) {
    problems.push(problem('start_time', start.raw, `Invalid 'start_time':'${start.raw}'. 'start_time' must be on or after ${minuteOf(limits.earliestStartMs)}`));
  }
  // Unverified wording: X refuses a window that ends before it starts; its exact message is not documented.
  if (start && end && end.ms <= start.ms) {
    problems.push(problem('end_time', end.raw, `Invalid 'end_time':'${end.raw}'. 'end_time' must be after 'start_time':'${start.raw}'`));
  }
  params.startTime = start && new Date(start.ms).toISOString();
  params.endTime = end && new Date(end.ms).toISOString();

  const tokenName = tokenParams.find((name) => queryValue(query, name) !== undefined);
  if (tokenName) {
    const token = queryValue(query, tokenName) ?? '';
    const cursor = decodePageToken(token, scope);
    if (cursor) params.cursor = cursor;
    else problems.push(problem(tokenName, token, `The \`${tokenName}\` query parameter value [${token}] is not valid`));
  }
  return params;
}

function readTime(query: QueryValues, name: 'start_time' | 'end_time', problems: ParameterProblem[]): { raw: string; ms: number } | undefined {
  const raw = queryValue(query, name);
  if (raw === undefined) return undefined;
  const parsed = dateTime.safeParse(raw);
  if (parsed.success) return { raw, ms: parsed.data };
  // Unverified wording: X's message for an unparseable time is not documented.
  problems.push(problem(name, raw, `Invalid '${name}':'${raw}'. '${name}' must be a date-time in RFC 3339 format, e.g. 2026-11-25T09:00:00Z`));
  return undefined;
}
