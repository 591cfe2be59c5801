// Moderation tools a trainee practises: hiding replies in their own conversations, muting, and
// the block list. X removed POST/DELETE blocking from v2 in 2023; nothing here answers them, so
// they get the same 404 as any unknown path. Only GET /2/users/:id/blocking remains, and the
// sandbox's block list is always empty (nobody can block through the API any more).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../context';
import { requireSelf } from '../http/auth';
import { forbidden, resourceNotFound } from '../http/problems';
import { parseInput, requireJsonBody } from '../http/validate';
import { registerXRoute } from '../http/x-route';
import { parsePathId, parseSelection } from '../posting/lookup-input';
import { normaliseId } from '../store/ids';
import { actingSelf, pathId, targetUser, targetUserBody } from './engagement';

const HIDE_SCOPES = ['tweet.read', 'users.read', 'tweet.moderate.write'] as const;
const MUTE_SCOPES = ['tweet.read', 'users.read', 'mute.write'] as const;
const BLOCK_READ_SCOPES = ['tweet.read', 'users.read', 'block.read'] as const;

/** X lets a conversation's author moderate up to 725 of its posts. */
export const MAX_HIDDEN_PER_CONVERSATION = 725;

/** Unverified wordings (X documents the rules, not the 403 bodies). */
export const HIDE_NOT_ALLOWED_DETAIL = 'You can only hide replies in a conversation you started.';
export const HIDE_OWN_POST_DETAIL = 'You cannot hide your own posts or reposts; only other people’s replies.';
export const HIDE_LIMIT_DETAIL = `You can hide at most ${MAX_HIDDEN_PER_CONVERSATION} replies in one conversation.`;
/** X v1.1's wording (code 271). */
export const MUTE_SELF_DETAIL = "You can't mute yourself.";

const hiddenBody = z.object({ hidden: z.boolean() });

/** GET …/blocking takes X's list paging parameters; with an empty list they change nothing. */
const blockingQuery = z.looseObject({
  max_results: z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .pipe(z.number().int().min(1).max(1000))
    .optional(),
  pagination_token: z.string().min(1).optional(),
});

export function registerModerationRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { world } = ctx;

  registerXRoute(app, ctx, {
    method: 'PUT',
    url: '/2/tweets/:id/hidden',
    scopes: HIDE_SCOPES,
    handler(call) {
      const id = parsePathId(call.params['id']);
      requireJsonBody(call.request);
      const { hidden } = parseInput(hiddenBody, call.body, 'body');
      const post = world.posts.get(normaliseId(id) ?? id);
      if (!post) throw resourceNotFound('tweet', 'id', id);
      const caller = call.caller.user.id;
      // Only the author of the conversation's first post moderates it …
      if (world.posts.get(post.conversationId)?.authorId !== caller) throw forbidden(HIDE_NOT_ALLOWED_DETAIL);
      // … and never their own posts, the root itself, or reposts (X's hide-replies FAQ).
      if (post.authorId === caller || post.id === post.conversationId || post.repostOfId !== null) throw forbidden(HIDE_OWN_POST_DETAIL);
      if (hidden && !post.hidden) {
        const alreadyHidden = world.posts.page('conversation_id = @conversationId AND hidden = 1', { conversationId: post.conversationId }, {
          limit: MAX_HIDDEN_PER_CONVERSATION,
        });
        if (alreadyHidden.length >= MAX_HIDDEN_PER_CONVERSATION) throw forbidden(HIDE_LIMIT_DETAIL);
      }
      world.posts.setHidden(post.id, hidden);
      world.searchCache.delete(post.id);
      return { data: { hidden } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/users/:id/muting',
    scopes: MUTE_SCOPES,
    handler(call) {
      const target = targetUser(world, actingSelf(call, targetUserBody).target_user_id);
      if (target.id === call.caller.user.id) throw forbidden(MUTE_SELF_DETAIL);
      world.engagement.relate('mutes', call.caller.user.id, target.id);
      return { data: { muting: true } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'DELETE',
    url: '/2/users/:source_user_id/muting/:target_user_id',
    scopes: MUTE_SCOPES,
    handler(call) {
      requireSelf(call.caller, parsePathId(call.params['source_user_id'], 'source_user_id'));
      // Unmuting someone not muted succeeds without effect, as on X.
      world.engagement.unrelate('mutes', call.caller.user.id, pathId(call, 'target_user_id'));
      return { data: { muting: false } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'GET',
    url: '/2/users/:id/blocking',
    scopes: BLOCK_READ_SCOPES,
    handler(call) {
      requireSelf(call.caller, parsePathId(call.params['id']));
      parseInput(blockingQuery, call.query, 'query');
      parseSelection(call.query, 'users');
      return { meta: { result_count: 0 } };
    },
  });
}
