// The facts about a post that search operators look at, built from the sandbox's records. Kept
// apart from SandboxPost so matching never needs the store: the route builds these, match.ts
// reads them.
import type { MediaType, SandboxPost, SandboxUser, Snowflake } from '../model';

export interface SearchablePost {
  /** What X indexes: the post's text; for a repost, "RT @author: " and the original's text. */
  text: string;
  authorId: Snowflake;
  authorUsername: string;
  authorVerified: boolean;
  conversationId: Snowflake;
  inReplyToPostId: Snowflake | null;
  inReplyToUserId: Snowflake | null;
  inReplyToUsername: string | null;
  isRepost: boolean;
  /** The reposted post's author, for retweets_of:. */
  repostOfUserId: Snowflake | null;
  repostOfUsername: string | null;
  isQuote: boolean;
  /** One entry per attached media item; empty when there is none. */
  mediaTypes: MediaType[];
  lang: string;
}

/**
 * Media keys name their type by prefix, as on X ("3_" photo, "16_" GIF, "7_" video), so no media
 * lookup is needed. An unknown prefix still counts as media, as a photo.
 */
export function mediaTypeOfKey(mediaKey: string): MediaType {
  if (mediaKey.startsWith('7_')) return 'video';
  if (mediaKey.startsWith('16_')) return 'animated_gif';
  return 'photo';
}

export function toSearchable(
  post: SandboxPost,
  userById: (id: Snowflake) => SandboxUser | undefined,
  postById: (id: Snowflake) => SandboxPost | undefined,
): SearchablePost {
  const author = userById(post.authorId);
  const original = post.repostOfId === null ? undefined : postById(post.repostOfId);
  const originalAuthor = original ? userById(original.authorId) : undefined;
  const inReplyTo = post.inReplyToUserId === null ? undefined : userById(post.inReplyToUserId);
  // The store writes reposts as "RT @user: …" already; rebuild it only for records that are not.
  const text =
    original && originalAuthor && !post.text.startsWith('RT @')
      ? `RT @${originalAuthor.username}: ${original.text}`
      : post.text;
  // A repost carries the original's media on X; the repost record itself usually has none.
  const mediaKeys = post.mediaKeys.length > 0 ? post.mediaKeys : (original?.mediaKeys ?? []);
  return {
    text,
    authorId: post.authorId,
    authorUsername: author?.username ?? '',
    authorVerified: author?.verified ?? false,
    conversationId: post.conversationId,
    inReplyToPostId: post.inReplyToPostId,
    inReplyToUserId: post.inReplyToUserId,
    inReplyToUsername: inReplyTo?.username ?? null,
    isRepost: post.repostOfId !== null,
    repostOfUserId: original?.authorId ?? null,
    repostOfUsername: originalAuthor?.username ?? null,
    // A repost of a quote is a repost, not a quote (is:quote and is:retweet never both match).
    isQuote: post.quotedPostId !== null && post.repostOfId === null,
    mediaTypes: mediaKeys.map(mediaTypeOfKey),
    lang: post.lang,
  };
}
