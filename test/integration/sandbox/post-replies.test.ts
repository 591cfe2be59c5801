// Replies and quotes under X's 2026 self-serve policy (pay-per-use: replies only when summoned,
// no quote posts) and on enterprise (everything allowed, nothing metered).
import type { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import { QUOTE_NOT_ALLOWED_DETAIL, REPLY_NOT_ALLOWED_DETAIL } from '../../../src/main/sandbox/http/problems';
import { newPostRecord } from '../../../src/main/sandbox/posting/records';
import { REPLY_TARGET_GONE_DETAIL } from '../../../src/main/sandbox/posting/post-rules';
import { useSandbox } from '../../helpers/sandbox';
import { failure, forbiddenBody, textFactory, userIdOf } from '../../helpers/x-errors';

const unique = textFactory();

describe('pay-per-use: replies need a summons, quotes are refused', () => {
  const sandbox = useSandbox();
  const as = (username: string): TwitterApi => sandbox().clientFor(username);

  it('lets authors continue their own thread', async () => {
    const client = as('HorizonsNHS');
    const root = await client.v2.tweet(unique('Thread 1/2'));
    const reply = await client.v2.reply(unique('Thread 2/2'), root.data.id);
    const read = await client.v2.singleTweet(reply.data.id, { 'tweet.fields': ['conversation_id', 'in_reply_to_user_id', 'referenced_tweets'] });
    expect(read.data).toMatchObject({
      conversation_id: root.data.id,
      in_reply_to_user_id: userIdOf(sandbox(), 'HorizonsNHS'),
      referenced_tweets: [{ type: 'replied_to', id: root.data.id }],
    });
  });

  it('refuses an unsummoned reply with X’s 403', async () => {
    const root = await as('Sch4Change').v2.tweet(unique('Nobody was mentioned here'));
    const error = await failure(as('sam_comms').v2.reply(unique('Can I join in?'), root.data.id));
    expect(error.code).toBe(403);
    expect(error.data).toEqual(forbiddenBody(REPLY_NOT_ALLOWED_DETAIL));
  });

  it('allows a reply when mentioned, and then anywhere in that conversation', async () => {
    const root = await as('Sch4Change').v2.tweet(unique('What do you think, @sam_comms?'));
    const samReply = await as('sam_comms').v2.reply(unique('Love it'), root.data.id);
    const thanks = await as('Sch4Change').v2.reply(unique('Thanks!'), samReply.data.id);
    await expect(as('sam_comms').v2.reply(unique('Any time'), thanks.data.id)).resolves.toBeDefined();
    // Mentioned in the thread is not mentioned everywhere.
    const other = await as('Sch4Change').v2.tweet(unique('A different conversation'));
    expect((await failure(as('sam_comms').v2.reply(unique('Me too'), other.data.id))).code).toBe(403);
  });

  it('allows a reply when the author quoted one of the caller’s posts', async () => {
    const fixture = sandbox();
    const { world } = fixture.server;
    const original = await as('sam_comms').v2.tweet(unique('Worth quoting'));
    const id = world.nextId();
    const quote = newPostRecord(
      { id, authorId: userIdOf(fixture, 'HorizonsNHS'), text: unique('Great point'), createdAt: world.nowIso(), source: 'simulation' },
      { quotedPostId: original.data.id },
    );
    world.posts.insert(quote, []);
    await expect(as('sam_comms').v2.reply(unique('Thank you'), id)).resolves.toBeDefined();
  });

  it('refuses a reply to a deleted or unknown post', async () => {
    const client = as('HorizonsNHS');
    const gone = await client.v2.tweet(unique('Here and gone'));
    await client.v2.deleteTweet(gone.data.id);
    const error = await failure(client.v2.reply(unique('Too late'), gone.data.id));
    expect(error.code).toBe(403);
    expect(error.data).toEqual(forbiddenBody(REPLY_TARGET_GONE_DETAIL));
    expect((await failure(client.v2.reply(unique('Nothing there'), '1234'))).code).toBe(403);
  });

  it('refuses quote posts with X’s 403, and a quote of an unknown post with a 400', async () => {
    const root = await as('Sch4Change').v2.tweet(unique('Quote me'));
    const error = await failure(as('HorizonsNHS').v2.quote(unique('Quoting'), root.data.id));
    expect(error.code).toBe(403);
    expect(error.data).toEqual(forbiddenBody(QUOTE_NOT_ALLOWED_DETAIL));
    const unknown = await failure(as('HorizonsNHS').v2.quote(unique('Quoting nothing'), '42'));
    expect(unknown.code).toBe(400);
    expect(unknown.data.errors?.[0]?.parameters).toEqual({ quote_tweet_id: ['42'] });
  });
});

describe('enterprise', () => {
  const sandbox = useSandbox({ plan: 'enterprise' });
  const as = (username: string): TwitterApi => sandbox().clientFor(username);

  it('allows quote posts', async () => {
    const root = await as('Sch4Change').v2.tweet(unique('Quote me, enterprise'));
    const quote = await as('HorizonsNHS').v2.quote(unique('Quoted'), root.data.id);
    const read = await as('HorizonsNHS').v2.singleTweet(quote.data.id, { expansions: ['referenced_tweets.id'] });
    expect(read.data.referenced_tweets).toEqual([{ type: 'quoted', id: root.data.id }]);
    expect(read.includes?.tweets?.[0]).toMatchObject({ id: root.data.id });
  });

  it('allows any reply and meters nothing', async () => {
    const { world } = sandbox().server;
    const before = world.usage.balanceMicros();
    const root = await as('Sch4Change').v2.tweet(unique('Nobody was mentioned'));
    await expect(as('sam_comms').v2.reply(unique('Joining anyway'), root.data.id)).resolves.toBeDefined();
    expect(world.usage.balanceMicros()).toBe(before);
  });
});
