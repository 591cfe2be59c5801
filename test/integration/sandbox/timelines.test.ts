// User timelines, mentions and the home timeline through the unmodified twitter-api-v2 client:
// its paginators (fetchNext, for await) over pagination_token, since_id / until_id / start_time /
// end_time, exclude, follows and mutes, X's 400s for bad input, 403 for someone else's home, the
// partial error for an unknown user, and owned vs. ordinary post reads on pay-per-use.
import type { TwitterApi, TweetV2 } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import type { SandboxPost, SandboxUser } from '../../../src/main/sandbox/model';
import { useSandbox } from '../../helpers/sandbox';
import { addPost, addReply, addRepost, addUser } from '../../helpers/sandbox-world';
import { INVALID_REQUEST, failure, forbiddenBody, rawAs } from '../../helpers/x-errors';

const sandbox = useSandbox({ initialCreditMicros: 1_000_000_000 });
const as = (username: string): TwitterApi => sandbox().clientFor(username);
const world = () => sandbox().server.world;

/** A fresh user with `count` posts, oldest first in the returned list. */
function userWithPosts(username: string, count: number): { user: SandboxUser; posts: SandboxPost[] } {
  const user = addUser(world(), username);
  const posts = Array.from({ length: count }, (_, n) => addPost(world(), user.id, `${username} post ${n}`));
  return { user, posts };
}

const newestFirst = (posts: readonly SandboxPost[]): string[] => posts.map((post) => post.id).reverse();
const ids = (tweets: readonly TweetV2[]): string[] => tweets.map((tweet) => tweet.id);

interface PageBody {
  data?: { id: string }[];
  meta: { result_count: number; newest_id?: string; oldest_id?: string; next_token?: string; previous_token?: string };
}

async function rawPage(username: string, path: string): Promise<PageBody> {
  const response = await rawAs(sandbox(), username, 'GET', path);
  expect(response.status).toBe(200);
  return response.json<PageBody>();
}

