// Read-only views of the world for the admin interface: every post in creation order, and the
// counters a test or trainer checks after an exercise.
import type { SandboxContext } from '../context';
import type { Snowflake } from '../model';

export interface AdminPost {
  id: Snowflake;
  text: string;
  author_username: string;
  created_at: string;
  in_reply_to_tweet_id: Snowflake | null;
}

export function listPosts(ctx: SandboxContext, authorId?: Snowflake): AdminPost[] {
  const usernames = new Map<Snowflake, string>();
  const usernameOf = (id: Snowflake): string => {
    let name = usernames.get(id);
    if (name === undefined) {
      name = ctx.world.users.get(id)?.username ?? '';
      usernames.set(id, name);
    }
    return name;
  };
  return ctx.world.posts.allInOrder(authorId).map((post) => ({
    id: post.id,
    text: post.text,
    author_username: usernameOf(post.authorId),
    created_at: post.createdAt,
    in_reply_to_tweet_id: post.inReplyToPostId,
  }));
}

export interface AdminStats {
  plan: string;
  /** Live (not deleted) posts, reposts included, for every user who has any. */
  postsPerUser: Record<string, number>;
  /** "METHOD /route" → requests answered since start or the last reset. */
  requestsPerEndpoint: Record<string, number>;
  creditBalanceMicros: number;
  usage: { item: string; units: number; costMicros: number }[];
  clockOffsetMs: number;
  now: string;
}

export function collectStats(ctx: SandboxContext): AdminStats {
  const rows = ctx.world.db
    .prepare<[], { username: string; posts: number }>(
      `SELECT u.username AS username, count(*) AS posts FROM posts p JOIN users u ON u.id = p.author_id
       WHERE p.deleted_at IS NULL GROUP BY u.username ORDER BY u.username`,
    )
    .all();
  return {
    plan: ctx.rules.plan,
    postsPerUser: Object.fromEntries(rows.map((row) => [row.username, row.posts])),
    requestsPerEndpoint: ctx.counters.snapshot(),
    creditBalanceMicros: ctx.world.usage.balanceMicros(),
    usage: ctx.world.usage.totals(),
    clockOffsetMs: ctx.world.clock.offsetMs(),
    now: ctx.world.nowIso(),
  };
}
