// Posts: create (POST /2/tweets), delete, and look up one or many. Creation rules live in
// posting/; this file is the HTTP face: scopes, status codes, bodies, metering.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SandboxContext } from '../context';
import { forbidden, invalidRequest, resourceNotFound } from '../http/problems';
import { registerXRoute, type XCall } from '../http/x-route';
import type { SandboxPost } from '../model';
import { createPost } from '../posting/create-post';
import { lookupAsGiven, parseIdList, parsePathId, parseSelection } from '../posting/lookup-input';
import { parsePostInput } from '../posting/post-input';
import { renderPostsByIds, renderSinglePost } from '../render';

/** X's scopes for post lookups and for writes (docs.x.com per endpoint). */
const READ_SCOPES = ['tweet.read', 'users.read'] as const;
const WRITE_SCOPES = ['tweet.read', 'tweet.write', 'users.read'] as const;

/** Unverified wording: X's 403 when deleting someone else's post. */
export const DELETE_NOT_ALLOWED_DETAIL = 'You are not allowed to delete this Tweet.';

export const JSON_BODY_REQUIRED_MESSAGE = 'Requests with bodies must have content-type of application/json.';

export function registerPostRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { world } = ctx;

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/tweets',
    scopes: WRITE_SCOPES,
    status: 201,
    handler(call) {
      requireJsonBody(call.request);
      const { post, billable } = createPost(ctx, call.caller.user, parsePostInput(call.body));
      call.meter(billable);
      return { data: { id: post.id, text: post.text, edit_history_tweet_ids: [post.id] } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'DELETE',
    url: '/2/tweets/:id',
    scopes: WRITE_SCOPES,
    handler(call) {
      const id = parsePathId(call.params['id']);
      const post = lookupAsGiven(world.lookup).post(id);
      if (!post) throw resourceNotFound('tweet', 'id', id);
      if (post.authorId !== call.caller.user.id) throw forbidden(DELETE_NOT_ALLOWED_DETAIL);
      world.posts.delete(post.id, world.nowIso());
      // Search keeps prepared posts by id; a deleted one must not match again.
      world.searchCache.delete(post.id);
      return { data: { deleted: true } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'GET',
    url: '/2/tweets/:id',
    scopes: READ_SCOPES,
    handler(call) {
      const id = parsePathId(call.params['id']);
      const selection = parseSelection(call.query, 'posts');
      const lookup = lookupAsGiven(world.lookup);
      const post = lookup.post(id);
      // An unknown or deleted id is a 200 carrying only a partial "Not Found Error", as on X.
      if (!post) return renderPostsByIds([id], selection, lookup, 'id');
      meterPostReads(call, [post]);
      return renderSinglePost(post, selection, lookup);
    },
  });

  registerXRoute(app, ctx, {
    method: 'GET',
    url: '/2/tweets',
    scopes: READ_SCOPES,
    handler(call) {
      const ids = parseIdList(call.query);
      const selection = parseSelection(call.query, 'posts');
      const lookup = lookupAsGiven(world.lookup);
      meterPostReads(
        call,
        ids.map((id) => lookup.post(id)).filter((post): post is SandboxPost => post !== undefined),
      );
      return renderPostsByIds(ids, selection, lookup, 'ids');
    },
  });
}

/**
 * Pay-per-use bills every post returned in `data` (not includes); the caller's own posts are
 * "owned reads" at the lower price (X-API.md, 2026 pricing).
 */
function meterPostReads(call: XCall, posts: readonly SandboxPost[]): void {
  const owned = posts.filter((post) => post.authorId === call.caller.user.id).length;
  call.meter('owned_read', owned);
  call.meter('post_read', posts.length - owned);
}

/** X reads request bodies as JSON only; the sandbox's form parser exists for the OAuth endpoints. */
function requireJsonBody(request: FastifyRequest): void {
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw invalidRequest([{ parameters: {}, message: JSON_BODY_REQUIRED_MESSAGE }]);
}
