// The admin interface over real HTTPS: its token, its inputs, and that each control (posts list,
// faults, token expiry, clock, stats, reset) does what a test relies on.
import { ApiResponseError } from 'twitter-api-v2';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox';

const sandbox = useSandbox({ initialCreditMicros: 1_000_000 });

/** Each test starts from the seed: the three core accounts, no posts, no faults, clock at 0. */
beforeEach(() => sandbox().server.context.reset());

const adminHeaders = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

async function statusOf(promise: Promise<unknown>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof ApiResponseError) return error.code;
    throw error;
  }
}

describe('admin authentication', () => {
  it('refuses a missing token, a wrong token, another scheme and an X access token with 401 JSON', async () => {
    const { raw, server } = sandbox();
    const xToken = server.issueTokens('HorizonsNHS', 'tweet.read users.read').accessToken;
    const attempts: (Record<string, string> | undefined)[] = [
      undefined,
      { authorization: 'Bearer wrong-token-of-some-length' },
      { authorization: `Bearer ${server.adminToken ?? ''}x` },
      { authorization: `Basic ${server.adminToken ?? ''}` },
      { authorization: `Bearer ${xToken}` },
    ];
    for (const headers of attempts) {
      const response = await raw('GET', '/admin/stats', { headers });
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.json()).toEqual({ error: 'Missing or wrong admin token.' });
    }
    expect((await raw('GET', '/admin/stats', { headers: adminHeaders(server.adminToken ?? '') })).status).toBe(200);
  });

  it('does not act on a refused request', async () => {
    const { raw, admin, server } = sandbox();
    const body = JSON.stringify({ offsetMs: 60_000 });
    const refused = await raw('POST', '/admin/clock', { headers: { 'content-type': 'application/json', authorization: 'Bearer nope-nope-nope' }, body });
    expect(refused.status).toBe(401);
    expect(server.world.clock.offsetMs()).toBe(0);
    server.world.users.insert({ ...server.world.users.byUsername('sam_comms')!, id: server.world.nextId(), username: 'extra_user' });
    expect((await raw('POST', '/admin/reset')).status).toBe(401);
    expect(server.world.users.byUsername('extra_user')).toBeDefined();
    expect((await admin('GET', '/admin/clock')).body).toMatchObject({ offsetMs: 0 });
  });
});

describe('GET /admin/posts', () => {
  it('lists posts made through twitter-api-v2 in creation order, with the admin fields', async () => {
    const { admin, clientFor } = sandbox();
    const horizons = clientFor('HorizonsNHS');
    const first = await horizons.v2.tweet('Admin list: first post #Improve4Patients');
    const reply = await clientFor('HorizonsNHS').v2.reply('Admin list: a follow-up in the thread', first.data.id);
    const sam = await clientFor('sam_comms').v2.tweet('Admin list: Sam says hello');

    const all = await admin<{ data: Record<string, unknown>[] }>('GET', '/admin/posts');
    expect(all.status).toBe(200);
    expect(all.body.data.map((post) => post['id'])).toEqual([first.data.id, reply.data.id, sam.data.id]);
    expect(all.body.data[1]).toEqual({
      id: reply.data.id,
      text: 'Admin list: a follow-up in the thread',
      author_username: 'HorizonsNHS',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      in_reply_to_tweet_id: first.data.id,
    });
    expect(all.body.data[0]?.['in_reply_to_tweet_id']).toBeNull();

    const mine = await admin<{ data: { id: string; author_username: string }[] }>('GET', '/admin/posts?username=HorizonsNHS');
    expect(mine.body.data.map((post) => post.id)).toEqual([first.data.id, reply.data.id]);
    expect(new Set(mine.body.data.map((post) => post.author_username))).toEqual(new Set(['HorizonsNHS']));
    expect((await admin<{ data: unknown[] }>('GET', '/admin/posts?username=Sch4Change')).body).toEqual({ data: [] });
  });

  it('answers 404 for an unknown user and 400 for a malformed name or an unknown parameter', async () => {
    const { admin } = sandbox();
    expect(await admin('GET', '/admin/posts?username=nobody_here')).toEqual({ status: 404, body: { error: 'No sandbox user @nobody_here.' } });
    const malformed = await admin<{ error: string }>('GET', '/admin/posts?username=not-a-name!');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/^username: must be an X username/);
    const tooLong = await admin<{ error: string }>('GET', `/admin/posts?username=${'a'.repeat(16)}`);
    expect(tooLong.status).toBe(400);
    const unknown = await admin<{ error: string }>('GET', '/admin/posts?user=HorizonsNHS');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error).toMatch(/user/);
  });
});

