// X API v2 JSON as it goes over the wire. Optional keys are absent, never null: X omits what a
// request did not ask for or what an object does not have.
import type { PublicMetrics, Snowflake } from '../model';
import type { PartialError } from './problems';

/** Entity offsets are code points (an emoji counts 1), end exclusive, as X sends them. */
export interface XSpan {
  start: number;
  end: number;
}

export interface XMentionEntity extends XSpan {
  username: string;
  id: Snowflake;
}

export interface XTagEntity extends XSpan {
  tag: string;
}

export interface XUrlEntity extends XSpan {
  url: string;
  expanded_url: string;
  display_url: string;
}

export interface XPostEntities {
  hashtags?: XTagEntity[];
  cashtags?: XTagEntity[];
  mentions?: XMentionEntity[];
  urls?: XUrlEntity[];
}

export interface XReferencedPost {
  type: 'replied_to' | 'quoted' | 'retweeted';
  id: Snowflake;
}

export interface XEditControls {
  edits_remaining: number;
  is_edit_eligible: boolean;
  editable_until: string;
}

export interface XPost {
  id: Snowflake;
  text: string;
  edit_history_tweet_ids: Snowflake[];
  author_id?: Snowflake;
  created_at?: string;
  conversation_id?: Snowflake;
  in_reply_to_user_id?: Snowflake;
  referenced_tweets?: XReferencedPost[];
  attachments?: { media_keys?: string[]; poll_ids?: Snowflake[] };
  entities?: XPostEntities;
  public_metrics?: PublicMetrics;
  lang?: string;
  reply_settings?: 'everyone' | 'mentionedUsers' | 'following';
  source?: string;
  possibly_sensitive?: boolean;
  edit_controls?: XEditControls;
}

export interface UserPublicMetrics {
  followers_count: number;
  following_count: number;
  tweet_count: number;
  listed_count: number;
  like_count?: number;
  media_count?: number;
}

/** User-bio mentions carry no id: X does not resolve them. */
export interface XUserEntities {
  url?: { urls: XUrlEntity[] };
  description?: {
    hashtags?: XTagEntity[];
    cashtags?: XTagEntity[];
    mentions?: (XSpan & { username: string })[];
    urls?: XUrlEntity[];
  };
}

export interface XUser {
  id: Snowflake;
  name: string;
  username: string;
  created_at?: string;
  description?: string;
  location?: string;
  url?: string;
  profile_image_url?: string;
  protected?: boolean;
  verified?: boolean;
  verified_type?: 'none' | 'blue' | 'business' | 'government';
  public_metrics?: UserPublicMetrics;
  entities?: XUserEntities;
  pinned_tweet_id?: Snowflake;
}

export interface XMedia {
  media_key: string;
  type: 'photo' | 'animated_gif' | 'video';
  url?: string;
  preview_image_url?: string;
  width?: number;
  height?: number;
  alt_text?: string;
  duration_ms?: number;
  public_metrics?: { view_count: number };
}

export interface XPoll {
  id: Snowflake;
  options: { position: number; label: string; votes: number }[];
  duration_minutes?: number;
  end_datetime?: string;
  voting_status?: 'open' | 'closed';
}

export interface XIncludes {
  users?: XUser[];
  tweets?: XPost[];
  media?: XMedia[];
  polls?: XPoll[];
}

export interface XPostListMeta {
  result_count: number;
  newest_id?: Snowflake;
  oldest_id?: Snowflake;
  next_token?: string;
  previous_token?: string;
}

export interface XUserListMeta {
  result_count: number;
  next_token?: string;
  previous_token?: string;
}

/** `data` is absent, not [], when nothing is left to send: X never sends an empty data array. */
export interface XListResponse<T> {
  data?: T[];
  includes?: XIncludes;
  errors?: PartialError[];
}

export interface XSingleResponse<T> {
  data: T;
  includes?: XIncludes;
  errors?: PartialError[];
}

export interface XPage<T, M> extends XListResponse<T> {
  meta: M;
}