describe('GET /2/users/:id/tweets', () => {
  it('pages with the library’s paginator: fetchNext, then for await through every page', async () => {
    const { user, posts } = userWithPosts('tl_pager', 23);
    const expected = newestFirst(posts);

    const timeline = await as('sam_comms').v2.userTimeline(user.id, { max_results: 10 });
    expect(ids(timeline.tweets)).toEqual(expected.slice(0, 10));
    expect(timeline.meta).toMatchObject({ result_count: 10, newest_id: expected[0], oldest_id: expected[9] });
    expect(timeline.meta.next_token).toEqual(expect.any(String));
    expect(timeline.done).toBe(false);

    await timeline.fetchNext();
    expect(ids(timeline.tweets)).toEqual(expected.slice(0, 20));

    const all = await as('sam_comms').v2.userTimeline(user.id, { max_results: 10 });
    const seen: string[] = [];
    for await (const tweet of all) seen.push(tweet.id);
    expect(seen).toEqual(expected);
    expect(all.done).toBe(true);
  });

  it('has no next_token on the last page, a previous_token on later pages that leads back', async () => {
    const { user, posts } = userWithPosts('tl_tokens', 12);
    const expected = newestFirst(posts);
    const first = await rawPage('sam_comms', `/2/users/${user.id}/tweets?max_results=5`);
    expect(first.meta.previous_token).toBeUndefined();
    const second = await rawPage('sam_comms', `/2/users/${user.id}/tweets?max_results=5&pagination_token=${first.meta.next_token}`);
    expect(second.data?.map((post) => post.id)).toEqual(expected.slice(5, 10));
    const last = await rawPage('sam_comms', `/2/users/${user.id}/tweets?max_results=5&pagination_token=${second.meta.next_token}`);
    expect(last.data?.map((post) => post.id)).toEqual(expected.slice(10));
    expect(last.meta).toEqual({ result_count: 2, newest_id: expected[10], oldest_id: expected[11], previous_token: expect.any(String) as unknown });

    const back = await rawPage('sam_comms', `/2/users/${user.id}/tweets?max_results=5&pagination_token=${second.meta.previous_token}`);
    expect(back.data?.map((post) => post.id)).toEqual(expected.slice(0, 5));
    expect(back.meta.previous_token).toBeUndefined();
    expect(back.meta.next_token).toEqual(expect.any(String));
  });

  it('bounds pages with since_id, until_id, start_time and end_time', async () => {
    const user = addUser(world(), 'tl_bounds');
    const base = Date.parse(world().nowIso()) - 3600_000;
    const posts = Array.from({ length: 6 }, (_, n) =>
      addPost(world(), user.id, `bounded ${n}`, { createdAt: new Date(base + n * 60_000).toISOString() }),
    );
    const [p0, p1, p2, p3, p4, p5] = posts.map((post) => post.id);
    const client = as('sam_comms');

    expect(ids((await client.v2.userTimeline(user.id, { since_id: p3 })).tweets)).toEqual([p5, p4]);
    expect(ids((await client.v2.userTimeline(user.id, { until_id: p2 })).tweets)).toEqual([p1, p0]);
    expect(ids((await client.v2.userTimeline(user.id, { since_id: p1, until_id: p4 })).tweets)).toEqual([p3, p2]);
    const window = await client.v2.userTimeline(user.id, {
      start_time: new Date(base + 60_000).toISOString(),
      end_time: new Date(base + 3 * 60_000).toISOString(),
    });
    // start_time is inclusive, end_time exclusive.
    expect(ids(window.tweets)).toEqual([p2, p1]);
  });

  it('leaves out replies and reposts with exclude', async () => {
    const author = addUser(world(), 'tl_exclude');
    const other = addUser(world(), 'tl_exclude_other');
    const original = addPost(world(), author.id, 'an original');
    const elsewhere = addPost(world(), other.id, 'someone else');
    const reply = addReply(world(), author.id, elsewhere, '@tl_exclude_other a reply', [other.id]);
    const repost = addRepost(world(), author.id, elsewhere);
    const client = as('sam_comms');

    expect(ids((await client.v2.userTimeline(author.id)).tweets)).toEqual([repost.id, reply.id, original.id]);
    expect(ids((await client.v2.userTimeline(author.id, { exclude: ['replies'] })).tweets)).toEqual([repost.id, original.id]);
    expect(ids((await client.v2.userTimeline(author.id, { exclude: ['retweets'] })).tweets)).toEqual([reply.id, original.id]);
    expect(ids((await client.v2.userTimeline(author.id, { exclude: ['replies', 'retweets'] })).tweets)).toEqual([original.id]);
  });

  it('fills includes from expansions and answers an empty timeline with only meta', async () => {
    const { user, posts } = userWithPosts('tl_expand', 1);
    const timeline = await as('sam_comms').v2.userTimeline(user.id, { expansions: ['author_id'], 'user.fields': ['username'] });
    expect(timeline.tweets[0]).toMatchObject({ id: posts[0]?.id, author_id: user.id });
    expect(timeline.includes.author(timeline.tweets[0]!)).toMatchObject({ id: user.id, username: 'tl_expand' });

    const quiet = addUser(world(), 'tl_quiet');
    const response = await rawAs(sandbox(), 'sam_comms', 'GET', `/2/users/${quiet.id}/tweets`);
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"meta":{"result_count":0}}');
  });

  it('answers an unknown user with a 200 carrying X’s partial not-found error', async () => {
    const response = await rawAs(sandbox(), 'sam_comms', 'GET', '/2/users/1234567/tweets');
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      errors: [{
        value: '1234567',
        detail: 'Could not find user with id: [1234567].',
        title: 'Not Found Error',
        resource_type: 'user',
        parameter: 'id',
        resource_id: '1234567',
        type: 'https://api.twitter.com/2/problems/resource-not-found',
      }],
    });
  });

  it('refuses bad input with X’s 400 bodies', async () => {
    const { user } = userWithPosts('tl_bad_input', 2);
    const bad = async (path: string): Promise<{ parameters?: Record<string, string[]>; message?: string }[]> => {
      const response = await rawAs(sandbox(), 'sam_comms', 'GET', path);
      expect(response.status).toBe(400);
      const body = response.json<{ errors: { parameters?: Record<string, string[]>; message?: string }[] }>();
      expect(body).toMatchObject(INVALID_REQUEST);
      return body.errors;
    };
    expect(await bad('/2/users/abc/tweets')).toEqual([{ parameters: { id: ['abc'] }, message: 'The `id` query parameter value [abc] does not match ^[0-9]{1,19}$' }]);
    expect(await bad(`/2/users/${user.id}/tweets?max_results=1000`)).toEqual([
      { parameters: { max_results: ['1000'] }, message: 'The `max_results` query parameter value [1000] is not between 5 and 100' },
    ]);
    expect((await bad(`/2/users/${user.id}/tweets?max_results=4`))[0]?.message).toBe('The `max_results` query parameter value [4] is not between 5 and 100');
    expect((await bad(`/2/users/${user.id}/tweets?max_results=ten`))[0]?.parameters).toEqual({ max_results: ['ten'] });
    expect(await bad(`/2/users/${user.id}/tweets?exclude=quotes`)).toEqual([
      { parameters: { exclude: ['quotes'] }, message: 'The `exclude` query parameter value [quotes] is not one of [replies,retweets]' },
    ]);
    expect((await bad(`/2/users/${user.id}/tweets?since_id=yesterday`))[0]?.message).toBe('The `since_id` query parameter value [yesterday] does not match ^[0-9]{1,19}$');
    expect((await bad(`/2/users/${user.id}/tweets?until_id=-5`))[0]?.parameters).toEqual({ until_id: ['-5'] });
    expect((await bad(`/2/users/${user.id}/tweets?start_time=last%20week`))[0]?.parameters).toEqual({ start_time: ['last week'] });
    expect((await bad(`/2/users/${user.id}/tweets?start_time=2009-01-01T00:00:00Z`))[0]?.message).toBe(
      "Invalid 'start_time':'2009-01-01T00:00:00Z'. 'start_time' must be on or after 2010-11-06T00:00Z",
    );
    expect((await bad(`/2/users/${user.id}/tweets?start_time=2026-01-02T00:00:00Z&end_time=2026-01-01T00:00:00Z`))[0]?.parameters).toEqual({
      end_time: ['2026-01-01T00:00:00Z'],
    });
    expect(await bad(`/2/users/${user.id}/tweets?pagination_token=not-a-token`)).toEqual([
      { parameters: { pagination_token: ['not-a-token'] }, message: 'The `pagination_token` query parameter value [not-a-token] is not valid' },
    ]);
    expect((await bad(`/2/users/${user.id}/tweets?tweet.fields=colour`))[0]?.parameters).toEqual({ 'tweet.fields': ['colour'] });
    // Every bad parameter is listed in one answer.
    expect(await bad(`/2/users/${user.id}/tweets?max_results=0&exclude=likes`)).toHaveLength(2);
  });

  it('refuses a token issued for another timeline, and a forged one', async () => {
    const a = userWithPosts('tl_token_a', 7);
    const b = userWithPosts('tl_token_b', 7);
    const page = await as('sam_comms').v2.userTimeline(a.user.id, { max_results: 5 });
    const token = page.meta.next_token ?? '';
    const elsewhere = await failure(as('sam_comms').v2.userTimeline(b.user.id, { pagination_token: token }));
    expect(elsewhere.code).toBe(400);
    expect(elsewhere.data.errors?.[0]?.parameters).toEqual({ pagination_token: [token] });
    // Another exclude set is another timeline too.
    expect((await failure(as('sam_comms').v2.userTimeline(a.user.id, { pagination_token: token, exclude: ['replies'] }))).code).toBe(400);
    const forged = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    expect((await failure(as('sam_comms').v2.userTimeline(a.user.id, { pagination_token: forged }))).code).toBe(400);
  });

  it('needs tweet.read and users.read', async () => {
    const { user } = userWithPosts('tl_scopes', 1);
    const error = await failure(sandbox().clientFor('sam_comms', 'tweet.read').v2.userTimeline(user.id));
    expect(error.code).toBe(403);
  });
});

