// The timelines — a user's posts, a user's mentions, a user's home, the reposts of the caller's
// posts — as SQL conditions on
// posts, and reading one page of any of them, forwards (next_token) or backwards (previous_token).
import type { SandboxPost, Snowflake } from '../model';
import type { PostsRepository } from '../store/posts';
import type { PageParams } from './page-params';
import { encodePageToken } from './page-token';

export type Exclusion = 'replies' | 'retweets';
export const EXCLUSIONS: readonly Exclusion[] = ['replies', 'retweets'];

export interface TimelineSource {
  /** A parenthesised SQL condition on posts; the store adds "not deleted" and the page bounds. */
  where: string;
  params: Record<string, unknown>;
  /** X serves only a timeline's newest posts, however far a client pages. */
  cap: number;
  /** What the page tokens are bound to: a token from one timeline is refused on another. */
  scope: string;
}

export interface TimelinePage {
  posts: SandboxPost[];
  next?: string | undefined;
  previous?: string | undefined;
}

function exclusionClauses(exclude: ReadonlySet<Exclusion>): string {
  return (exclude.has('replies') ? ' AND in_reply_to_post_id IS NULL' : '') + (exclude.has('retweets') ? ' AND repost_of_id IS NULL' : '');
}

function exclusionScope(exclude: ReadonlySet<Exclusion>): string {
  return EXCLUSIONS.filter((kind) => exclude.has(kind)).join(',');
}

/** GET /2/users/:id/tweets: "the most recent 3,200"; with exclude=replies X keeps only the newest 800. */
export function userPostsSource(userId: Snowflake, exclude: ReadonlySet<Exclusion>): TimelineSource {
  return {
    where: `(author_id = @userId${exclusionClauses(exclude)})`,
    params: { userId },
    cap: exclude.has('replies') ? 800 : 3200,
    scope: `tweets ${userId} ${exclusionScope(exclude)}`,
  };
}

/** GET /2/users/:id/mentions: posts that @mention the user, not their own; "up to the most recent 800". */
export function mentionsSource(userId: Snowflake): TimelineSource {
  return {
    where: '(id IN (SELECT post_id FROM post_mentions WHERE user_id = @userId) AND author_id <> @userId)',
    params: { userId },
    cap: 800,
    scope: `mentions ${userId}`,
  };
}

/**
 * GET /2/users/reposts_of_me: other people's reposts of the caller's posts, newest first. X does
 * not document a cap; this one keeps the newest 800, as mentions does (unverified).
 */
export function repostsOfMeSource(userId: Snowflake): TimelineSource {
  return {
    where: '(repost_of_id IN (SELECT id FROM posts WHERE author_id = @userId) AND author_id <> @userId)',
    params: { userId },
    cap: 800,
    scope: `reposts_of_me ${userId}`,
  };
}

/**
 * GET /2/users/:id/timelines/reverse_chronological: the user's own posts and those of everyone
 * they follow, minus anyone they mute; "up to the last 3,200".
 */
export function homeSource(userId: Snowflake, exclude: ReadonlySet<Exclusion>): TimelineSource {
  return {
    where:
      '((author_id = @userId OR author_id IN (SELECT target_id FROM follows WHERE user_id = @userId))' +
      ` AND author_id NOT IN (SELECT target_id FROM mutes WHERE user_id = @userId)${exclusionClauses(exclude)})`,
    params: { userId },
    cap: 3200,
    scope: `home ${userId} ${exclusionScope(exclude)}`,
  };
}

export function readTimelinePage(store: PostsRepository, source: TimelineSource, page: PageParams): TimelinePage {
  const floor = store.nthNewestId(source.where, source.params, source.cap);
  const where = floor ? `(${source.where} AND id >= @capFloor)` : source.where;
  const params = floor ? { ...source.params, capFloor: floor } : source.params;
  const bounds = { untilId: page.untilId, startTime: page.startTime, endTime: page.endTime, limit: page.maxResults + 1 };
  const cursor = page.cursor;
  const token = (direction: 'next' | 'previous', post: SandboxPost | undefined): string | undefined =>
    post && encodePageToken({ direction, id: post.id }, source.scope);

  if (cursor?.direction === 'previous') {
    // Upwards from the boundary, nearest first, then newest-first like every page.
    const rows = store.page(where, params, { ...bounds, sinceId: maxId(page.sinceId, cursor.id), oldestFirst: true });
    const posts = rows.slice(0, page.maxResults).reverse();
    return { posts, next: token('next', posts.at(-1)), previous: rows.length > page.maxResults ? token('previous', posts[0]) : undefined };
  }
  const rows = store.page(where, params, { ...bounds, sinceId: page.sinceId, beforeId: cursor?.id });
  const posts = rows.slice(0, page.maxResults);
  return {
    posts,
    next: rows.length > page.maxResults ? token('next', posts.at(-1)) : undefined,
    // X gives a previous_token on every page reached through a token, none on the first.
    previous: cursor ? token('previous', posts[0]) : undefined,
  };
}

/** Our ids are always 19 digits, so string order is numeric order. */
function maxId(a: Snowflake | undefined, b: Snowflake): Snowflake {
  return a !== undefined && a > b ? a : b;
}
