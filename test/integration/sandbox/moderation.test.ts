// Hiding replies, muting and the block list through the unmodified twitter-api-v2 client, and the
// removed block/unblock endpoints answering X's 404 exactly like any unknown path.
import type { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import {
  HIDE_LIMIT_DETAIL,
  HIDE_NOT_ALLOWED_DETAIL,
  HIDE_OWN_POST_DETAIL,
  MAX_HIDDEN_PER_CONVERSATION,
  MUTE_SELF_DETAIL,
} from '../../../src/main/sandbox/routes/moderation';
import { useSandbox } from '../../helpers/sandbox';
import { makeSandboxPost } from '../../helpers/sandbox-records';
import { INVALID_REQUEST, failure, forbiddenBody, rawAs, textFactory, userIdOf } from '../../helpers/x-errors';

const unique = textFactory();
const PAGE_NOT_FOUND = { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] };

// Enterprise: replies need no summons, so anyone can reply into a test conversation.
const sandbox = useSandbox({ plan: 'enterprise' });
const as = (username: string): TwitterApi => sandbox().clientFor(username);

describe('PUT /2/tweets/:id/hidden', () => {
  it('lets the conversation’s root author hide and unhide replies, replies to replies included', async () => {
    const { world } = sandbox().server;
    const root = await as('HorizonsNHS').v2.tweet(unique('Our conversation'));
    const reply = await as('sam_comms').v2.reply(unique('Off-topic spam'), root.data.id);
    const nested = await as('Sch4Change').v2.reply(unique('Replying to the spam'), reply.data.id);
    const horizons = as('HorizonsNHS');
    await expect(horizons.v2.hideReply(reply.data.id, true)).resolves.toEqual({ data: { hidden: true } });
    await expect(horizons.v2.hideReply(reply.data.id, true)).resolves.toEqual({ data: { hidden: true } });
    expect(world.posts.get(reply.data.id)?.hidden).toBe(true);
    await expect(horizons.v2.hideReply(nested.data.id, true)).resolves.toEqual({ data: { hidden: true } });
    await expect(horizons.v2.hideReply(reply.data.id, false)).resolves.toEqual({ data: { hidden: false } });
    expect(world.posts.get(reply.data.id)?.hidden).toBe(false);
    expect(world.posts.get(nested.data.id)?.hidden).toBe(true);
  });

  it('refuses anyone but the root author, the root itself, and the author’s own replies (403)', async () => {
    const root = await as('HorizonsNHS').v2.tweet(unique('Mine to moderate'));
    const reply = await as('sam_comms').v2.reply(unique('A reply'), root.data.id);
    const own = await as('HorizonsNHS').v2.reply(unique('Author follow-up'), root.data.id);
    const elsewhere = await as('Sch4Change').v2.tweet(unique('Someone else’s post'));
    const cases: [TwitterApi, string, string][] = [
      [as('sam_comms'), reply.data.id, HIDE_NOT_ALLOWED_DETAIL],
      [as('Sch4Change'), reply.data.id, HIDE_NOT_ALLOWED_DETAIL],
      [as('HorizonsNHS'), elsewhere.data.id, HIDE_NOT_ALLOWED_DETAIL],
      [as('HorizonsNHS'), root.data.id, HIDE_OWN_POST_DETAIL],
      [as('HorizonsNHS'), own.data.id, HIDE_OWN_POST_DETAIL],
    ];
    for (const [client, id, detail] of cases) {
      const error = await failure(client.v2.hideReply(id, true));
      expect(error.code).toBe(403);
      expect(error.data).toEqual(forbiddenBody(detail));
    }
    expect(sandbox().server.world.posts.get(reply.data.id)?.hidden).toBe(false);
  });

  it('stops at 725 hidden posts per conversation, and unhiding frees a place', async () => {
    const fixture = sandbox();
    const { world } = fixture.server;
    const root = await as('HorizonsNHS').v2.tweet(unique('A very busy conversation'));
    const samId = userIdOf(fixture, 'sam_comms');
    const replyTo = { conversationId: root.data.id, inReplyToPostId: root.data.id, inReplyToUserId: userIdOf(fixture, 'HorizonsNHS') };
    world.db.transaction(() => {
      for (let n = 0; n < MAX_HIDDEN_PER_CONVERSATION; n += 1) world.posts.insert(makeSandboxPost(world.nextId(), samId, `spam ${n}`, { ...replyTo, hidden: true }), []);
    })();
    const last = await as('sam_comms').v2.reply(unique('One more'), root.data.id);
    const error = await failure(as('HorizonsNHS').v2.hideReply(last.data.id, true));
    expect(error.code).toBe(403);
    expect(error.data).toEqual(forbiddenBody(HIDE_LIMIT_DETAIL));
    const hiddenOne = world.posts.page('conversation_id = @c AND hidden = 1', { c: root.data.id }, { limit: 1 })[0];
    await as('HorizonsNHS').v2.hideReply(hiddenOne?.id ?? '', false);
    await expect(as('HorizonsNHS').v2.hideReply(last.data.id, true)).resolves.toEqual({ data: { hidden: true } });
  });

  it('answers 404 for an unknown post, 400 for bad bodies and ids, 403 without tweet.moderate.write', async () => {
    const fixture = sandbox();
    const root = await as('HorizonsNHS').v2.tweet(unique('Validation'));
    const reply = await as('sam_comms').v2.reply(unique('Validate me'), root.data.id);
    const unknown = await failure(as('HorizonsNHS').v2.hideReply('1234', true));
    expect(unknown.code).toBe(404);
    expect(unknown.data).toMatchObject({ title: 'Not Found Error', resource_type: 'tweet', value: '1234' });

    const path = `/2/tweets/${reply.data.id}/hidden`;
    for (const [body, type] of [
      [undefined, 'application/json'],
      ['{}', 'application/json'],
      ['{"hidden":"yes"}', 'application/json'],
      ['hidden=true', 'application/x-www-form-urlencoded'],
    ] as const) {
      const response = await rawAs(fixture, 'HorizonsNHS', 'PUT', path, body, type);
      expect(response.status, body ?? '(none)').toBe(400);
      expect(response.json()).toMatchObject(INVALID_REQUEST);
    }
    expect((await rawAs(fixture, 'HorizonsNHS', 'PUT', '/2/tweets/abc/hidden', '{"hidden":true}')).status).toBe(400);

    const noScope = await failure(fixture.clientFor('HorizonsNHS', 'tweet.read users.read tweet.write').v2.hideReply(reply.data.id, true));
    expect(noScope.code).toBe(403);
    expect(noScope.data.detail).toMatch(/^Missing required OAuth 2.0 scopes/);
  });
});