describe('GET /2/users/:id/mentions', () => {
  it('lists posts mentioning the user, newest first, without their own, and pages them', async () => {
    const target = addUser(world(), 'mention_target');
    const fans = [addUser(world(), 'mention_fan_a'), addUser(world(), 'mention_fan_b')];
    const mentions: SandboxPost[] = [];
    for (let n = 0; n < 7; n += 1) mentions.push(addPost(world(), fans[n % 2]!.id, `hello @mention_target ${n}`, {}, [target.id]));
    addPost(world(), target.id, 'talking to myself @mention_target', {}, [target.id]);
    addPost(world(), fans[0]!.id, 'not mentioning anyone');

    const timeline = await as('sam_comms').v2.userMentionTimeline(target.id, { max_results: 5, expansions: ['author_id'] });
    expect(ids(timeline.tweets)).toEqual(newestFirst(mentions).slice(0, 5));
    expect(timeline.includes.users?.map((user) => user.username).sort()).toEqual(['mention_fan_a', 'mention_fan_b']);
    await timeline.fetchNext();
    expect(ids(timeline.tweets)).toEqual(newestFirst(mentions));
    expect(timeline.done).toBe(true);
  });

  it('refuses max_results below 5 and tokens from the user’s own timeline', async () => {
    const { user } = userWithPosts('mention_bad', 6);
    const small = await failure(as('sam_comms').v2.userMentionTimeline(user.id, { max_results: 2 }));
    expect(small.code).toBe(400);
    expect(small.data.errors?.[0]?.message).toBe('The `max_results` query parameter value [2] is not between 5 and 100');
    const token = (await as('sam_comms').v2.userTimeline(user.id, { max_results: 5 })).meta.next_token ?? '';
    expect((await failure(as('sam_comms').v2.userMentionTimeline(user.id, { pagination_token: token }))).code).toBe(400);
  });
});

