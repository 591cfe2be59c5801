// GET /2/tweets/search/recent through the unmodified twitter-api-v2 client: each operator,
// since_id / until_id, next_token paging with the library's paginator, expansions, reposts left
// out of keyword searches, the 7-day window and its time rules, and X's 400s for bad input.
// Tests share one sandbox and search sees every post, so each test uses its own words and users.
import type { TwitterApi, TweetV2 } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import type { SandboxPost } from '../../../src/main/sandbox/model';
import { useSandbox } from '../../helpers/sandbox';
import { addPost, addReply, addRepost, addUser } from '../../helpers/sandbox-world';
import { INVALID_REQUEST, failure, rawAs } from '../../helpers/x-errors';

const sandbox = useSandbox({ initialCreditMicros: 1_000_000_000 });
const world = () => sandbox().server.world;
const client = (): TwitterApi => sandbox().clientFor('sam_comms');

const ids = (tweets: readonly (TweetV2 | SandboxPost)[]): string[] => tweets.map((tweet) => tweet.id);
const newestFirst = (posts: readonly SandboxPost[]): string[] => ids(posts).sort().reverse();

async function search(query: string, options: Record<string, unknown> = {}): Promise<string[]> {
  return ids((await client().v2.search(query, { max_results: 100, ...options })).tweets);
}

interface ProblemEntry {
  parameters?: Record<string, string[]>;
  message?: string;
}

/** The 400 a raw search with these parameters must end in: its errors. */
async function badSearch(params: Record<string, string>): Promise<ProblemEntry[]> {
  const response = await rawAs(sandbox(), 'sam_comms', 'GET', `/2/tweets/search/recent?${new URLSearchParams(params).toString()}`);
  expect(response.status).toBe(400);
  const body = response.json<{ errors: ProblemEntry[] }>();
  expect(body).toMatchObject(INVALID_REQUEST);
  return body.errors;
}