describe('mutes', () => {
  it('mutes and unmutes; repeats succeed; yourself is 403, nobody 400, another user’s :id 403', async () => {
    const fixture = sandbox();
    const { world } = fixture.server;
    const sam = as('sam_comms');
    const samId = userIdOf(fixture, 'sam_comms');
    const target = userIdOf(fixture, 'Sch4Change');
    await expect(sam.v2.mute(samId, target)).resolves.toEqual({ data: { muting: true } });
    await expect(sam.v2.mute(samId, target)).resolves.toEqual({ data: { muting: true } });
    expect(world.engagement.targets('mutes', samId)).toEqual([target]);
    await expect(sam.v2.unmute(samId, target)).resolves.toEqual({ data: { muting: false } });
    await expect(sam.v2.unmute(samId, target)).resolves.toEqual({ data: { muting: false } });
    expect(world.engagement.related('mutes', samId, target)).toBe(false);

    const self = await failure(sam.v2.mute(samId, samId));
    expect(self.code).toBe(403);
    expect(self.data).toEqual(forbiddenBody(MUTE_SELF_DETAIL));
    expect((await failure(sam.v2.mute(samId, '42'))).code).toBe(400);
    expect((await failure(sam.v2.mute(target, samId))).code).toBe(403);
    expect((await failure(sam.v2.unmute(target, samId))).code).toBe(403);
    expect((await failure(fixture.clientFor('sam_comms', 'tweet.read users.read').v2.mute(samId, target))).code).toBe(403);

    for (const body of ['{}', '{"target_user_id":5}', '{"target_user_id":"x"}']) {
      const response = await rawAs(fixture, 'sam_comms', 'POST', `/2/users/${samId}/muting`, body);
      expect(response.status, body).toBe(400);
      expect(response.json()).toMatchObject(INVALID_REQUEST);
    }
  });
});

describe('blocks', () => {
  it('answers the removed block and unblock endpoints with X’s 404, raw and through the library', async () => {
    const fixture = sandbox();
    const samId = userIdOf(fixture, 'sam_comms');
    const target = userIdOf(fixture, 'Sch4Change');
    const body = JSON.stringify({ target_user_id: target });
    for (const [method, path] of [
      ['POST', `/2/users/${samId}/blocking`],
      ['DELETE', `/2/users/${samId}/blocking/${target}`],
    ] as const) {
      const response = await rawAs(fixture, 'sam_comms', method, path, method === 'POST' ? body : undefined);
      expect(response.status, path).toBe(404);
      expect(response.json()).toEqual(PAGE_NOT_FOUND);
      // Exactly what any unknown path gets.
      const unknown = await rawAs(fixture, 'sam_comms', method, `${path}-nothing-here`, method === 'POST' ? body : undefined);
      expect(unknown.json()).toEqual(response.json());
    }
    const sam = as('sam_comms');
    for (const call of [sam.v2.block(samId, target), sam.v2.unblock(samId, target)]) {
      const error = await failure(call);
      expect(error.code).toBe(404);
      expect(error.data).toEqual(PAGE_NOT_FOUND);
    }
  });

  it('still serves GET /2/users/:id/blocking: an empty list, for yourself, with block.read', async () => {
    const fixture = sandbox();
    const samId = userIdOf(fixture, 'sam_comms');
    const client = fixture.clientFor('sam_comms', 'tweet.read users.read block.read');
    const page = await client.v2.userBlockingUsers(samId, { max_results: 100, 'user.fields': ['username'] });
    expect(page.data).toEqual({ meta: { result_count: 0 } });
    expect(page.users).toEqual([]);

    expect((await failure(client.v2.userBlockingUsers(userIdOf(fixture, 'Sch4Change')))).code).toBe(403);
    expect((await failure(as('sam_comms').v2.userBlockingUsers(samId))).code).toBe(403);
    for (const query of ['max_results=0', 'max_results=abc', 'user.fields=nope']) {
      const { accessToken } = fixture.server.issueTokens('sam_comms', 'tweet.read users.read block.read');
      const response = await fixture.raw('GET', `/2/users/${samId}/blocking?${query}`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(response.status, query).toBe(400);
      expect(response.json()).toMatchObject(INVALID_REQUEST);
    }
  });
});
