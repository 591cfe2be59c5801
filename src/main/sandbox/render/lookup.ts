// What the renderer needs to read from the store. Rendering stays pure: the store implements this
// (a test implements it with maps), and nothing here knows about SQLite.
import type { PublicMetrics, SandboxMedia, SandboxPost, SandboxUser, Snowflake } from '../model';
import type { UserPublicMetrics } from './wire';

export interface MediaUrls {
  /** Photos: the image itself. */
  url?: string;
  /** Videos and GIFs: a still frame. */
  previewImageUrl?: string;
}

export interface RenderLookup {
  /** undefined for an unknown or deleted user. */
  user(id: Snowflake): SandboxUser | undefined;
  /** Case-insensitive, as X usernames are; resolves @mentions to ids. */
  userByUsername(username: string): SandboxUser | undefined;
  /** undefined for an unknown or deleted post; reported as a partial error when an expansion needs it. */
  post(id: Snowflake): SandboxPost | undefined;
  media(mediaKey: string): SandboxMedia | undefined;
  metrics(postId: Snowflake): PublicMetrics;
  userMetrics(userId: Snowflake): UserPublicMetrics;
  /** Optional: users render without pinned_tweet_id when absent or when it answers null. */
  pinnedPostId?(userId: Snowflake): Snowflake | null | undefined;
  /** Optional: where the sandbox serves media files. Default: pbs.twimg.com-shaped URLs. */
  mediaUrls?(media: SandboxMedia): MediaUrls;
}
