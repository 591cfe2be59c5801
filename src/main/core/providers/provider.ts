// The network-neutral provider (DESIGN: core/providers). Everything above it — publisher, streams,
// accounts — speaks these types and the small error set below, never twitter-api-v2's. The X
// implementation is in x/; pointing it at the sandbox is configuration (base URL + CA), never a
// branch in provider code.
import type { ItemLink } from '../../../shared/columns';

/** The errors the UI can explain. */
export type ProviderErrorCode =
  | 'rate_limited'
  | 'auth_expired'
  | 'forbidden'
  | 'not_allowed'
  | 'out_of_credits'
  | 'duplicate'
  | 'too_long'
  | 'not_found'
  | 'network'
  | 'server';

export interface ProviderErrorDetails {
  /** The endpoint template, e.g. "POST /2/tweets". */
  endpoint?: string;
  /** HTTP status, when there was an answer. */
  status?: number;
  /** rate_limited: when the window resets (ISO 8601 UTC). */
  resetAt?: string;
  /** forbidden/not_allowed: the account's X plan does not include this at all (not worth retrying). */
  planExcludes?: boolean;
}

export class ProviderError extends Error {
  constructor(
    readonly code: ProviderErrorCode,
    message: string,
    readonly details: ProviderErrorDetails = {},
  ) {
    super(message);
    this.name = 'ProviderError';
  }
}

/** OAuth 2.0 tokens of one account. Only core/vault persists them (OS keychain). */
export interface TokenSet {
  accessToken: string;
  /** With offline.access; rotated on every refresh. */
  refreshToken: string | null;
  /** ISO 8601 UTC. */
  expiresAt: string;
  scope: string[];
}

/** Where a provider gets and puts its account's tokens. save() must finish before a new token is used. */
export interface TokenStore {
  load(): Promise<TokenSet | null>;
  save(tokens: TokenSet): Promise<void>;
  /** The refresh token was refused (revoked, expired): the account needs the user to reconnect. */
  reauthNeeded(reason: string): Promise<void>;
}

export interface Identity {
  userId: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
}

export interface MediaUpload {
  data: Uint8Array;
  /** image/jpeg, image/png, image/webp, image/gif, video/mp4 */
  mimeType: string;
  altText?: string;
}

export interface PostDraft {
  text: string;
  replyToId?: string;
  quoteOfId?: string;
  media?: MediaUpload[];
}

export interface PublishedPost {
  id: string;
  text: string;
}

export interface ThreadResult {
  /** Ids of the parts that went out, in order. */
  published: PublishedPost[];
  /** Why the next part did not, if the thread stopped early. */
  error: ProviderError | null;
}

export type TimelineRequest =
  | { kind: 'home' }
  | { kind: 'mentions' }
  /** Other people's reposts of the account's own posts. */
  | { kind: 'activity' }
  | { kind: 'user'; userId: string }
  | { kind: 'search'; query: string };

export interface PageRequest {
  /** Only items newer than this id (polling). */
  sinceId?: string;
  untilId?: string;
  /** The nextCursor of a previous page (older items). */
  cursor?: string;
  /** 5–100 (search 10–100); default 50. */
  maxResults?: number;
}

export interface ItemAuthor {
  id: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
}

export interface ItemMedia {
  key: string;
  type: 'photo' | 'animated_gif' | 'video';
  url: string | null;
  previewUrl: string | null;
  altText: string | null;
  width: number | null;
  height: number | null;
}

export interface TimelineItem {
  id: string;
  text: string;
  createdAt: string;
  author: ItemAuthor;
  conversationId: string;
  inReplyToUserId: string | null;
  /** The post this one replies to, quotes or reposts. */
  replyToId: string | null;
  quotedId: string | null;
  repostOfId: string | null;
  /** The quoted or reposted post, when the page included it. */
  referenced: TimelineItem[];
  media: ItemMedia[];
  metrics: { likes: number; reposts: number; replies: number; quotes: number } | null;
  /** Links as wrapped (t.co) with where they lead. */
  links: ItemLink[];
  hidden: boolean;
}

export interface TimelinePage {
  items: TimelineItem[];
  /** For older items; null on the last page. */
  nextCursor: string | null;
  newestId: string | null;
  oldestId: string | null;
}

/** The most ids one lookupPosts request takes (X's getPostsByIds). */
export const MAX_POST_LOOKUP_IDS = 100;

/** GET /2/tweets?ids=: the posts X still has, and the ids it answered "Could not find tweet" for. */
export interface PostLookup {
  items: TimelineItem[];
  /** Gone from X (deleted by their author, or never existed): X's resource-not-found for the id. */
  notFound: string[];
}

export interface RateLimitStatus {
  /** "GET /2/users/:id/mentions" */
  endpoint: string;
  limit: number;
  remaining: number;
  /** ISO 8601 UTC. */
  resetAt: string;
}

/** One account on one network. Every method throws ProviderError only. */
export interface Provider {
  identity(): Promise<Identity>;
  /**
   * One post (text, reply, quote, media with alt text). Never re-sent by any layer: a failure is
   * reported, and the publisher decides (a duplicate 403 may mean it already went out).
   */
  publish(draft: PostDraft): Promise<PublishedPost>;
  /** Parts in order, each replying to the previous; stops at the first failure. */
  publishThread(parts: PostDraft[]): Promise<ThreadResult>;
  deletePost(postId: string): Promise<void>;
  timeline(request: TimelineRequest, page?: PageRequest): Promise<TimelinePage>;
  /** One request for 1–100 posts by id (X bills each post it returns; gone ones cost nothing). */
  lookupPosts(ids: readonly string[]): Promise<PostLookup>;
  like(postId: string): Promise<void>;
  unlike(postId: string): Promise<void>;
  repost(postId: string): Promise<void>;
  unrepost(postId: string): Promise<void>;
  hideReply(postId: string, hidden: boolean): Promise<void>;
  mute(userId: string): Promise<void>;
  unmute(userId: string): Promise<void>;
  /** X removed block from its API: always a `forbidden` error saying to block on x.com. */
  block(userId: string): Promise<void>;
  /** What the budget knows, per endpoint, from the x-rate-limit headers seen so far. */
  rateLimits(): RateLimitStatus[];
  /** Revokes the account's tokens at X (account removal). */
  revoke(): Promise<void>;
}
