// Likes, follows and reposts on behalf of the caller (:id must be the caller). Since 2026-04-20
// likes and follows are gone from self-serve access, so pay-per-use answers them 403; reposts
// stay, cost a post creation, and are real posts ("RT @author: …") that timelines and search see.
import type { FastifyInstance } from 'fastify';
import twitterText from 'twitter-text';
import { z } from 'zod';
import { newRepostRecord } from '../posting/records';
import type { SandboxContext } from '../context';
import { requireSelf } from '../http/auth';
import { forbidden, invalidParameter, XProblem } from '../http/problems';
import { parseInput, requireJsonBody } from '../http/validate';
import { registerXRoute, type XCall } from '../http/x-route';
import type { SandboxPost, SandboxUser } from '../model';
import { FEATURE_REMOVED_DETAIL } from '../plans';
import { parsePathId } from '../posting/lookup-input';
import { invalidRequestBody } from '../render/problems';
import { normaliseId } from '../store/ids';
import type { SandboxWorld } from '../world';

/** docs.x.com scopes per endpoint. */
const LIKE_SCOPES = ['tweet.read', 'users.read', 'like.write'] as const;
const FOLLOW_SCOPES = ['tweet.read', 'users.read', 'follows.write'] as const;
const REPOST_SCOPES = ['tweet.read', 'tweet.write', 'users.read'] as const;

/** X's own answer to liking a deleted or unknown post (a 400 with no `parameters`). */
export const POST_NOT_FOUND_MESSAGE = 'This tweet cannot be found.';
/** X v1.1's wording (code 158); v2's is unverified. */
export const FOLLOW_SELF_DETAIL = "You can't follow yourself.";

const snowflake = z.string().regex(/^[0-9]{1,19}$/);
const tweetBody = z.object({ tweet_id: snowflake });
export const targetUserBody = z.object({ target_user_id: snowflake });

export function registerEngagementRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { world } = ctx;

  const requireLikesAndFollows = (): void => {
    if (!ctx.rules.allowsLikesAndFollows) throw forbidden(FEATURE_REMOVED_DETAIL);
  };
  const livePost = (id: string): SandboxPost => {
    const post = world.posts.get(normaliseId(id) ?? id);
    if (!post) throw new XProblem(400, { ...invalidRequestBody([]), errors: [{ message: POST_NOT_FOUND_MESSAGE }] });
    return post;
  };

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/users/:id/likes',
    scopes: LIKE_SCOPES,
    handler(call) {
      requireLikesAndFollows();
      const post = livePost(actingSelf(call, tweetBody).tweet_id);
      world.engagement.like(call.caller.user.id, post.id, world.nowIso());
      return { data: { liked: true } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'DELETE',
    url: '/2/users/:id/likes/:tweet_id',
    scopes: LIKE_SCOPES,
    handler(call) {
      requireLikesAndFollows();
      requireSelf(call.caller, parsePathId(call.params['id']));
      // Unliking what was never liked (or no longer exists) succeeds without effect, as on X.
      world.engagement.unlike(call.caller.user.id, pathId(call, 'tweet_id'));
      return { data: { liked: false } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/users/:id/following',
    scopes: FOLLOW_SCOPES,
    handler(call) {
      requireLikesAndFollows();
      const target = targetUser(world, actingSelf(call, targetUserBody).target_user_id);
      if (target.id === call.caller.user.id) throw forbidden(FOLLOW_SELF_DETAIL);
      // A protected account must approve a follower first; the sandbox's never answer.
      if (target.protected) return { data: { following: false, pending_follow: true } };
      world.engagement.relate('follows', call.caller.user.id, target.id);
      return { data: { following: true, pending_follow: false } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'DELETE',
    url: '/2/users/:source_user_id/following/:target_user_id',
    scopes: FOLLOW_SCOPES,
    handler(call) {
      requireLikesAndFollows();
      requireSelf(call.caller, parsePathId(call.params['source_user_id'], 'source_user_id'));
      world.engagement.unrelate('follows', call.caller.user.id, pathId(call, 'target_user_id'));
      return { data: { following: false } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/users/:id/retweets',
    scopes: REPOST_SCOPES,
    handler(call) {
      const target = livePost(actingSelf(call, tweetBody).tweet_id);
      // Reposting a repost reposts its original, as X does.
      const original = target.repostOfId ? livePost(target.repostOfId) : target;
      if (world.posts.repostBy(call.caller.user.id, original.id)) return { data: { retweeted: true } };
      const repost = repostOf(call.caller.user, original);
      // As in the simulation, the "RT @author" name counts as a mention of the original author.
      world.posts.insert(repost, mentionedIds(repost.text));
      call.meter('post_create');
      return { data: { retweeted: true } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'DELETE',
    url: '/2/users/:id/retweets/:source_tweet_id',
    scopes: REPOST_SCOPES,
    handler(call) {
      requireSelf(call.caller, parsePathId(call.params['id']));
      const repost = world.posts.repostBy(call.caller.user.id, pathId(call, 'source_tweet_id'));
      if (repost) {
        world.posts.delete(repost.id, world.nowIso());
        world.searchCache.delete(repost.id);
      }
      return { data: { retweeted: false } };
    },
  });

  function mentionedIds(text: string): string[] {
    const ids = twitterText.extractMentions(text).map((name) => world.users.byUsername(name)?.id);
    return [...new Set(ids.filter((id): id is string => id !== undefined))];
  }

  function repostOf(author: SandboxUser, original: SandboxPost): SandboxPost {
    const originalAuthor = world.users.get(original.authorId);
    const record = { id: world.nextId(), authorId: author.id, createdAt: world.nowIso(), source: 'api' as const };
    return newRepostRecord(record, original, originalAuthor?.username ?? 'unknown');
  }
}

/** The path user (:id) is the caller, and the body (JSON only) parses. */
export function actingSelf<S extends z.ZodType>(call: XCall, schema: S, pathParam = 'id'): z.output<S> {
  requireSelf(call.caller, parsePathId(call.params[pathParam], pathParam));
  requireJsonBody(call.request);
  return parseInput(schema, call.body, 'body');
}

/** A path id (a post or user to undo something to), padded as the store keeps ids. */
export function pathId(call: XCall, param: string): string {
  return normaliseId(parsePathId(call.params[param], param)) ?? '';
}

/** Unverified against X: an unknown target user is a 400 naming target_user_id. */
export function targetUser(world: SandboxWorld, id: string): SandboxUser {
  const user = world.users.get(normaliseId(id) ?? id);
  if (!user) throw invalidParameter('target_user_id', id, `Could not find user with target_user_id: [${id}].`);
  return user;
}