describe('search operators', () => {
  it('#hashtag, case-insensitively, as an entity only', async () => {
    const u = addUser(world(), 'op_hashtag');
    const tagged = addPost(world(), u.id, 'Join #OpTagOne tonight');
    const shouting = addPost(world(), u.id, 'JOIN #OPTAGONE NOW');
    addPost(world(), u.id, 'OpTagOne without the hash');
    addPost(world(), u.id, 'Join #OpTagOnex instead');
    expect(await search('#optagone')).toEqual(newestFirst([tagged, shouting]));
  });

  it('keyword: whole words, any case', async () => {
    const u = addUser(world(), 'op_keyword');
    const hit = addPost(world(), u.id, 'Spotted a Zebrafinch today');
    const hit2 = addPost(world(), u.id, 'zebrafinch, again!');
    addPost(world(), u.id, 'Two zebrafinches');
    expect(await search('zebrafinch')).toEqual(newestFirst([hit, hit2]));
  });

  it('"quoted phrase": the words together and in order', async () => {
    const u = addUser(world(), 'op_phrase');
    const hit = addPost(world(), u.id, 'Our quokka safety week starts Monday');
    addPost(world(), u.id, 'Safety quokka week: no');
    addPost(world(), u.id, 'quokka and safety week');
    expect(await search('"quokka safety week"')).toEqual([hit.id]);
  });

  it('from:, to:, conversation_id:, and is:reply beside another operator', async () => {
    const alice = addUser(world(), 'op_alice');
    const bob = addUser(world(), 'op_bob');
    const root = addPost(world(), alice.id, 'A thread about rotas');
    const bobReply = addReply(world(), bob.id, root, '@op_alice agreed', [alice.id]);
    const aliceReply = addReply(world(), alice.id, bobReply, '@op_bob thanks', [bob.id]);
    const elsewhere = addPost(world(), bob.id, 'Unrelated musing');

    expect(await search('from:op_alice')).toEqual([aliceReply.id, root.id]);
    expect(await search('from:OP_BOB')).toEqual([elsewhere.id, bobReply.id]);
    expect(await search(`from:${bob.id}`)).toEqual([elsewhere.id, bobReply.id]);
    expect(await search('from:op_alice OR from:op_bob')).toEqual([elsewhere.id, aliceReply.id, bobReply.id, root.id]);
    expect(await search('from:op_alice rotas')).toEqual([root.id]);
    expect(await search('from:op_alice OR musing')).toEqual([elsewhere.id, aliceReply.id, root.id]);
    expect(await search('from:nobody_by_that_name')).toEqual([]);
    expect(await search('to:op_alice')).toEqual([bobReply.id]);
    expect(await search(`conversation_id:${root.id}`)).toEqual([aliceReply.id, bobReply.id, root.id]);
    expect(await search(`conversation_id:${root.id} is:reply`)).toEqual([aliceReply.id, bobReply.id]);
    expect(await search(`conversation_id:${root.id} -is:reply`)).toEqual([root.id]);
  });

  it('OR, parentheses, negation and -is:retweet', async () => {
    const u = addUser(world(), 'op_logic');
    const other = addUser(world(), 'op_logic_other');
    const a = addPost(world(), u.id, 'First #OpAlpha post');
    const b = addPost(world(), u.id, 'Second #OpBeta post');
    addPost(world(), u.id, 'Third #OpGamma post');
    const aReply = addReply(world(), other.id, a, '@op_logic replying with #OpAlpha', [u.id]);
    const noisy = addPost(world(), u.id, '#OpAlpha spamspam');
    const repost = addRepost(world(), other.id, b);

    // A hashtag is not a keyword: the repost of b is found too (it carries b's text and tag).
    expect(await search('#OpAlpha OR #OpBeta')).toEqual(newestFirst([a, b, aReply, noisy, repost]));
    expect(await search('#OpBeta -is:retweet')).toEqual([b.id]);
    expect(await search('(#OpAlpha OR #OpBeta) is:reply')).toEqual([aReply.id]);
    expect(await search('#OpAlpha -spamspam')).toEqual(newestFirst([a, aReply]));
    expect(await search('#OpAlpha -(spamspam OR is:reply)')).toEqual([a.id]);
    // A query with no keyword keeps reposts; -is:retweet drops them.
    expect(await search('from:op_logic_other')).toEqual([repost.id, aReply.id]);
    expect(await search('from:op_logic_other -is:retweet')).toEqual([aReply.id]);
    expect(await search('from:op_logic_other is:retweet')).toEqual([repost.id]);
  });

  it('leaves reposts out of keyword searches (X since 2026-05), and deleted posts out of all', async () => {
    const author = addUser(world(), 'op_rp_author');
    const fan = addUser(world(), 'op_rp_fan');
    const original = addPost(world(), author.id, 'Kestrel spotted over the ward');
    addRepost(world(), fan.id, original);
    expect(await search('kestrel')).toEqual([original.id]);
    expect(await search('"kestrel spotted"')).toEqual([original.id]);

    const doomed = addPost(world(), author.id, 'kestrel again, soon deleted');
    expect(await search('kestrel')).toEqual([doomed.id, original.id]);
    await sandbox().clientFor('op_rp_author').v2.deleteTweet(doomed.id);
    expect(await search('kestrel')).toEqual([original.id]);
  });

  it('finds hidden replies too', async () => {
    const host = addUser(world(), 'op_hidden_host');
    const troll = addUser(world(), 'op_hidden_troll');
    const root = addPost(world(), host.id, 'Hidden reply check');
    const reply = addPost(world(), troll.id, '@op_hidden_host flamingoes are rude', {
      conversationId: root.id,
      inReplyToPostId: root.id,
      inReplyToUserId: host.id,
      hidden: true,
    });
    expect(await search('flamingoes')).toEqual([reply.id]);
  });
});

