// Ids, usernames and field selections of the lookup endpoints (users and posts), with X's own 400
// wording: "The `id` query parameter value [abc] does not match ^[0-9]{1,19}$" — X says "query
// parameter" for path parameters too. Ids are checked as given and answered as given.
import { z } from 'zod';
import { invalidRequest, XProblem } from '../http/problems';
import {
  parseFieldSelection,
  type FieldSelection,
  type ParameterProblem,
  type PrimaryResource,
  type QueryValues,
  type RenderLookup,
} from '../render';
import { normaliseId } from '../store/ids';

const SNOWFLAKE = /^[0-9]{1,19}$/;
const USERNAME = /^[A-Za-z0-9_]{1,15}$/;
const MAX_IDS = 100;

const snowflake = z.string().regex(SNOWFLAKE);
const username = z.string().regex(USERNAME);
/** A repeated ?ids= arrives as an array; X reads it as one comma-joined list. */
const idList = z.union([z.string(), z.array(z.string())]).optional();

function mismatch(name: string, value: string, pattern: RegExp): ParameterProblem {
  return { parameters: { [name]: [value] }, message: `The \`${name}\` query parameter value [${value}] does not match ${pattern.source}` };
}

/** A post or user id from the path (:id). */
export function parsePathId(value: string | undefined, name = 'id'): string {
  const raw = value ?? '';
  if (!snowflake.safeParse(raw).success) throw invalidRequest([mismatch(name, raw, SNOWFLAKE)]);
  return raw;
}

export function parseUsername(value: string | undefined): string {
  const raw = value ?? '';
  if (!username.safeParse(raw).success) throw invalidRequest([mismatch('username', raw, USERNAME)]);
  return raw;
}

/** ?ids=1,2,3: 1–100 ids, each a snowflake; repeats are looked up once, in first-seen order. */
export function parseIdList(query: unknown, name = 'ids'): string[] {
  const raw = idList.safeParse((query as Record<string, unknown> | undefined)?.[name]);
  const joined = raw.success ? [raw.data ?? ''].flat().join(',') : '';
  const values = joined.split(',').filter((value) => value !== '');
  if (values.length === 0) throw invalidRequest([{ parameters: { [name]: [] }, message: `The \`${name}\` query parameter can not be empty` }]);
  if (values.length > MAX_IDS) {
    throw invalidRequest([
      { parameters: { [name]: [joined] }, message: `The number of values in the \`${name}\` query parameter list [${values.length}] is not between 1 and ${MAX_IDS}` },
    ]);
  }
  const bad = values.filter((value) => !snowflake.safeParse(value).success);
  if (bad.length > 0) throw invalidRequest(bad.map((value) => mismatch(name, value, SNOWFLAKE)));
  return [...new Set(values)];
}

/** tweet.fields (alias post.fields), user.fields, media.fields, poll.fields, expansions; X's 400 for an unknown value. */
export function parseSelection(query: unknown, resource: PrimaryResource): FieldSelection {
  const parsed = parseFieldSelection((query ?? {}) as QueryValues, resource);
  if (!parsed.ok) throw new XProblem(400, { ...parsed.error });
  return parsed.value;
}

/**
 * The world's lookup, but taking ids as a client wrote them ("20" finds the padded stored id), so
 * a not-found error can quote the id exactly as it was asked for, as X does.
 */
export function lookupAsGiven(lookup: RenderLookup): RenderLookup {
  return {
    ...lookup,
    post: (id) => lookup.post(normaliseId(id) ?? id),
    user: (id) => lookup.user(normaliseId(id) ?? id),
  };
}