describe('faults', () => {
  it('arms faults, lists them and clears them; admin routes never suffer them', async () => {
    const { admin } = sandbox();
    const armed = await admin('POST', '/admin/faults', { count: 2, kind: '500', path: '/2/users/me' });
    expect(armed).toEqual({ status: 201, body: { data: [{ kind: '500', path: '/2/users/me', remaining: 2 }] } });
    await admin('POST', '/admin/faults', { count: 1, kind: 'slow', delayMs: 50 });
    const listed = await admin('GET', '/admin/faults');
    expect(listed).toEqual({
      status: 200,
      body: { data: [{ kind: '500', path: '/2/users/me', remaining: 2 }, { kind: 'slow', path: null, remaining: 1 }] },
    });
    // The path-less fault would hit the next X request; admin requests go past it untouched.
    expect((await admin('GET', '/admin/faults')).body).toEqual(listed.body);
    expect(await admin('POST', '/admin/faults/clear')).toEqual({ status: 200, body: { data: [] } });
    expect(await admin('GET', '/admin/faults')).toEqual({ status: 200, body: { data: [] } });
  });

  it('refuses bad fault requests with 400 and a reason naming the field', async () => {
    const { admin, raw, server } = sandbox();
    const cases: [unknown, RegExp][] = [
      [{ kind: '500' }, /^count: /],
      [{ count: 0, kind: '500' }, /^count: /],
      [{ count: '2', kind: '500' }, /^count: .*number/],
      [{ count: 1.5, kind: '500' }, /^count: /],
      [{ count: 1, kind: '418' }, /^kind: /],
      [{ count: 1 }, /^kind: /],
      [{ count: 1, kind: '500', path: '2/tweets' }, /^path: /],
      [{ count: 1, kind: 'slow', delayMs: -5 }, /^delayMs: /],
      [{ count: 1, kind: '500', extra: true }, /extra/],
      [[1, 2], /^body: /],
    ];
    for (const [body, reason] of cases) {
      const answer = await admin<{ error: string }>('POST', '/admin/faults', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error, JSON.stringify(body)).toMatch(reason);
    }
    const broken = await raw('POST', '/admin/faults', { headers: adminHeaders(server.adminToken ?? ''), body: '{"count": 1,' });
    expect(broken.status).toBe(400);
    expect(broken.json<{ error: string }>().error).toMatch(/not valid JSON/);
    const noBody = await admin<{ error: string }>('POST', '/admin/faults');
    expect(noBody.status).toBe(400);
    expect((await admin('GET', '/admin/faults')).body).toEqual({ data: [] });
  });
});