describe('search paging and bounds', () => {
  it('pages 25 results in pages of 10 through next_token: three pages, no duplicates, no token on the last', async () => {
    const u = addUser(world(), 'page_author');
    const posts = Array.from({ length: 25 }, (_, n) => addPost(world(), u.id, `pangolin number ${n}`));
    const expected = newestFirst(posts);

    const paginator = await client().v2.search('pangolin', { max_results: 10 });
    expect(ids(paginator.tweets)).toEqual(expected.slice(0, 10));
    expect(paginator.meta).toMatchObject({ result_count: 10, newest_id: expected[0], oldest_id: expected[9], next_token: expect.any(String) as unknown });
    await paginator.fetchNext();
    await paginator.fetchNext();
    expect(ids(paginator.tweets)).toEqual(expected);
    expect(new Set(ids(paginator.tweets)).size).toBe(25);
    expect(paginator.done).toBe(true);

    const seen: string[] = [];
    for await (const tweet of await client().v2.search('pangolin', { max_results: 10 })) seen.push(tweet.id);
    expect(seen).toEqual(expected);

    const first = (await rawAs(sandbox(), 'sam_comms', 'GET', '/2/tweets/search/recent?query=pangolin&max_results=10')).json<{ meta: { next_token: string } }>();
    const second = (await rawAs(sandbox(), 'sam_comms', 'GET', `/2/tweets/search/recent?query=pangolin&max_results=10&next_token=${first.meta.next_token}`)).json<{ meta: { next_token: string } }>();
    // pagination_token is accepted as well.
    const third = await rawAs(sandbox(), 'sam_comms', 'GET', `/2/tweets/search/recent?query=pangolin&max_results=10&pagination_token=${second.meta.next_token}`);
    expect(third.json()).toMatchObject({ meta: { result_count: 5, newest_id: expected[20], oldest_id: expected[24] } });
    expect(third.json<{ meta: Record<string, unknown> }>().meta).not.toHaveProperty('next_token');
  });

  it('honours since_id, until_id, max_results and the default of 10', async () => {
    const u = addUser(world(), 'bounds_author');
    const posts = Array.from({ length: 12 }, (_, n) => addPost(world(), u.id, `axolotl ${n}`));
    const expected = newestFirst(posts);
    const [p0, p1, p2, p3] = ids(posts);
    expect(await search('axolotl', { since_id: posts[8]!.id })).toEqual(expected.slice(0, 3));
    expect(await search('axolotl', { until_id: p3 })).toEqual([p2, p1, p0]);
    expect(await search('axolotl', { since_id: p0, until_id: p3 })).toEqual([p2, p1]);
    expect(ids((await client().v2.search('axolotl')).tweets)).toEqual(expected.slice(0, 10));
    expect(ids((await client().v2.search('axolotl', { max_results: 11 })).tweets)).toEqual(expected.slice(0, 11));
    expect(ids((await client().v2.search('axolotl', { sort_order: 'relevancy' })).tweets)).toHaveLength(10);
  });

  it('covers the last 7 days only, and applies start_time and end_time inside them', async () => {
    const u = addUser(world(), 'window_author');
    const now = world().clock.nowMs();
    const at = (ago: number): string => new Date(now - ago).toISOString();
    const day = 24 * 3600_000;
    addPost(world(), u.id, 'narwhal from last week', { createdAt: at(8 * day) });
    const sixDays = addPost(world(), u.id, 'narwhal from six days ago', { createdAt: at(6 * day) });
    const yesterday = addPost(world(), u.id, 'narwhal from yesterday', { createdAt: at(day) });
    const fresh = addPost(world(), u.id, 'narwhal just now', { createdAt: at(0) });

    expect(await search('narwhal')).toEqual([fresh.id, yesterday.id, sixDays.id]);
    expect(await search('narwhal', { start_time: at(2 * day) })).toEqual([fresh.id, yesterday.id]);
    expect(await search('narwhal', { end_time: at(3600_000) })).toEqual([yesterday.id, sixDays.id]);
  });

  it('answers no match with exactly {"meta":{"result_count":0}}', async () => {
    const response = await rawAs(sandbox(), 'sam_comms', 'GET', '/2/tweets/search/recent?query=nothingmatchesthisword');
    expect(response.status).toBe(200);
    expect(response.text).toBe('{"meta":{"result_count":0}}');
    const empty = await client().v2.search('nothingmatchesthisword');
    expect(empty.tweets).toEqual([]);
    expect(empty.done).toBe(true);
  });
});