describe('GET /2/users/:id/timelines/reverse_chronological', () => {
  it('holds the caller’s posts and those of everyone they follow, minus muted users', async () => {
    const reader = addUser(world(), 'home_reader');
    const [followed, muted, stranger] = ['home_followed', 'home_muted', 'home_stranger'].map((name) => addUser(world(), name));
    world().engagement.relate('follows', reader.id, followed!.id);
    world().engagement.relate('follows', reader.id, muted!.id);
    world().engagement.relate('mutes', reader.id, muted!.id);

    const own = addPost(world(), reader.id, 'my own post');
    const fromFollowed = addPost(world(), followed!.id, 'followed speaks');
    addPost(world(), muted!.id, 'muted speaks');
    addPost(world(), stranger!.id, 'stranger speaks');
    const followedReply = addReply(world(), followed!.id, own, '@home_reader replying', [reader.id]);
    const followedRepost = addRepost(world(), followed!.id, own);

    const home = await as('home_reader').v2.homeTimeline({ expansions: ['author_id'] });
    expect(ids(home.tweets)).toEqual([followedRepost.id, followedReply.id, fromFollowed.id, own.id]);
    expect(home.includes.users?.map((user) => user.username).sort()).toEqual(['home_followed', 'home_reader']);
    expect(ids((await as('home_reader').v2.homeTimeline({ exclude: ['replies', 'retweets'] })).tweets)).toEqual([fromFollowed.id, own.id]);

    world().engagement.unrelate('mutes', reader.id, muted!.id);
    expect((await as('home_reader').v2.homeTimeline()).tweets.map((tweet) => tweet.text)).toContain('muted speaks');
  });

  it('pages with max_results down to 1', async () => {
    const reader = addUser(world(), 'home_pager');
    const posts = Array.from({ length: 3 }, (_, n) => addPost(world(), reader.id, `home page ${n}`));
    const home = await as('home_pager').v2.homeTimeline({ max_results: 1 });
    expect(ids(home.tweets)).toEqual([posts[2]!.id]);
    await home.fetchLast(10);
    expect(ids(home.tweets)).toEqual(newestFirst(posts));
  });

  it('is the caller’s own only: another id is X’s 403; bad max_results is a 400', async () => {
    const other = addUser(world(), 'home_other');
    const response = await rawAs(sandbox(), 'sam_comms', 'GET', `/2/users/${other.id}/timelines/reverse_chronological`);
    expect(response.status).toBe(403);
    expect(response.json()).toEqual(forbiddenBody('You are not permitted to perform this action on behalf of another user.'));
    const error = await failure(as('sam_comms').v2.homeTimeline({ max_results: 0 }));
    expect(error.code).toBe(400);
    expect(error.data.errors?.[0]?.message).toBe('The `max_results` query parameter value [0] is not between 1 and 100');
    expect((await failure(as('sam_comms').v2.homeTimeline({ max_results: 101 }))).code).toBe(400);
  });
});

describe('pay-per-use metering', () => {
  it('bills the caller’s own posts and mentions as owned reads, anyone else’s as post reads', async () => {
    const me = userWithPosts('meter_me', 3);
    const other = userWithPosts('meter_other', 4);
    addPost(world(), other.user.id, '@meter_me hi', {}, [me.user.id]);
    const units = (): Record<string, number> => Object.fromEntries(world().usage.totals().map((row) => [row.item, row.units]));
    const client = sandbox().clientFor('meter_me');

    let before = units();
    await client.v2.userTimeline(me.user.id);
    await client.v2.userMentionTimeline(me.user.id);
    let after = units();
    expect((after['owned_read'] ?? 0) - (before['owned_read'] ?? 0)).toBe(4);
    expect(after['post_read'] ?? 0).toBe(before['post_read'] ?? 0);

    before = after;
    await client.v2.userTimeline(other.user.id);
    after = units();
    expect((after['post_read'] ?? 0) - (before['post_read'] ?? 0)).toBe(5);
    expect(after['owned_read']).toBe(before['owned_read']);
  });
});
