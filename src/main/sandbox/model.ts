// The sandbox's own records: what it stores about users, posts and media. These are not X's wire
// shapes; render/ turns them into X API v2 JSON (data / includes / meta) on the way out.

/** X ids are 64-bit snowflakes sent as decimal strings. Ours are always 19 digits, so string order is time order. */
export type Snowflake = string;

export type SandboxUserKind = 'corporate' | 'personal' | 'community';

export interface SandboxUser {
  id: Snowflake;
  username: string;
  name: string;
  description: string;
  location: string | null;
  url: string | null;
  profileImageUrl: string;
  verified: boolean;
  protected: boolean;
  kind: SandboxUserKind;
  /** UTC ISO 8601 with milliseconds, as X sends: 2026-11-25T09:00:00.000Z */
  createdAt: string;
}

export interface SandboxPoll {
  id: Snowflake;
  options: { position: number; label: string; votes: number }[];
  durationMinutes: number;
  endDatetime: string;
  votingStatus: 'open' | 'closed';
}

export interface SandboxPost {
  id: Snowflake;
  authorId: Snowflake;
  text: string;
  createdAt: string;
  conversationId: Snowflake;
  inReplyToPostId: Snowflake | null;
  inReplyToUserId: Snowflake | null;
  quotedPostId: Snowflake | null;
  /** Set when this post is a repost ("retweet") of another; its text is "RT @user: …" as X renders it. */
  repostOfId: Snowflake | null;
  mediaKeys: string[];
  poll: SandboxPoll | null;
  /** Hidden by the conversation root's author (PUT /2/tweets/:id/hidden). */
  hidden: boolean;
  lang: string;
  /** Who made it: a client over the API, or the simulation. */
  source: 'api' | 'simulation' | 'seed';
}

export type MediaType = 'photo' | 'animated_gif' | 'video';

export interface SandboxMedia {
  /** Numeric id string used by upload endpoints and media_ids. */
  id: Snowflake;
  /** "3_<id>" for photos, "16_<id>" for GIFs, "7_<id>" for video, as X does. */
  mediaKey: string;
  ownerId: Snowflake;
  type: MediaType;
  mimeType: string;
  totalBytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  altText: string | null;
  state: 'initialized' | 'pending' | 'in_progress' | 'succeeded' | 'failed';
  createdAt: string;
  expiresAt: string;
}

/** Public metrics are derived at read time from likes, reposts, replies and quotes. */
export interface PublicMetrics {
  retweet_count: number;
  reply_count: number;
  like_count: number;
  quote_count: number;
  bookmark_count: number;
  impression_count: number;
}
