// Which fields and expansions a request asked for. X validates every value against a fixed list and
// answers 400 for an unknown one; a value it knows but we have no data for (geo, context_annotations,
// …) is accepted and simply absent from the objects, which is also what X does for a post without it.
// The accepted lists are X's current ones, so a request real X accepts never fails here.
import { invalidRequestBody, notOneOfProblem, type InvalidRequestBody, type ParameterProblem } from './problems';

export const TWEET_FIELDS = [
  'article', 'attachments', 'author_id', 'card_uri', 'community_id', 'context_annotations',
  'conversation_id', 'created_at', 'display_text_range', 'edit_controls', 'edit_history_tweet_ids',
  'entities', 'geo', 'id', 'in_reply_to_user_id', 'lang', 'matched_media_notes', 'media_metadata',
  'non_public_metrics', 'note_request_suggestions', 'note_tweet', 'organic_metrics', 'paid_partnership',
  'possibly_sensitive', 'promoted_metrics', 'public_metrics', 'referenced_tweets', 'reply_settings',
  'scopes', 'source', 'suggested_source_links', 'suggested_source_links_with_counts', 'text', 'withheld',
] as const;

export const USER_FIELDS = [
  'affiliation', 'confirmed_email', 'connection_status', 'created_at', 'description', 'entities', 'id',
  'is_identity_verified', 'location', 'most_recent_tweet_id', 'name', 'parody', 'pinned_tweet_id',
  'profile_banner_url', 'profile_image_url', 'protected', 'public_metrics', 'receives_your_dm',
  'subscription', 'subscription_type', 'url', 'username', 'verified', 'verified_followers_count',
  'verified_type', 'withheld',
] as const;

export const MEDIA_FIELDS = [
  'alt_text', 'duration_ms', 'height', 'media_key', 'non_public_metrics', 'organic_metrics',
  'preview_image_url', 'promoted_metrics', 'public_metrics', 'type', 'url', 'variants', 'width',
] as const;

export const POLL_FIELDS = ['duration_minutes', 'end_datetime', 'id', 'options', 'voting_status'] as const;

/** Accepted because clients send them; the sandbox has no places, so nothing is ever rendered. */
export const PLACE_FIELDS = [
  'contained_within', 'country', 'country_code', 'full_name', 'geo', 'id', 'name', 'place_type',
] as const;

export const TWEET_EXPANSIONS = [
  'article.cover_media', 'article.media_entities', 'attachments.media_keys', 'attachments.media_source_tweet',
  'attachments.poll_ids', 'author_id', 'edit_history_tweet_ids', 'entities.mentions.username',
  'entities.note.mentions.username', 'geo.place_id', 'in_reply_to_user_id', 'referenced_tweets.id',
  'referenced_tweets.id.attachments.media_keys', 'referenced_tweets.id.author_id',
] as const;

export const USER_EXPANSIONS = ['affiliation.user_id', 'most_recent_tweet_id', 'pinned_tweet_id'] as const;

export type TweetField = (typeof TWEET_FIELDS)[number];
export type UserField = (typeof USER_FIELDS)[number];
export type MediaField = (typeof MEDIA_FIELDS)[number];
export type PollField = (typeof POLL_FIELDS)[number];
export type PlaceField = (typeof PLACE_FIELDS)[number];
export type TweetExpansion = (typeof TWEET_EXPANSIONS)[number];
export type UserExpansion = (typeof USER_EXPANSIONS)[number];
export type Expansion = TweetExpansion | UserExpansion;

export interface FieldSelection {
  readonly tweetFields: ReadonlySet<TweetField>;
  readonly userFields: ReadonlySet<UserField>;
  readonly mediaFields: ReadonlySet<MediaField>;
  readonly pollFields: ReadonlySet<PollField>;
  readonly placeFields: ReadonlySet<PlaceField>;
  readonly expansions: ReadonlySet<Expansion>;
}

/** Endpoints returning posts take post expansions; endpoints returning users take user expansions. */
export type PrimaryResource = 'posts' | 'users';

