// Creating, deleting and looking posts up through the unmodified twitter-api-v2 client: X's
// bodies and statuses, 280 weighted characters, duplicates, JSON-only bodies, scopes, partial
// errors for unknown ids, X's 400s for malformed ids, and pay-per-use metering.
import type { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import { DUPLICATE_DETAIL } from '../../../src/main/sandbox/http/problems';
import { PRICES_MICROS } from '../../../src/main/sandbox/plans';
import { TOO_LONG_MESSAGE } from '../../../src/main/sandbox/posting/post-rules';
import { DELETE_NOT_ALLOWED_DETAIL } from '../../../src/main/sandbox/routes/posts';
import { useSandbox } from '../../helpers/sandbox';
import { INVALID_REQUEST, failure, forbiddenBody, rawAs, textFactory, userIdOf } from '../../helpers/x-errors';

const sandbox = useSandbox();
const as = (username: string): TwitterApi => sandbox().clientFor(username);
const unique = textFactory();

describe('POST /2/tweets', () => {
  it('creates a post (201, X’s body) that GET /2/tweets/:id reads back with expansions', async () => {
    const text = unique('Hello from the sandbox');
    const response = await rawAs(sandbox(), 'HorizonsNHS', 'POST', '/2/tweets', JSON.stringify({ text }));
    expect(response.status).toBe(201);
    const { data } = response.json<{ data: { id: string; text: string; edit_history_tweet_ids: string[] } }>();
    expect(data).toEqual({ id: expect.stringMatching(/^\d{19}$/) as unknown, text, edit_history_tweet_ids: [data.id] });

    const read = await as('sam_comms').v2.singleTweet(data.id, {
      expansions: ['author_id'],
      'tweet.fields': ['created_at', 'conversation_id', 'lang'],
    });
    expect(read.data).toMatchObject({ id: data.id, text, author_id: userIdOf(sandbox(), 'HorizonsNHS'), conversation_id: data.id, lang: 'en' });
    expect(read.includes?.users?.[0]).toMatchObject({ username: 'HorizonsNHS' });
  });

  it('posts through v2.tweet and accepts post.fields as an alias of tweet.fields', async () => {
    const posted = await as('Sch4Change').v2.tweet(unique('Alias check'));
    const response = await rawAs(sandbox(), 'sam_comms', 'GET', `/2/tweets/${posted.data.id}?post.fields=created_at`);
    expect(response.status).toBe(200);
    expect(response.json<{ data: Record<string, unknown> }>().data).toMatchObject({ id: posted.data.id, created_at: expect.any(String) as unknown });
  });

  it('counts 280 weighted characters with twitter-text: URLs weigh 23, emoji 2', async () => {
    const client = as('HorizonsNHS');
    await expect(client.v2.tweet('a'.repeat(280))).resolves.toMatchObject({ data: { text: 'a'.repeat(280) } });
    const tooLong = await failure(client.v2.tweet('b'.repeat(281)));
    expect(tooLong.code).toBe(400);
    expect(tooLong.data).toMatchObject(INVALID_REQUEST);
    expect(tooLong.data.errors?.[0]?.message).toBe(TOO_LONG_MESSAGE);

    const withUrl = `${'c'.repeat(256)} https://example.com/${'x'.repeat(100)}`;
    expect(withUrl.length).toBeGreaterThan(280);
    await expect(client.v2.tweet(withUrl)).resolves.toMatchObject({ data: { text: withUrl } });

    await expect(client.v2.tweet('😀'.repeat(140))).resolves.toBeDefined();
    // 141 code points, but 282 weighted: too long.
    expect((await failure(client.v2.tweet('🙂'.repeat(141)))).data.errors?.[0]?.message).toBe(TOO_LONG_MESSAGE);
  });

  it('refuses the same text from the same author with X’s 403 duplicate body', async () => {
    const client = as('sam_comms');
    const text = unique('Saying this once');
    await client.v2.tweet(text);
    const error = await failure(client.v2.tweet(text));
    expect(error.code).toBe(403);
    expect(error.data).toEqual(forbiddenBody(DUPLICATE_DETAIL));
    expect(error.data.detail).toBe(DUPLICATE_DETAIL);
    // Someone else may say the same thing.
    await expect(as('Sch4Change').v2.tweet(text)).resolves.toBeDefined();
  });


  it('refuses bodies that are not JSON', async () => {
    const form = await rawAs(sandbox(), 'HorizonsNHS', 'POST', '/2/tweets', 'text=hello', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(400);
    expect(form.json()).toEqual({ ...INVALID_REQUEST, errors: [{ parameters: {}, message: 'Requests with bodies must have content-type of application/json.' }] });
    const plain = await rawAs(sandbox(), 'HorizonsNHS', 'POST', '/2/tweets', 'hello', 'text/plain');
    expect(plain.status).toBe(400);
    expect(plain.json()).toMatchObject(INVALID_REQUEST);
    const broken = await rawAs(sandbox(), 'HorizonsNHS', 'POST', '/2/tweets', '{"text": ');
    expect(broken.status).toBe(400);
  });

  it('needs tweet.write', async () => {
    const error = await failure(sandbox().clientFor('HorizonsNHS', 'tweet.read users.read').v2.tweet(unique('No write scope')));
    expect(error.code).toBe(403);
    expect(error.data.detail).toBe('Missing required OAuth 2.0 scopes: tweet.read, tweet.write, users.read.');
  });
});

describe('DELETE /2/tweets/:id', () => {
  it('deletes the author’s post; the id then reads as a partial Not Found Error', async () => {
    const client = as('HorizonsNHS');
    const posted = await client.v2.tweet(unique('Short-lived'));
    expect(await client.v2.deleteTweet(posted.data.id)).toEqual({ data: { deleted: true } });
    expect(await client.v2.singleTweet(posted.data.id)).toEqual({
      errors: [
        {
          value: posted.data.id,
          detail: `Could not find tweet with id: [${posted.data.id}].`,
          title: 'Not Found Error',
          resource_type: 'tweet',
          parameter: 'id',
          resource_id: posted.data.id,
          type: 'https://api.twitter.com/2/problems/resource-not-found',
        },
      ],
    });
  });

  it('refuses another user’s post, an unknown id and a malformed id', async () => {
    const posted = await as('HorizonsNHS').v2.tweet(unique('Not yours to delete'));
    const notYours = await failure(as('sam_comms').v2.deleteTweet(posted.data.id));
    expect(notYours.code).toBe(403);
    expect(notYours.data).toEqual(forbiddenBody(DELETE_NOT_ALLOWED_DETAIL));
    await expect(as('sam_comms').v2.singleTweet(posted.data.id)).resolves.toMatchObject({ data: { id: posted.data.id } });

    const unknown = await failure(as('sam_comms').v2.deleteTweet('1234567'));
    expect(unknown.code).toBe(404);
    expect(unknown.data).toMatchObject({ title: 'Not Found Error', resource_type: 'tweet', parameter: 'id', value: '1234567' });

    const malformed = await failure(as('sam_comms').v2.deleteTweet('abc'));
    expect(malformed.code).toBe(400);
    expect(malformed.data).toEqual({
      ...INVALID_REQUEST,
      errors: [{ parameters: { id: ['abc'] }, message: 'The `id` query parameter value [abc] does not match ^[0-9]{1,19}$' }],
    });
  });
});

describe('GET /2/tweets?ids=', () => {
  it('returns found posts in order plus a partial error for each unknown id', async () => {
    const client = as('sam_comms');
    const one = await as('HorizonsNHS').v2.tweet(unique('First of two'));
    const two = await as('Sch4Change').v2.tweet(unique('Second of two'));
    const result = await client.v2.tweets([two.data.id, '9999999999', one.data.id], { expansions: ['author_id'] });
    expect(result.data.map((post) => post.id)).toEqual([two.data.id, one.data.id]);
    expect(result.includes?.users?.map((user) => user.username)).toEqual(['Sch4Change', 'HorizonsNHS']);
    expect(result.errors).toEqual([expect.objectContaining({ value: '9999999999', parameter: 'ids', detail: 'Could not find tweet with ids: [9999999999].' })]);
  });

  it('answers a deleted post as X does: the rest as data, a resource-not-found Problem for it', async () => {
    const kept = await as('Sch4Change').v2.tweet(unique('Kept'));
    const deleted = await as('HorizonsNHS').v2.tweet(unique('Deleted after it was read'));
    await as('HorizonsNHS').v2.deleteTweet(deleted.data.id);
    const result = await as('sam_comms').v2.tweets([deleted.data.id, kept.data.id]);
    expect(result.data.map((post) => post.id)).toEqual([kept.data.id]);
    // The OpenAPI spec's ResourceNotFoundProblem requires type, title, detail and resource_type.
    expect(result.errors).toEqual([
      {
        value: deleted.data.id,
        detail: `Could not find tweet with ids: [${deleted.data.id}].`,
        title: 'Not Found Error',
        resource_type: 'tweet',
        parameter: 'ids',
        resource_id: deleted.data.id,
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      },
    ]);
  });

  it('refuses malformed, missing and too many ids with X’s 400', async () => {
    const client = as('sam_comms');
    const letters = await failure(client.v2.tweets(['123', 'abc']));
    expect(letters.data).toEqual({
      ...INVALID_REQUEST,
      errors: [{ parameters: { ids: ['abc'] }, message: 'The `ids` query parameter value [abc] does not match ^[0-9]{1,19}$' }],
    });
    const many = Array.from({ length: 101 }, (_, index) => String(1000 + index));
    const tooMany = await failure(client.v2.tweets(many));
    expect(tooMany.code).toBe(400);
    expect(tooMany.data.errors?.[0]?.message).toBe('The number of values in the `ids` query parameter list [101] is not between 1 and 100');
    const none = await failure(client.v2.get('tweets'));
    expect(none.data.errors).toEqual([{ parameters: { ids: [] }, message: 'The `ids` query parameter can not be empty' }]);
  });

  it('refuses an unknown tweet.fields value with X’s message', async () => {
    const error = await failure(as('sam_comms').v2.tweets(['123'], { 'tweet.fields': ['bogus' as 'id'] }));
    expect(error.code).toBe(400);
    expect(error.data.errors?.[0]).toEqual({
      parameters: { 'tweet.fields': ['bogus'] },
      message: expect.stringMatching(/^The `tweet.fields` query parameter value \[bogus\] is not one of \[article,attachments,.*,withheld\]$/) as unknown,
    });
  });
});

describe('metering', () => {
  it('bills posts, URL posts, summoned replies and reads at X’s pay-per-use prices', async () => {
    const { world } = sandbox().server;
    const spent = async (action: () => Promise<unknown>): Promise<number> => {
      const before = world.usage.balanceMicros();
      await action();
      return before - world.usage.balanceMicros();
    };
    const horizons = as('HorizonsNHS');
    let rootId = '';
    expect(
      await spent(async () => {
        rootId = (await horizons.v2.tweet(unique('Priced post'))).data.id;
      }),
    ).toBe(PRICES_MICROS.post_create);
    expect(await spent(() => horizons.v2.tweet(unique('Read https://horizonsnhs.com')))).toBe(PRICES_MICROS.post_create_url);
    expect(await spent(() => horizons.v2.reply(unique('And another thing'), rootId))).toBe(PRICES_MICROS.reply_summoned);
    expect(await spent(() => horizons.v2.singleTweet(rootId))).toBe(PRICES_MICROS.owned_read);
    expect(await spent(() => as('sam_comms').v2.singleTweet(rootId))).toBe(PRICES_MICROS.post_read);
    expect(await spent(() => failure(horizons.v2.tweet('x'.repeat(300))))).toBe(0);
  });
});
