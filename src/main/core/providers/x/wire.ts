// The parts of X's v2 answers the provider reads, checked with zod where they enter (fields the
// provider did not ask for are dropped). An answer that does not fit is X changing shape, reported
// as a server error rather than crashing a column.
import { z } from 'zod';
import { ProviderError } from '../provider';

const metrics = z.object({
  like_count: z.number().default(0),
  retweet_count: z.number().default(0),
  reply_count: z.number().default(0),
  quote_count: z.number().default(0),
});

export const xPost = z.object({
  id: z.string(),
  text: z.string(),
  created_at: z.string(),
  author_id: z.string(),
  conversation_id: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  referenced_tweets: z.array(z.object({ type: z.enum(['replied_to', 'quoted', 'retweeted']), id: z.string() })).optional(),
  attachments: z.object({ media_keys: z.array(z.string()).optional() }).optional(),
  public_metrics: metrics.optional(),
  /** Only its links are read: X wraps every link in t.co and says here where it leads. */
  entities: z
    .object({ urls: z.array(z.object({ url: z.string(), expanded_url: z.string().optional(), display_url: z.string().optional() })).optional() })
    .optional(),
});
export type XPost = z.infer<typeof xPost>;

export const xUser = z.object({
  id: z.string(),
  name: z.string(),
  username: z.string(),
  profile_image_url: z.string().optional(),
});
export type XUser = z.infer<typeof xUser>;

export const xMedia = z.object({
  media_key: z.string(),
  type: z.enum(['photo', 'animated_gif', 'video']),
  url: z.string().optional(),
  preview_image_url: z.string().optional(),
  alt_text: z.string().optional(),
  width: z.number().optional(),
  height: z.number().optional(),
});
export type XMedia = z.infer<typeof xMedia>;

/**
 * A partial error inside a 200 (the timeline of an unknown user, a deleted post in a lookup): X's
 * Problem schema; resource-not-found names the id in `value`/`resource_id` and where it came from in `parameter`.
 */
const xPartialError = z.object({
  detail: z.string().optional(),
  title: z.string().optional(),
  type: z.string().optional(),
  value: z.string().optional(),
  resource_id: z.string().optional(),
  resource_type: z.string().optional(),
  parameter: z.string().optional(),
});
export type XPartialError = z.infer<typeof xPartialError>;

export const xTimelinePage = z.object({
  data: z.array(xPost).optional(),
  includes: z
    .object({
      users: z.array(xUser).optional(),
      tweets: z.array(xPost).optional(),
      media: z.array(xMedia).optional(),
    })
    .optional(),
  meta: z
    .object({
      result_count: z.number().optional(),
      newest_id: z.string().optional(),
      oldest_id: z.string().optional(),
      next_token: z.string().optional(),
    })
    .optional(),
  errors: z.array(xPartialError).optional(),
});
export type XTimelinePage = z.infer<typeof xTimelinePage>;

export const xMe = z.object({ data: xUser });

export const xCreatedPost = z.object({ data: z.object({ id: z.string(), text: z.string() }) });

/** Parses an answer body; a mismatch is X answering in a shape Columns cannot read. */
export function readWire<T>(schema: z.ZodType<T>, body: unknown, endpoint: string): T {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const where = parsed.error.issues[0]?.path.join('.') || 'body';
  throw new ProviderError('server', `X answered in a shape Columns cannot read (${where}). Try again later; if it persists, Columns needs an update.`, { endpoint });
}