export type FieldSelectionResult =
  | { ok: true; value: FieldSelection }
  | { ok: false; error: InvalidRequestBody };

/** Query values as an HTTP framework hands them over: a repeated parameter arrives as an array. */
export type QueryValues = Readonly<Record<string, unknown>>;

/** Nothing requested: every object renders with X's default fields only. */
export function defaultSelection(): FieldSelection {
  return {
    tweetFields: new Set(),
    userFields: new Set(),
    mediaFields: new Set(),
    pollFields: new Set(),
    placeFields: new Set(),
    expansions: new Set(),
  };
}

export function parseFieldSelection(query: QueryValues, resource: PrimaryResource): FieldSelectionResult {
  const problems: ParameterProblem[] = [];
  const pick = <T extends string>(param: string, allowed: readonly T[], into: Set<T>): void => {
    const known: ReadonlySet<string> = new Set(allowed);
    for (const value of listValues(query[param])) {
      if (known.has(value)) into.add(value as T);
      else problems.push(notOneOfProblem(param, value, allowed));
    }
  };

  const tweetFields = new Set<TweetField>();
  const userFields = new Set<UserField>();
  const mediaFields = new Set<MediaField>();
  const pollFields = new Set<PollField>();
  const placeFields = new Set<PlaceField>();
  const expansions = new Set<Expansion>();
  pick('tweet.fields', TWEET_FIELDS, tweetFields);
  // X's newest OpenAPI spec renames tweet.fields to post.fields; twitter-api-v2 still sends the old name.
  pick('post.fields', TWEET_FIELDS, tweetFields);
  pick('user.fields', USER_FIELDS, userFields);
  pick('media.fields', MEDIA_FIELDS, mediaFields);
  pick('poll.fields', POLL_FIELDS, pollFields);
  pick('place.fields', PLACE_FIELDS, placeFields);
  pick<Expansion>('expansions', resource === 'posts' ? TWEET_EXPANSIONS : USER_EXPANSIONS, expansions);

  if (problems.length > 0) return { ok: false, error: invalidRequestBody(problems) };
  return { ok: true, value: { tweetFields, userFields, mediaFields, pollFields, placeFields, expansions } };
}

/** "a,b" and ["a,b", "c"] both give a, b, c; empty segments (a trailing comma) are ignored. */
function listValues(raw: unknown): string[] {
  const parts = Array.isArray(raw) ? raw : [raw];
  return parts
    .filter((part): part is string => typeof part === 'string')
    .flatMap((part) => part.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/**
 * Post fields an expansion needs on the objects it reads: with `expansions=author_id` alone X still
 * sends author_id (its docs' own example does), and without it twitter-api-v2's
 * includes.author(tweet) could never match. Applied to every post in the response, data and includes
 * alike, since X renders a post object the same wherever it appears.
 */
export function effectiveTweetFields(selection: FieldSelection): ReadonlySet<TweetField> {
  const fields = new Set(selection.tweetFields);
  const ex = selection.expansions;
  if (ex.has('author_id') || ex.has('referenced_tweets.id.author_id')) fields.add('author_id');
  if (ex.has('referenced_tweets.id') || ex.has('referenced_tweets.id.author_id') || ex.has('referenced_tweets.id.attachments.media_keys')) {
    fields.add('referenced_tweets');
  }
  if (ex.has('in_reply_to_user_id')) fields.add('in_reply_to_user_id');
  if (ex.has('attachments.media_keys') || ex.has('attachments.poll_ids') || ex.has('referenced_tweets.id.attachments.media_keys')) {
    fields.add('attachments');
  }
  if (ex.has('entities.mentions.username')) fields.add('entities');
  return fields;
}

/** Same idea for users: `expansions=pinned_tweet_id` implies the pinned_tweet_id field. */
export function effectiveUserFields(selection: FieldSelection): ReadonlySet<UserField> {
  const fields = new Set(selection.userFields);
  if (selection.expansions.has('pinned_tweet_id')) fields.add('pinned_tweet_id');
  return fields;
}