describe('search expansions', () => {
  it('fills includes for author_id, referenced_tweets.id, attachments.media_keys and in_reply_to_user_id', async () => {
    const author = addUser(world(), 'exp_author');
    const replier = addUser(world(), 'exp_replier');
    const mediaId = world().nextId();
    world().media.insert({
      id: mediaId, mediaKey: `3_${mediaId}`, ownerId: author.id, type: 'photo', mimeType: 'image/png', totalBytes: 100,
      width: 10, height: 10, durationMs: null, altText: 'A chart', state: 'succeeded', createdAt: world().nowIso(),
      expiresAt: world().nowIso(), category: 'tweet_image', receivedBytes: 100, segments: 1,
    });
    const root = addPost(world(), author.id, 'Capybara chart attached', { mediaKeys: [`3_${mediaId}`] });
    const reply = addReply(world(), replier.id, root, '@exp_author lovely capybara chart', [author.id]);

    const result = await client().v2.search('capybara', {
      expansions: ['author_id', 'referenced_tweets.id', 'attachments.media_keys', 'in_reply_to_user_id'],
      'media.fields': ['alt_text', 'type'],
      'user.fields': ['username'],
    });
    expect(ids(result.tweets)).toEqual([reply.id, root.id]);
    const [replyTweet, rootTweet] = result.tweets;
    expect(result.includes.author(replyTweet!)).toMatchObject({ id: replier.id, username: 'exp_replier' });
    expect(result.includes.author(rootTweet!)).toMatchObject({ id: author.id, username: 'exp_author' });
    expect(replyTweet).toMatchObject({ in_reply_to_user_id: author.id, referenced_tweets: [{ type: 'replied_to', id: root.id }] });
    expect(result.includes.repliedTo(replyTweet!)).toMatchObject({ id: root.id, text: root.text });
    expect(result.includes.medias(rootTweet!)).toEqual([{ media_key: `3_${mediaId}`, type: 'photo', alt_text: 'A chart' }]);
    expect(result.includes.users?.map((user) => user.id).sort()).toEqual([author.id, replier.id].sort());
  });

  it('accepts post.fields as an alias of tweet.fields and refuses unknown fields', async () => {
    const u = addUser(world(), 'alias_author');
    addPost(world(), u.id, 'Ocelot facts');
    const response = await rawAs(sandbox(), 'sam_comms', 'GET', '/2/tweets/search/recent?query=ocelot&post.fields=created_at,author_id');
    expect(response.json()).toMatchObject({ data: [{ author_id: u.id, created_at: expect.any(String) as unknown }] });
    expect(await badSearch({ query: 'ocelot', expansions: 'pinned_tweet_id' })).toEqual([
      { parameters: { expansions: ['pinned_tweet_id'] }, message: expect.stringContaining('The `expansions` query parameter value [pinned_tweet_id] is not one of [') as unknown },
    ]);
  });
});

