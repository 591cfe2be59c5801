// GET /2/users/reposts_of_me through the unmodified twitter-api-v2 client and raw requests: other
// people's reposts of the caller's posts, newest first, paged by pagination_token, with fields and
// expansions; X's OpenAPI parameters only (no since_id), timeline.read + tweet.read, rate-limit
// headers, and owned-read metering.
import type { TwitterApi } from 'twitter-api-v2';
import { describe, expect, it } from 'vitest';
import type { SandboxPost } from '../../../src/main/sandbox/model';
import { useSandbox } from '../../helpers/sandbox';
import { addPost, addRepost, addUser } from '../../helpers/sandbox-world';
import { failure, rawAs } from '../../helpers/x-errors';

const sandbox = useSandbox({ initialCreditMicros: 1_000_000_000 });
const world = () => sandbox().server.world;
const PATH = 'users/reposts_of_me';

interface RepostsPage {
  data?: { id: string; author_id?: string; referenced_tweets?: { type: string; id: string }[] }[];
  includes?: { users?: { username: string }[]; tweets?: { id: string }[] };
  meta: { result_count: number; next_token?: string };
}

/** A fresh author with two posts, reposted by fans in turn; returns the reposts oldest first. */
function reposted(username: string, count: number): { client: TwitterApi; own: SandboxPost[]; reposts: SandboxPost[] } {
  const me = addUser(world(), username);
  const fans = [addUser(world(), `${username}_a`), addUser(world(), `${username}_b`)];
  const own = [addPost(world(), me.id, `${username} first`), addPost(world(), me.id, `${username} second`)];
  const reposts: SandboxPost[] = [];
  for (let n = 0; n < count; n += 1) {
    const fan = addUser(world(), `${username}_${n}`);
    reposts.push(addRepost(world(), fan.id, own[n % 2]!));
  }
  // Not reposts of mine: my own repost of a fan's post, and a fan reposting another fan.
  const fanPost = addPost(world(), fans[0]!.id, 'fan post');
  addRepost(world(), me.id, fanPost);
  addRepost(world(), fans[1]!.id, fanPost);
  return { client: sandbox().clientFor(username, 'tweet.read users.read timeline.read'), own, reposts };
}

const newestFirst = (posts: readonly SandboxPost[]): string[] => posts.map((post) => post.id).reverse();

describe('GET /2/users/reposts_of_me', () => {
  it('lists other people’s reposts of the caller’s posts, newest first, paged by pagination_token, with expansions', async () => {
    const { client, own, reposts } = reposted('rom_pages', 7);
    const expected = newestFirst(reposts);

    const first = await client.v2.get<RepostsPage>(PATH, { max_results: 5, expansions: 'author_id,referenced_tweets.id', 'tweet.fields': 'referenced_tweets,author_id' });
    expect(first.data?.map((post) => post.id)).toEqual(expected.slice(0, 5));
    expect(first.data?.[0]?.referenced_tweets).toEqual([{ type: 'retweeted', id: own[0]!.id }]);
    expect(first.includes?.tweets?.map((post) => post.id).sort()).toEqual(own.map((post) => post.id).sort());
    expect(first.includes?.users?.map((user) => user.username)).toContain('rom_pages_6');
    expect(first.meta.result_count).toBe(5);
    expect(first.meta.next_token).toEqual(expect.any(String));

    const second = await client.v2.get<RepostsPage>(PATH, { max_results: 5, pagination_token: first.meta.next_token ?? '' });
    expect(second.data?.map((post) => post.id)).toEqual(expected.slice(5));
    expect(second.meta.next_token).toBeUndefined();
  });

  it('defaults to 100 per page, takes 1, and sends the rate-limit headers', async () => {
    const { reposts } = reposted('rom_limits', 3);
    const { accessToken } = sandbox().server.issueTokens('rom_limits', 'tweet.read timeline.read');
    const response = await sandbox().raw('GET', `/2/${PATH}?max_results=1`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(response.status).toBe(200);
    expect(response.json<RepostsPage>().data?.map((post) => post.id)).toEqual([reposts.at(-1)!.id]);
    expect(response.headers['x-rate-limit-limit']).toBe('75');
    expect(Number(response.headers['x-rate-limit-remaining'])).toBeLessThan(75);
    expect(Number(response.headers['x-rate-limit-reset'])).toBeGreaterThan(Date.now() / 1000);
    const all = await rawAs(sandbox(), 'rom_limits', 'GET', `/2/${PATH}`);
    expect(all.json<RepostsPage>().meta.result_count).toBe(3);
  });

  it('takes only what X’s OpenAPI lists: since_id, until_id and max_results out of 1–100 are 400s', async () => {
    reposted('rom_params', 1);
    const bad = async (query: string): Promise<{ parameters?: Record<string, string[]>; message?: string }[]> => {
      const response = await rawAs(sandbox(), 'rom_params', 'GET', `/2/${PATH}?${query}`);
      expect(response.status).toBe(400);
      return response.json<{ errors: { parameters?: Record<string, string[]>; message?: string }[] }>().errors;
    };
    expect((await bad('since_id=1'))[0]).toEqual({
      parameters: { since_id: ['1'] },
      message: expect.stringMatching(/^The query parameter \[since_id\] is not one of \[.*max_results.*pagination_token.*\]$/) as unknown,
    });
    expect((await bad('until_id=1'))[0]?.parameters).toEqual({ until_id: ['1'] });
    expect((await bad('max_results=0'))[0]?.message).toBe('The `max_results` query parameter value [0] is not between 1 and 100');
    expect((await bad('max_results=101'))[0]?.parameters).toEqual({ max_results: ['101'] });
  });

  it('needs timeline.read and tweet.read', async () => {
    reposted('rom_scopes', 1);
    expect((await failure(sandbox().clientFor('rom_scopes', 'tweet.read users.read').v2.get(PATH))).code).toBe(403);
    expect((await failure(sandbox().clientFor('rom_scopes', 'timeline.read users.read').v2.get(PATH))).code).toBe(403);
  });

  it('bills every repost it returns as an owned read', async () => {
    const { client } = reposted('rom_meter', 4);
    const units = (): Record<string, number> => Object.fromEntries(world().usage.totals().map((row) => [row.item, row.units]));
    const before = units();
    await client.v2.get(PATH);
    const after = units();
    expect((after['owned_read'] ?? 0) - (before['owned_read'] ?? 0)).toBe(4);
    expect(after['post_read'] ?? 0).toBe(before['post_read'] ?? 0);
  });
});
