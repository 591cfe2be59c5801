// The Provider for one X account: twitter-api-v2 (unmodified) over the endpoint's agent, tokens
// from the TokenStore (token-keeper.ts), every request gated and metered by the rate budget
// (traffic.ts) and every failure a ProviderError (errors.ts). Where a post goes: publish →
// media.ts uploads → POST /2/tweets, sent exactly once.
import type { TwitterApi } from 'twitter-api-v2';
import {
  ProviderError,
  type Identity,
  type PageRequest,
  type PostDraft,
  type Provider,
  type PublishedPost,
  type TimelinePage,
  type TimelineRequest,
  type TokenStore,
} from '../provider';
import type { RateBudget } from '../rate-budget';
import type { XAppCredentials, XEndpoint } from './endpoint';
import { uploadWithAltText } from './media';
import { LOOKUP_ENDPOINT, lookupQuery, toPostLookup } from './post-lookup';
import { XSession } from './session';
import { publishThread } from './thread';
import { toAuthor, toTimelinePage } from './timeline-mapping';
import { timelineCall, withinBounds } from './timeline-request';
import { TokenKeeper } from './token-keeper';
import { createTraffic } from './traffic';
import { readWire, xCreatedPost, xMe, xTimelinePage } from './wire';

export interface XProviderConfig {
  endpoint: XEndpoint;
  app: XAppCredentials;
  tokens: TokenStore;
  budget: RateBudget;
  /** The budget's key for this account, e.g. "x:12345". */
  accountKey: string;
  now?: () => number;
  /** Per request; media uploads apply it to each segment. Default 30 s. */
  requestTimeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;

const BLOCK_REMOVED =
  'X removed blocking from its API in 2023, so Columns cannot block accounts. Block on x.com; muting from Columns still works.';

export function createXProvider(config: XProviderConfig): Provider {
  const { endpoint, budget, accountKey } = config;
  const now = config.now ?? Date.now;
  const keeper = new TokenKeeper({ endpoint, app: config.app, store: config.tokens, now });
  const traffic = createTraffic({ budget, accountKey, timeoutMs: config.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS });
  const session = new XSession(endpoint, keeper, traffic);

  let identity: Promise<Identity> | null = null;
  const loadIdentity = async (): Promise<Identity> => {
    const body = await session.run('GET /2/users/me', 'resend', (client) => client.v2.get('users/me', { 'user.fields': 'profile_image_url' }));
    const { id, handle, displayName, avatarUrl } = toAuthor(readWire(xMe, body, 'GET /2/users/me').data);
    return { userId: id, handle, displayName, avatarUrl };
  };
  const me = (): Promise<Identity> => {
    // Cached once known (home and mentions need the id); a failure is not.
    identity ??= loadIdentity().catch((error: unknown) => {
      identity = null;
      throw error;
    });
    return identity;
  };
  const ownId = async (): Promise<string> => (await me()).userId;

  /** An action on the account's own user resource (likes, reposts, mutes): idempotent at X. */
  const act = async (template: string, send: (client: TwitterApi, userId: string) => Promise<unknown>): Promise<void> => {
    const userId = await ownId();
    await session.run(template, 'resend', (client) => send(client, userId));
  };

  const publish = async (draft: PostDraft): Promise<PublishedPost> => {
    const mediaIds: string[] = [];
    for (const media of draft.media ?? []) {
      mediaIds.push(await session.run('POST /2/media/upload/initialize', 'resend', (client) => uploadWithAltText(client, media)));
    }
    const body: Record<string, unknown> = { text: draft.text };
    if (draft.replyToId) body['reply'] = { in_reply_to_tweet_id: draft.replyToId };
    if (draft.quoteOfId) body['quote_tweet_id'] = draft.quoteOfId;
    if (mediaIds.length > 0) body['media'] = { media_ids: mediaIds };
    const answer = await session.run('POST /2/tweets', 'never-resend', (client) => client.v2.post('tweets', body));
    const { id, text } = readWire(xCreatedPost, answer, 'POST /2/tweets').data;
    return { id, text };
  };

  return {
    identity: me,
    publish,
    publishThread: (parts) => publishThread(parts, publish),

    async deletePost(postId) {
      await session.run('DELETE /2/tweets/:id', 'resend', (client) => client.v2.delete('tweets/:id', undefined, { params: { id: postId } }));
    },

    async timeline(request: TimelineRequest, page?: PageRequest): Promise<TimelinePage> {
      const userId = request.kind === 'home' || request.kind === 'mentions' ? await ownId() : '';
      const call = timelineCall(request, userId, page);
      const body = await session.run(call.endpoint, 'resend', (client) => client.v2.get(call.path, call.query, { params: call.params }));
      const wire = readWire(xTimelinePage, body, call.endpoint);
      // X answers a timeline of an unknown user with a 200 holding only a not-found error.
      if (wire.data === undefined && wire.meta === undefined && wire.errors?.length) {
        throw new ProviderError('not_found', `X could not find that account. X said: “${wire.errors[0]?.detail ?? 'not found'}”`, { endpoint: call.endpoint, status: 200 });
      }
      return withinBounds(request, page ?? {}, toTimelinePage(wire));
    },

    async lookupPosts(ids) {
      const query = lookupQuery(ids);
      const body = await session.run(LOOKUP_ENDPOINT, 'resend', (client) => client.v2.get('tweets', query));
      return toPostLookup(readWire(xTimelinePage, body, LOOKUP_ENDPOINT), ids);
    },

    like: (postId) => act('POST /2/users/:id/likes', (client, id) => client.v2.post('users/:id/likes', { tweet_id: postId }, { params: { id } })),
    unlike: (postId) =>
      act('DELETE /2/users/:id/likes/:tweet_id', (client, id) => client.v2.delete('users/:id/likes/:tweet_id', undefined, { params: { id, tweet_id: postId } })),
    repost: (postId) => act('POST /2/users/:id/retweets', (client, id) => client.v2.post('users/:id/retweets', { tweet_id: postId }, { params: { id } })),
    unrepost: (postId) =>
      act('DELETE /2/users/:id/retweets/:source_tweet_id', (client, id) =>
        client.v2.delete('users/:id/retweets/:source_tweet_id', undefined, { params: { id, source_tweet_id: postId } }),
      ),
    mute: (userId) => act('POST /2/users/:id/muting', (client, id) => client.v2.post('users/:id/muting', { target_user_id: userId }, { params: { id } })),
    unmute: (userId) =>
      act('DELETE /2/users/:source_user_id/muting/:target_user_id', (client, id) =>
        client.v2.delete('users/:source_user_id/muting/:target_user_id', undefined, { params: { source_user_id: id, target_user_id: userId } }),
      ),

    async hideReply(postId, hidden) {
      await session.run('PUT /2/tweets/:id/hidden', 'resend', (client) => client.v2.put('tweets/:id/hidden', { hidden }, { params: { id: postId } }));
    },

    block() {
      return Promise.reject(new ProviderError('forbidden', BLOCK_REMOVED, { planExcludes: true }));
    },

    rateLimits: () => budget.status(accountKey),

    revoke: () => keeper.revoke(),
  };
}
