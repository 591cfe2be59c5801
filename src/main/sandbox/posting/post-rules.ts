// What X refuses about a new post once its body is well-formed: attachments that exclude each
// other, no text, too many weighted characters, media the caller cannot attach, a reply or quote
// target that is gone, and (pay-per-use, 2026) replies nobody summoned. Each throws X's answer.
import twitterText from 'twitter-text';
import { X_MAX_WEIGHTED_LENGTH } from '../../../shared/x-text';
import { forbidden, invalidParameter, invalidRequest } from '../http/problems';
import type { SandboxPost, SandboxUser } from '../model';
import type { StoredMedia } from '../store/media';
import { normaliseId } from '../store/ids';
import type { SandboxWorld } from '../world';
import type { PostInput } from './post-input';

export const MAX_WEIGHTED_LENGTH = X_MAX_WEIGHTED_LENGTH;

/**
 * X's too-long answer is a 400 invalid-request whose error message is this sentence (seen by
 * tweepy and twitter-api-v2 users as `errors[0].message`); the `parameters` key is our guess.
 */
export const TOO_LONG_MESSAGE =
  'Your Tweet text is too long. For more information on how Twitter determines text length see https://github.com/twitter/twitter-text.';

/** twitter-api-v2 users see this when replying to a deleted post (X's 403, formerly code 385). */
export const REPLY_TARGET_GONE_DETAIL = 'You attempted to reply to a Tweet that is deleted or not visible to you.';

export const MEDIA_INVALID_MESSAGE = 'Your media IDs are invalid.';

/** X's schema marks media, poll, quote_tweet_id and card_uri as mutually exclusive. */
const EXCLUSIVE = ['media', 'poll', 'quote_tweet_id', 'card_uri'] as const;

/** The checks that need nothing but the body. */
export function checkShape(input: PostInput): void {
  const present = EXCLUSIVE.filter((key) => input[key] !== undefined);
  if (present.length > 1) {
    throw invalidRequest([
      {
        parameters: Object.fromEntries(present.map((key) => [key, [JSON.stringify(input[key])]])),
        message: `$: only one of [${EXCLUSIVE.join(', ')}] may be present; got ${present.join(', ')}`,
      },
    ]);
  }
  const text = input.text ?? '';
  if (text.trim() === '' && input.media === undefined) {
    throw invalidRequest([{ parameters: { text: [text] }, message: '$.text: is missing but it is required' }]);
  }
  // URLs weigh 23 whatever their length, emoji and CJK weigh 2: twitter-text's v3 config, X's own.
  if (twitterText.parseTweet(text).weightedLength > MAX_WEIGHTED_LENGTH) {
    throw invalidRequest([{ parameters: { text: [text] }, message: TOO_LONG_MESSAGE }]);
  }
}

/**
 * Media the caller uploaded, finished processing and whose upload has not expired. X also refuses
 * to mix a video or GIF with anything else. Any failure is one 400 naming every id sent.
 */
export function attachableMedia(world: SandboxWorld, author: SandboxUser, mediaIds: readonly string[]): StoredMedia[] {
  const nowMs = world.clock.nowMs();
  const found = mediaIds.map((id) => world.media.byId(normaliseId(id) ?? id));
  const usable = found.filter(
    (media): media is StoredMedia =>
      media !== undefined && media.ownerId === author.id && media.state === 'succeeded' && Date.parse(media.expiresAt) > nowMs,
  );
  const mixed = usable.length > 1 && usable.some((media) => media.type !== 'photo');
  if (usable.length !== mediaIds.length || mixed) {
    throw invalidRequest([{ parameters: { 'media.media_ids': [...mediaIds] }, message: MEDIA_INVALID_MESSAGE }]);
  }
  return usable;
}

export function replyTarget(world: SandboxWorld, id: string): SandboxPost {
  const parent = world.posts.get(normaliseId(id) ?? id);
  if (!parent) throw forbidden(REPLY_TARGET_GONE_DETAIL);
  return parent;
}

/** Unverified against X: a quote of a missing post is answered as an invalid quote_tweet_id. */
export function quoteTarget(world: SandboxWorld, id: string): SandboxPost {
  const quoted = world.posts.get(normaliseId(id) ?? id);
  if (!quoted) throw invalidParameter('quote_tweet_id', id, `Could not find tweet with quote_tweet_id: [${id}].`);
  return quoted;
}

/**
 * X's 2026 rule for self-serve replies: allowed when the replied-to post's author summoned the
 * caller — mentioned them in that post or quoted one of their posts — or the caller is already in
 * the conversation (their own post, or an earlier post of theirs in the thread).
 */
export function isSummoned(world: SandboxWorld, caller: SandboxUser, parent: SandboxPost): boolean {
  if (parent.authorId === caller.id) return true;
  if (world.posts.mentions(parent.id, caller.id)) return true;
  if (parent.quotedPostId !== null && world.posts.get(parent.quotedPostId)?.authorId === caller.id) return true;
  return world.posts.hasPostedIn(parent.conversationId, caller.id);
}
