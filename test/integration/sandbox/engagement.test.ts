// Likes, follows and reposts through the unmodified twitter-api-v2 client: X's bodies, idempotent
// repeats, metrics that follow, :id that must be the caller, X's 400s for bad bodies, and the 2026
// self-serve policy (pay-per-use: likes and follows 403, reposts allowed and billed).
import type { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import { PRICES_MICROS, FEATURE_REMOVED_DETAIL } from '../../../src/main/sandbox/plans';
import { REPOST_TEXT_LIMIT } from '../../../src/main/sandbox/posting/records';
import { FOLLOW_SELF_DETAIL, POST_NOT_FOUND_MESSAGE } from '../../../src/main/sandbox/routes/engagement';
import { useSandbox } from '../../helpers/sandbox';
import { addUser } from '../../helpers/sandbox-world';
import { INVALID_REQUEST, failure, forbiddenBody, rawAs, textFactory, userIdOf } from '../../helpers/x-errors';

const unique = textFactory();
const SELF_ONLY_DETAIL = 'You are not permitted to perform this action on behalf of another user.';

async function metrics(client: TwitterApi, id: string): Promise<{ like_count: number; retweet_count: number }> {
  const read = await client.v2.singleTweet(id, { 'tweet.fields': ['public_metrics'] });
  const counts = read.data.public_metrics;
  if (!counts) throw new Error('no public_metrics');
  return counts;
}


describe('enterprise: likes, follows and reposts', () => {
  const sandbox = useSandbox({ plan: 'enterprise' });
  const as = (username: string): TwitterApi => sandbox().clientFor(username);

  it('likes and unlikes a post; repeats change nothing; like_count follows', async () => {
    const post = await as('HorizonsNHS').v2.tweet(unique('Like me'));
    const sam = as('sam_comms');
    const samId = userIdOf(sandbox(), 'sam_comms');
    await expect(sam.v2.like(samId, post.data.id)).resolves.toEqual({ data: { liked: true } });
    await expect(sam.v2.like(samId, post.data.id)).resolves.toEqual({ data: { liked: true } });
    expect((await metrics(sam, post.data.id)).like_count).toBe(1);
    await expect(sam.v2.unlike(samId, post.data.id)).resolves.toEqual({ data: { liked: false } });
    await expect(sam.v2.unlike(samId, post.data.id)).resolves.toEqual({ data: { liked: false } });
    expect((await metrics(sam, post.data.id)).like_count).toBe(0);
  });

  it('answers X’s 400 for liking an unknown or deleted post', async () => {
    const client = as('sam_comms');
    const samId = userIdOf(sandbox(), 'sam_comms');
    const gone = await as('HorizonsNHS').v2.tweet(unique('Gone soon'));
    await as('HorizonsNHS').v2.deleteTweet(gone.data.id);
    for (const id of ['1234', gone.data.id]) {
      const error = await failure(client.v2.like(samId, id));
      expect(error.code).toBe(400);
      expect(error.data).toEqual({ ...INVALID_REQUEST, errors: [{ message: POST_NOT_FOUND_MESSAGE }] });
    }
  });

  it('refuses to act for another user (403) and bad bodies (400)', async () => {
    const fixture = sandbox();
    const post = await as('HorizonsNHS').v2.tweet(unique('Body checks'));
    const other = userIdOf(fixture, 'HorizonsNHS');
    const error = await failure(as('sam_comms').v2.like(other, post.data.id));
    expect(error.code).toBe(403);
    expect(error.data).toEqual(forbiddenBody(SELF_ONLY_DETAIL));
    expect((await failure(as('sam_comms').v2.unlike(other, post.data.id))).code).toBe(403);

    const samId = userIdOf(fixture, 'sam_comms');
    const bodies: [string | undefined, string][] = [
      [undefined, 'application/json'],
      ['{}', 'application/json'],
      [JSON.stringify({ tweet_id: Number(post.data.id) }), 'application/json'],
      [JSON.stringify({ tweet_id: 'abc' }), 'application/json'],
      [`tweet_id=${post.data.id}`, 'application/x-www-form-urlencoded'],
    ];
    for (const [body, type] of bodies) {
      for (const path of [`/2/users/${samId}/likes`, `/2/users/${samId}/retweets`]) {
        const response = await rawAs(fixture, 'sam_comms', 'POST', path, body, type);
        expect(response.status, `${path} ${body ?? '(none)'}`).toBe(400);
        expect(response.json()).toMatchObject(INVALID_REQUEST);
      }
    }
    const missing = await rawAs(fixture, 'sam_comms', 'POST', `/2/users/${samId}/likes`, '{}');
    expect(missing.json<{ errors: { message: string }[] }>().errors[0]?.message).toBe('$.tweet_id is required.');
    expect((await rawAs(fixture, 'sam_comms', 'POST', '/2/users/abc/likes', JSON.stringify({ tweet_id: post.data.id }))).status).toBe(400);
  });

  it('follows and unfollows; a protected account makes it pending; not yourself, not nobody', async () => {
    const fixture = sandbox();
    const { world } = fixture.server;
    const sam = as('sam_comms');
    const samId = userIdOf(fixture, 'sam_comms');
    const target = addUser(fixture.server.world, 'follow_me').id;
    await expect(sam.v2.follow(samId, target)).resolves.toEqual({ data: { following: true, pending_follow: false } });
    expect(world.engagement.related('follows', samId, target)).toBe(true);
    await expect(sam.v2.unfollow(samId, target)).resolves.toEqual({ data: { following: false } });
    expect(world.engagement.related('follows', samId, target)).toBe(false);

    const locked = addUser(fixture.server.world, 'locked_acct', { protected: true }).id;
    await expect(sam.v2.follow(samId, locked)).resolves.toEqual({ data: { following: false, pending_follow: true } });
    expect(world.engagement.related('follows', samId, locked)).toBe(false);

    const self = await failure(sam.v2.follow(samId, samId));
    expect(self.code).toBe(403);
    expect(self.data).toEqual(forbiddenBody(FOLLOW_SELF_DETAIL));
    const nobody = await failure(sam.v2.follow(samId, '999'));
    expect(nobody.code).toBe(400);
    expect(nobody.data.errors?.[0]?.parameters).toEqual({ target_user_id: ['999'] });
    expect((await failure(sam.v2.follow(target, samId))).code).toBe(403);
    expect((await failure(sam.v2.unfollow(target, samId))).code).toBe(403);
  });

  it('reposts once (idempotent), counts it, and unreposts', async () => {
    const fixture = sandbox();
    const post = await as('HorizonsNHS').v2.tweet(unique('Please share'));
    const sam = as('sam_comms');
    const samId = userIdOf(fixture, 'sam_comms');
    await expect(sam.v2.retweet(samId, post.data.id)).resolves.toEqual({ data: { retweeted: true } });
    await expect(sam.v2.retweet(samId, post.data.id)).resolves.toEqual({ data: { retweeted: true } });
    expect((await metrics(sam, post.data.id)).retweet_count).toBe(1);

    const repost = fixture.server.world.posts.repostBy(samId, post.data.id);
    expect(repost).toMatchObject({ text: `RT @HorizonsNHS: ${post.data.text}`, source: 'api', repostOfId: post.data.id });
    expect(repost?.conversationId).toBe(repost?.id);

    await expect(sam.v2.unretweet(samId, post.data.id)).resolves.toEqual({ data: { retweeted: false } });
    await expect(sam.v2.unretweet(samId, post.data.id)).resolves.toEqual({ data: { retweeted: false } });
    expect((await metrics(sam, post.data.id)).retweet_count).toBe(0);
    expect(fixture.server.world.posts.repostBy(samId, post.data.id)).toBeUndefined();
  });

  it('cuts a long repost text to 140 characters and reposts a repost’s original', async () => {
    const fixture = sandbox();
    const long = await as('Sch4Change').v2.tweet(unique('x'.repeat(200)));
    const samId = userIdOf(fixture, 'sam_comms');
    await as('sam_comms').v2.retweet(samId, long.data.id);
    const repost = fixture.server.world.posts.repostBy(samId, long.data.id);
    expect([...(repost?.text ?? '')]).toHaveLength(REPOST_TEXT_LIMIT);
    expect(repost?.text).toMatch(/^RT @Sch4Change: x+…$/);

    const horizonsId = userIdOf(fixture, 'HorizonsNHS');
    await as('HorizonsNHS').v2.retweet(horizonsId, repost?.id ?? '');
    expect(fixture.server.world.posts.repostBy(horizonsId, long.data.id)).toBeDefined();

    const unknown = await failure(as('sam_comms').v2.retweet(samId, '4321'));
    expect(unknown.code).toBe(400);
    expect(unknown.data.errors).toEqual([{ message: POST_NOT_FOUND_MESSAGE }]);
    expect((await failure(as('sam_comms').v2.unretweet(horizonsId, long.data.id))).code).toBe(403);
  });

  it('needs like.write, follows.write and tweet.write', async () => {
    const fixture = sandbox();
    const samId = userIdOf(fixture, 'sam_comms');
    const post = await as('HorizonsNHS').v2.tweet(unique('Scopes'));
    const readOnly = fixture.clientFor('sam_comms', 'tweet.read users.read');
    for (const call of [readOnly.v2.like(samId, post.data.id), readOnly.v2.retweet(samId, post.data.id), readOnly.v2.follow(samId, userIdOf(fixture, 'HorizonsNHS'))]) {
      const error = await failure(call);
      expect(error.code).toBe(403);
      expect(error.data.detail).toMatch(/^Missing required OAuth 2.0 scopes/);
    }
  });
});

describe('pay-per-use: likes and follows are gone, reposts cost a post', () => {
  const sandbox = useSandbox();
  const as = (username: string): TwitterApi => sandbox().clientFor(username);

  it('answers likes, unlikes, follows and unfollows with the removed-feature 403', async () => {
    const fixture = sandbox();
    const samId = userIdOf(fixture, 'sam_comms');
    const horizonsId = userIdOf(fixture, 'HorizonsNHS');
    const post = await as('HorizonsNHS').v2.tweet(unique('Pay per use'));
    const sam = as('sam_comms');
    for (const call of [sam.v2.like(samId, post.data.id), sam.v2.unlike(samId, post.data.id), sam.v2.follow(samId, horizonsId), sam.v2.unfollow(samId, horizonsId)]) {
      const error = await failure(call);
      expect(error.code).toBe(403);
      expect(error.data).toEqual(forbiddenBody(FEATURE_REMOVED_DETAIL));
    }
    expect(fixture.server.world.engagement.likes(samId, post.data.id)).toBe(false);
  });

  it('meters a new repost as post_create, and a repeat not at all', async () => {
    const { world } = sandbox().server;
    const samId = userIdOf(sandbox(), 'sam_comms');
    const post = await as('HorizonsNHS').v2.tweet(unique('Share on a budget'));
    const before = world.usage.balanceMicros();
    await as('sam_comms').v2.retweet(samId, post.data.id);
    expect(before - world.usage.balanceMicros()).toBe(PRICES_MICROS.post_create);
    await as('sam_comms').v2.retweet(samId, post.data.id);
    expect(before - world.usage.balanceMicros()).toBe(PRICES_MICROS.post_create);
  });
});