describe('token expiry and revocation', () => {
  it('expires a user’s access tokens now; the refresh token survives', async () => {
    const { admin, clientFor, server } = sandbox();
    const sam = clientFor('sam_comms');
    const horizons = clientFor('HorizonsNHS');
    const tokens = server.issueTokens('sam_comms', 'tweet.read users.read offline.access');
    expect((await sam.v2.me()).data.username).toBe('sam_comms');

    expect(await admin('POST', '/admin/tokens/expire', { username: 'sam_comms' })).toEqual({ status: 200, body: { username: 'sam_comms', expired: 2 } });
    expect(await statusOf(sam.v2.me())).toBe(401);
    expect(await statusOf(horizons.v2.me())).toBe(200);
    expect(server.world.oauth.find(tokens.refreshToken ?? '')?.revokedAt).toBeNull();
    // Nothing left to expire.
    expect((await admin('POST', '/admin/tokens/expire', { username: '@sam_comms' })).body).toEqual({ username: 'sam_comms', expired: 0 });
  });

  it('revokes every token of a user, refresh tokens included', async () => {
    // clientFor and issueTokens each grant offline.access here: two access and two refresh tokens.
    const { admin, clientFor, server } = sandbox();
    const horizons = clientFor('HorizonsNHS');
    const tokens = server.issueTokens('HorizonsNHS', 'tweet.read users.read offline.access');
    expect(await admin('POST', '/admin/tokens/revoke', { username: 'HorizonsNHS' })).toEqual({ status: 200, body: { username: 'HorizonsNHS', revoked: 4 } });
    expect(await statusOf(horizons.v2.me())).toBe(401);
    expect(server.world.oauth.find(tokens.refreshToken ?? '')?.revokedAt).not.toBeNull();
  });

  it('answers 404 for an unknown user and 400 for a missing or malformed username', async () => {
    const { admin } = sandbox();
    for (const path of ['/admin/tokens/expire', '/admin/tokens/revoke']) {
      expect(await admin('POST', path, { username: 'ghost_account' })).toEqual({ status: 404, body: { error: 'No sandbox user @ghost_account.' } });
      expect((await admin('POST', path, {})).status).toBe(400);
      expect((await admin('POST', path, { username: 42 })).status).toBe(400);
      expect((await admin('POST', path, { username: 'has space' })).status).toBe(400);
    }
  });
});

