// The POST /2/tweets body as X's OpenAPI schema (TweetCreateRequest) defines it: every property X
// accepts, nothing else (additionalProperties: false). X validates bodies with a JSON-schema
// validator and reports failures in its words — "$.text: integer found, string expected",
// "$.reply.in_reply_to_tweet_id: is missing but it is required", "$.media.media_ids: there must be
// a minimum of 1 item in the array" — keyed by JSON path, so the 400 here speaks the same way.
import { z } from 'zod';
import { invalidRequest } from '../http/problems';
import type { ParameterProblem } from '../render';

const SNOWFLAKE = /^[0-9]{1,19}$/;
const snowflake = z.string().regex(SNOWFLAKE);
const replySettings = z.enum(['following', 'mentionedUsers', 'subscribers', 'verified']);

export const postInputSchema = z.strictObject({
  text: z.string().optional(),
  card_uri: z.string().optional(),
  community_id: snowflake.optional(),
  direct_message_deep_link: z.string().optional(),
  edit_options: z.strictObject({ previous_post_id: snowflake }).optional(),
  for_super_followers_only: z.boolean().optional(),
  geo: z.strictObject({ place_id: z.string().optional() }).optional(),
  made_with_ai: z.boolean().optional(),
  media: z
    .strictObject({
      media_ids: z.array(snowflake).min(1).max(4),
      tagged_user_ids: z.array(snowflake).max(10).optional(),
    })
    .optional(),
  nullcast: z.boolean().optional(),
  paid_partnership: z.boolean().optional(),
  poll: z
    .strictObject({
      duration_minutes: z.int().min(5).max(10080),
      options: z.array(z.string().min(1).max(25)).min(2).max(4),
      reply_settings: replySettings.optional(),
    })
    .optional(),
  quote_tweet_id: snowflake.optional(),
  reply: z
    .strictObject({
      in_reply_to_tweet_id: snowflake,
      auto_populate_reply_metadata: z.boolean().optional(),
      exclude_reply_user_ids: z.array(snowflake).optional(),
    })
    .optional(),
  reply_settings: replySettings.optional(),
  share_with_followers: z.boolean().optional(),
});

export type PostInput = z.output<typeof postInputSchema>;

/** The body as a PostInput, or X's 400 listing every schema violation. An empty body is `{}`. */
export function parsePostInput(body: unknown): PostInput {
  const input = body ?? {};
  const result = postInputSchema.safeParse(input);
  if (result.success) return result.data;
  throw invalidRequest(result.error.issues.flatMap((issue) => toProblems(issue, input)));
}

type Path = readonly PropertyKey[];

function toProblems(issue: z.core.$ZodIssue, input: unknown): ParameterProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const path = [...issue.path, key];
      return problem(path, valueAt(input, path), 'is not defined in the schema and the schema does not allow additional properties');
    });
  }
  const value = valueAt(input, issue.path);
  if (value === undefined) {
    // A missing required property is reported against the object that lacks it.
    const parentPath = issue.path.slice(0, -1);
    return [{ parameters: { [jsonPath(parentPath)]: [json(valueAt(input, parentPath))] }, message: `${jsonPath(issue.path)}: is missing but it is required` }];
  }
  return [problem(issue.path, value, describe(issue, value))];
}

function describe(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `${jsonType(value)} found, ${issue.expected === 'int' ? 'integer' : issue.expected} expected`;
    case 'too_small':
      return bound(issue.origin, 'minimum', Number(issue.minimum));
    case 'too_big':
      return bound(issue.origin, 'maximum', Number(issue.maximum));
    case 'invalid_format':
      return `does not match the regex pattern ${SNOWFLAKE.source}`;
    case 'invalid_value':
      return `does not have a value in the enumeration [${issue.values.map(String).join(', ')}]`;
    default:
      return issue.message;
  }
}

function bound(origin: string, side: 'minimum' | 'maximum', limit: number): string {
  if (origin === 'array') return `there must be a ${side} of ${limit} ${limit === 1 ? 'item' : 'items'} in the array`;
  if (origin === 'string') return side === 'minimum' ? `must be at least ${limit} characters long` : `may only be ${limit} characters long`;
  return `must have a ${side} value of ${limit}`;
}

function problem(path: Path, value: unknown, text: string): ParameterProblem {
  const name = jsonPath(path);
  return { parameters: { [name]: [json(value)] }, message: `${name}: ${text}` };
}

/** $.poll.options[0], as X's validator writes paths. */
function jsonPath(path: Path): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function json(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').slice(0, 200);
}

function valueAt(input: unknown, path: Path): unknown {
  let current = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