describe('search input X refuses', () => {
  it('bad queries: unbalanced parenthesis, empty, missing, 513 characters, standalone is:', async () => {
    expect(await badSearch({ query: '(#a OR #b' })).toEqual([
      { parameters: { query: ['(#a OR #b'] }, message: "There were errors processing your request: missing ')' at '<EOF>' (at position 10)" },
    ]);
    expect(await badSearch({ query: '' })).toEqual([{ parameters: { query: [''] }, message: "Invalid 'query':''. 'query' must be a non-empty string" }]);
    expect(await badSearch({})).toEqual([{ parameters: { query: [] }, message: 'The `query` query parameter can not be empty' }]);
    const long = 'a'.repeat(513);
    expect((await badSearch({ query: long }))[0]?.message).toBe(`Invalid 'query':'${long}'. 'query' must be at most 512 characters long, not 513`);
    expect((await badSearch({ query: 'is:reply' }))[0]?.message).toBe(
      'There were errors processing your request: is/has/lang cannot be used as a standalone operator (at position 1)',
    );
    // The library surfaces the same body.
    const error = await failure(client().v2.search('(unclosed'));
    expect(error.code).toBe(400);
    expect(error.data.errors?.[0]?.message).toBe("There were errors processing your request: missing ')' at '<EOF>' (at position 10)");
    await expect(client().v2.search('a'.repeat(512))).resolves.toBeDefined();
  });

  it('max_results outside 10–100, non-numbers, bad sort_order', async () => {
    expect(await badSearch({ query: 'x', max_results: '1000' })).toEqual([
      { parameters: { max_results: ['1000'] }, message: 'The `max_results` query parameter value [1000] is not between 10 and 100' },
    ]);
    expect((await badSearch({ query: 'x', max_results: '9' }))[0]?.message).toBe('The `max_results` query parameter value [9] is not between 10 and 100');
    expect((await badSearch({ query: 'x', max_results: '1.5' }))[0]?.parameters).toEqual({ max_results: ['1.5'] });
    expect((await badSearch({ query: 'x', since_id: 'abc' }))[0]?.message).toBe('The `since_id` query parameter value [abc] does not match ^[0-9]{1,19}$');
    expect((await badSearch({ query: 'x', sort_order: 'popular' }))[0]?.message).toBe(
      'The `sort_order` query parameter value [popular] is not one of [recency,relevancy]',
    );
    expect((await failure(client().v2.search('x', { max_results: 5 }))).code).toBe(400);
  });

  it('bad, forged and borrowed next_tokens', async () => {
    const u = addUser(world(), 'token_author');
    Array.from({ length: 12 }, (_, n) => addPost(world(), u.id, `wombat ${n}`));
    expect(await badSearch({ query: 'wombat', next_token: 'b26v89c19zqg8o3fo7gesq314yb9na7fl3f5b' })).toEqual([
      { parameters: { next_token: ['b26v89c19zqg8o3fo7gesq314yb9na7fl3f5b'] }, message: 'The `next_token` query parameter value [b26v89c19zqg8o3fo7gesq314yb9na7fl3f5b] is not valid' },
    ]);
    const token = (await client().v2.search('wombat')).meta.next_token ?? '';
    expect(token).not.toBe('');
    // A token belongs to its query.
    expect((await badSearch({ query: 'wombat -zzz', next_token: token }))[0]?.parameters).toEqual({ next_token: [token] });
    expect((await badSearch({ query: 'wombat', pagination_token: `${token}x` }))[0]?.parameters).toEqual({ pagination_token: [`${token}x`] });
  });

  it('the time rules of recent search: 7 days back, 10 seconds ago, start before end, a recent since_id', async () => {
    const now = world().clock.nowMs();
    const eightDaysAgo = new Date(now - 8 * 24 * 3600_000).toISOString();
    const [tooOld] = await badSearch({ query: 'x', start_time: eightDaysAgo });
    expect(tooOld?.parameters).toEqual({ start_time: [eightDaysAgo] });
    expect(tooOld?.message).toMatch(new RegExp(`^Invalid 'start_time':'${eightDaysAgo}'\\. 'start_time' must be on or after \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\dZ$`));

    const justNow = new Date(now - 2000).toISOString();
    expect(await badSearch({ query: 'x', end_time: justNow })).toEqual([
      { parameters: { end_time: [justNow] }, message: `Invalid 'end_time':'${justNow}'. 'end_time' must be a minimum of 10 seconds prior to the request time.` },
    ]);
    const hourAgo = new Date(now - 3600_000).toISOString();
    const twoHoursAgo = new Date(now - 7200_000).toISOString();
    expect((await badSearch({ query: 'x', start_time: hourAgo, end_time: twoHoursAgo }))[0]?.parameters).toEqual({ end_time: [twoHoursAgo] });
    expect((await badSearch({ query: 'x', start_time: 'monday' }))[0]?.parameters).toEqual({ start_time: ['monday'] });

    const [oldSince] = await badSearch({ query: 'x', since_id: '1000000000000000000' });
    expect(oldSince?.parameters).toEqual({ since_id: ['1000000000000000000'] });
    expect(oldSince?.message).toMatch(/^'since_id' must be a tweet id created after \S+Z\. Please use a 'since_id' that is larger than \d{19}$/);
  });

  it('needs tweet.read and users.read', async () => {
    const error = await failure(sandbox().clientFor('sam_comms', 'users.read').v2.search('anything'));
    expect(error.code).toBe(403);
  });
});

describe('search metering', () => {
  it('bills each returned post as a post read, the caller’s own as owned reads', async () => {
    const other = addUser(world(), 'meter_search_other');
    addPost(world(), other.id, 'tapir one');
    addPost(world(), other.id, 'tapir two');
    const sam = world().users.byUsername('sam_comms')!;
    addPost(world(), sam.id, 'my own tapir');
    const units = (): Record<string, number> => Object.fromEntries(world().usage.totals().map((row) => [row.item, row.units]));
    const before = units();
    await client().v2.search('tapir');
    const after = units();
    expect((after['post_read'] ?? 0) - (before['post_read'] ?? 0)).toBe(2);
    expect((after['owned_read'] ?? 0) - (before['owned_read'] ?? 0)).toBe(1);
  });
});