describe('POST /admin/clock', () => {
  it('shifts sandbox time: the answer, new posts and token expiry all follow it', async () => {
    const { admin, clientFor } = sandbox();
    const sam = clientFor('sam_comms');
    const hour = 3600_000;
    const shifted = await admin<{ now: string; offsetMs: number }>('POST', '/admin/clock', { offsetMs: 3 * hour });
    expect(shifted.status).toBe(200);
    expect(shifted.body.offsetMs).toBe(3 * hour);
    expect(Math.abs(Date.parse(shifted.body.now) - (Date.now() + 3 * hour))).toBeLessThan(5_000);

    // Access tokens live two hours: three hours on, the token issued before the shift is dead.
    expect(await statusOf(sam.v2.me())).toBe(401);
    const post = await clientFor('sam_comms').v2.tweet('Posted three hours from now');
    const [listed] = (await admin<{ data: { id: string; created_at: string }[] }>('GET', '/admin/posts?username=sam_comms')).body.data;
    expect(listed?.id).toBe(post.data.id);
    expect(Date.parse(listed?.created_at ?? '') - Date.now()).toBeGreaterThan(3 * hour - 5_000);

    const back = await admin<{ offsetMs: number }>('POST', '/admin/clock', { offsetMs: 0 });
    expect(back.body.offsetMs).toBe(0);
    expect((await admin<{ clockOffsetMs: number }>('GET', '/admin/stats')).body.clockOffsetMs).toBe(0);
  });

  it('refuses a missing, non-integer, string or absurd offset', async () => {
    const { admin, server } = sandbox();
    for (const body of [{}, { offsetMs: 1.5 }, { offsetMs: '1000' }, { offsetMs: 1e15 }, { offsetMs: 5, extra: 1 }]) {
      const answer = await admin<{ error: string }>('POST', '/admin/clock', body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(answer.body.error).toMatch(/offsetMs|extra/);
    }
    expect(server.world.clock.offsetMs()).toBe(0);
  });
});

describe('GET /admin/stats', () => {
  it('counts posts per user, X requests per endpoint (not admin ones), usage and credit', async () => {
    const { admin, clientFor } = sandbox();
    const horizons = clientFor('HorizonsNHS');
    await horizons.v2.tweet('Stats: one');
    await horizons.v2.tweet('Stats: two');
    await clientFor('Sch4Change').v2.tweet('Stats: three');
    await horizons.v2.me();
    await admin('GET', '/admin/posts');

    const { status, body } = await admin<Record<string, unknown>>('GET', '/admin/stats');
    expect(status).toBe(200);
    expect(body['postsPerUser']).toEqual({ HorizonsNHS: 2, Sch4Change: 1 });
    expect(body['requestsPerEndpoint']).toEqual({ 'GET /2/users/me': 1, 'POST /2/tweets': 3 });
    expect(body['usage']).toContainEqual({ item: 'post_create', units: 3, costMicros: 45_000 });
    const spent = (body['usage'] as { costMicros: number }[]).reduce((sum, row) => sum + row.costMicros, 0);
    expect(body['creditBalanceMicros']).toBe(1_000_000 - spent);
    expect(body).toMatchObject({ plan: 'pay-per-use', clockOffsetMs: 0 });
  });
});

describe('POST /admin/rate-limits', () => {
  it('changes a limit at runtime and refuses malformed keys', async () => {
    const { admin, clientFor } = sandbox();
    const sch = clientFor('Sch4Change');
    expect(await admin('POST', '/admin/rate-limits', { endpoint: 'GET /2/users/me', limit: 1 })).toEqual({
      status: 200,
      body: { endpoint: 'GET /2/users/me', limit: 1 },
    });
    expect(await statusOf(sch.v2.me())).toBe(200);
    expect(await statusOf(sch.v2.me())).toBe(429);
    for (const body of [{ endpoint: '/2/users/me', limit: 1 }, { endpoint: 'GET /2/users/me', limit: -1 }, { endpoint: 'GET /2/users/me' }]) {
      expect((await admin('POST', '/admin/rate-limits', body)).status).toBe(400);
    }
  });
});

describe('POST /admin/reset', () => {
  it('returns to the seed: posts, extra users, faults, clock, counters, limits and credit', async () => {
    const { admin, clientFor, server } = sandbox();
    const before = server.world.users.all().map((user) => user.username).sort();
    await clientFor('HorizonsNHS').v2.tweet('Reset: this post must go');
    server.world.users.insert({ ...server.world.users.byUsername('sam_comms')!, id: server.world.nextId(), username: 'temp_trainee' });
    await admin('POST', '/admin/faults', { count: 5, kind: '503' });
    await admin('POST', '/admin/clock', { offsetMs: 60_000 });
    await admin('POST', '/admin/rate-limits', { endpoint: 'GET /2/users/me', limit: 0 });

    expect(await admin('POST', '/admin/reset')).toEqual({ status: 200, body: { reset: true, users: 3 } });
    expect((await admin('GET', '/admin/posts')).body).toEqual({ data: [] });
    expect(server.world.users.all().map((user) => user.username).sort()).toEqual(before);
    expect((await admin('GET', '/admin/faults')).body).toEqual({ data: [] });
    const stats = await admin<Record<string, unknown>>('GET', '/admin/stats');
    expect(stats.body).toMatchObject({ postsPerUser: {}, requestsPerEndpoint: {}, usage: [], creditBalanceMicros: 1_000_000, clockOffsetMs: 0 });
    expect(await statusOf(clientFor('HorizonsNHS').v2.me())).toBe(200);
  });
});

describe('without admin', () => {
  const plain = useSandbox({ admin: false });

  it('serves no /admin/ routes at all: 404 as for any unknown path', async () => {
    const { raw, server } = plain();
    expect(server.adminToken).toBeNull();
    for (const [method, path] of [
      ['GET', '/admin/stats'],
      ['GET', '/admin/posts'],
      ['POST', '/admin/faults'],
      ['POST', '/admin/reset'],
    ] as const) {
      const response = await raw(method, path, { headers: { authorization: 'Bearer anything-at-all' } });
      expect(response.status, path).toBe(404);
      expect(response.json()).toEqual({ errors: [{ message: 'Sorry, that page does not exist', code: 34 }] });
    }
  });
});
