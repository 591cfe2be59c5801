// What a client sees when X says no: per-user per-endpoint rate limits with X's headers, every
// injected fault kind, and the pay-per-use credit running out — all through the unmodified
// twitter-api-v2 client, as the app's provider will meet them.
import { ApiRequestError, ApiResponseError, type TwitterApi } from 'twitter-api-v2';
import { beforeEach, describe, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox';

const sandbox = useSandbox({ rateLimits: { 'GET /2/users/me': 3 } });

beforeEach(() => sandbox().server.context.reset());

const WINDOW_S = 15 * 60;
const TOO_MANY = { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 };
const CREDITS_DEPLETED = {
  title: 'CreditsDepleted',
  detail: 'Your enrolled account does not have any credits to fulfill this request.',
  type: 'https://api.twitter.com/2/problems/credits',
};

async function failure(promise: Promise<unknown>): Promise<ApiResponseError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiResponseError)) throw new Error(`expected an ApiResponseError, got ${String(error)}`);
  return error;
}

async function requestFailure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof ApiRequestError)) throw new Error(`expected an ApiRequestError, got ${String(error)}`);
  return error;
}

/**
 * The network error behind an ApiRequestError. twitter-api-v2 1.29 builds the error with
 * `{request, error}` but its `requestError` getter reads `_options.requestError`, so the getter is
 * undefined; the cause is only reachable where the library stored it.
 */
function causeOf(error: ApiRequestError): NodeJS.ErrnoException {
  const stored = (error as unknown as { _options?: { error?: NodeJS.ErrnoException } })._options?.error;
  const cause = (error.requestError as NodeJS.ErrnoException | undefined) ?? stored;
  if (!cause) throw new Error('ApiRequestError without a cause');
  return cause;
}

const me = (client: TwitterApi) => client.v2.get<{ data: { username: string } }>('users/me', undefined, { fullResponse: true });

describe('per-user, per-endpoint rate limits', () => {
  it('sends x-rate-limit-* on every answer and 429 with readable headers once the window is spent', async () => {
    const client = sandbox().clientFor('HorizonsNHS');
    const nowS = Math.floor(Date.now() / 1000);
    const seen: { limit: number; remaining: number; reset: number }[] = [];
    for (let call = 0; call < 3; call += 1) {
      const response = await me(client);
      expect(response.data.data.username).toBe('HorizonsNHS');
      expect(response.headers['x-rate-limit-limit']).toBe('3');
      seen.push({ limit: response.rateLimit!.limit, remaining: response.rateLimit!.remaining, reset: response.rateLimit!.reset });
    }
    const reset = seen[0]!.reset;
    expect(seen).toEqual([
      { limit: 3, remaining: 2, reset },
      { limit: 3, remaining: 1, reset },
      { limit: 3, remaining: 0, reset },
    ]);
    expect(reset).toBeGreaterThanOrEqual(nowS + WINDOW_S - 1);
    expect(reset).toBeLessThanOrEqual(nowS + WINDOW_S + 2);

    const error = await failure(client.v2.me());
    expect(error.code).toBe(429);
    expect(error.rateLimitError).toBe(true);
    expect(error.rateLimit).toEqual({ limit: 3, remaining: 0, reset });
    expect(error.headers['x-rate-limit-reset']).toBe(String(reset));
    expect(error.data).toEqual(TOO_MANY);
    expect(client.v2.getLastRateLimitStatus('users/me')).toEqual({ limit: 3, remaining: 0, reset });
  });

  it('keeps separate windows for other users and other endpoints', async () => {
    const { clientFor } = sandbox();
    const horizons = clientFor('HorizonsNHS');
    for (let call = 0; call < 3; call += 1) await horizons.v2.me();
    expect((await failure(horizons.v2.me())).code).toBe(429);

    const sam = await me(clientFor('sam_comms'));
    expect(sam.rateLimit).toMatchObject({ limit: 3, remaining: 2 });

    const posted = await horizons.v2.post<{ data: { id: string } }>('tweets', { text: 'Another endpoint, another window' }, { fullResponse: true });
    expect(posted.rateLimit).toMatchObject({ limit: 100, remaining: 99 });
  });

  it('carries the headers on refusals past the limiter too (403 duplicate)', async () => {
    const client = sandbox().clientFor('Sch4Change');
    await client.v2.tweet('Said once, said twice');
    const error = await failure(client.v2.tweet('Said once, said twice'));
    expect(error.code).toBe(403);
    expect(error.rateLimit).toMatchObject({ limit: 100, remaining: 98 });
  });

  it('opens a new window once the sandbox clock passes the reset time', async () => {
    const { clientFor, admin } = sandbox();
    const client = clientFor('sam_comms');
    for (let call = 0; call < 3; call += 1) await client.v2.me();
    const refused = await failure(client.v2.me());
    const oldReset = refused.rateLimit!.reset;

    await admin('POST', '/admin/clock', { offsetMs: 14 * 60_000 });
    expect((await failure(client.v2.me())).code).toBe(429);

    await admin('POST', '/admin/clock', { offsetMs: WINDOW_S * 1000 + 1000 });
    const again = await me(client);
    expect(again.rateLimit?.remaining).toBe(2);
    expect(again.rateLimit!.reset).toBeGreaterThanOrEqual(oldReset + WINDOW_S);
  });
});

describe('injected faults', () => {
  const statusFaults: [kind: '429' | '500' | '503' | '402', body: Record<string, unknown>][] = [
    ['429', TOO_MANY],
    ['500', { title: 'Internal Server Error', detail: 'Internal Server Error', type: 'about:blank', status: 500 }],
    ['503', { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 }],
    ['402', CREDITS_DEPLETED],
  ];

  it.each(statusFaults)('kind %s answers that status with X’s body, once', async (kind, body) => {
    const { admin, clientFor } = sandbox();
    const client = clientFor('HorizonsNHS');
    await admin('POST', '/admin/faults', { count: 1, kind });
    const error = await failure(client.v2.me());
    expect(error.code).toBe(Number(kind));
    expect(error.data).toEqual(body);
    if (kind === '429') {
      expect(error.rateLimitError).toBe(true);
      expect(error.rateLimit?.remaining).toBe(0);
      expect(error.rateLimit!.reset).toBeGreaterThan(Date.now() / 1000);
    }
    expect((await client.v2.me()).data.username).toBe('HorizonsNHS');
  });

  it('reset drops the connection: the client sees a socket error, and the next request is served', async () => {
    const { admin, clientFor } = sandbox();
    const client = clientFor('HorizonsNHS');
    await admin('POST', '/admin/faults', { count: 1, kind: 'reset' });
    const error = await requestFailure(client.v2.me());
    expect(causeOf(error)).toMatchObject({ code: 'ECONNRESET', message: 'socket hang up' });
    expect((await client.v2.me()).data.username).toBe('HorizonsNHS');
  });

  it('timeout never answers: a client with a timeout gives up, and the server still serves the next request', async () => {
    const { admin, clientFor } = sandbox();
    const client = clientFor('sam_comms');
    await admin('POST', '/admin/faults', { count: 1, kind: 'timeout' });
    const started = Date.now();
    const error = await requestFailure(client.v2.get('users/me', undefined, { timeout: 400 }));
    expect(causeOf(error).message).toBe('Request timeout.');
    expect(Date.now() - started).toBeGreaterThanOrEqual(390);
    expect((await client.v2.me()).data.username).toBe('sam_comms');
  });

  it('slow delivers the complete body, no sooner than delayMs', async () => {
    const { admin, clientFor, raw, server } = sandbox();
    await admin('POST', '/admin/faults', { count: 1, kind: 'slow', delayMs: 600 });
    let started = Date.now();
    const user = await clientFor('Sch4Change').v2.me();
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    expect(user.data.username).toBe('Sch4Change');

    await admin('POST', '/admin/faults', { count: 1, kind: 'slow', delayMs: 300 });
    const token = server.issueTokens('Sch4Change', 'tweet.read users.read').accessToken;
    started = Date.now();
    const response = await raw('GET', '/2/users/me', { headers: { authorization: `Bearer ${token}` } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ data: { username: 'Sch4Change' } });
  });

  it('a path prefix limits the fault to matching paths', async () => {
    const { admin, clientFor } = sandbox();
    const client = clientFor('HorizonsNHS');
    await admin('POST', '/admin/faults', { count: 1, kind: '500', path: '/2/tweets' });
    expect((await client.v2.me()).data.username).toBe('HorizonsNHS');
    expect((await admin('GET', '/admin/faults')).body).toEqual({ data: [{ kind: '500', path: '/2/tweets', remaining: 1 }] });
    expect((await failure(client.v2.tweet('Hit by the armed fault'))).code).toBe(500);
    expect((await admin('GET', '/admin/faults')).body).toEqual({ data: [] });
    // The failed request created nothing; the same text now posts.
    expect((await client.v2.tweet('Hit by the armed fault')).data.text).toBe('Hit by the armed fault');
  });

  it('consumes exactly count requests', async () => {
    const { admin, clientFor } = sandbox();
    const client = clientFor('sam_comms');
    await admin('POST', '/admin/faults', { count: 3, kind: '503', path: '/2/users' });
    for (let call = 1; call <= 3; call += 1) {
      expect((await failure(client.v2.me())).code).toBe(503);
      const pending = (await admin<{ data: { remaining: number }[] }>('GET', '/admin/faults')).body.data;
      expect(pending.map((fault) => fault.remaining)).toEqual(call < 3 ? [3 - call] : []);
    }
    expect((await client.v2.me()).data.username).toBe('sam_comms');
  });
});

describe('pay-per-use credit running out', () => {
  const small = useSandbox({ initialCreditMicros: 20_000 });

  it('serves while credit is left, then answers 402 CreditsDepleted to every metered request', async () => {
    const { admin, clientFor } = small();
    const client = clientFor('HorizonsNHS');
    // A post costs $0.015 (15,000 µ$): the first leaves 5,000; X serves a request while any credit
    // is left, so the second goes through and overdraws; the third finds the balance spent.
    await client.v2.tweet('Credit: first post');
    await client.v2.tweet('Credit: second post');
    const error = await failure(client.v2.tweet('Credit: third post'));
    expect(error.code).toBe(402);
    expect(error.data).toEqual(CREDITS_DEPLETED);
    expect((await failure(client.v2.me())).code).toBe(402);

    const posts = (await admin<{ data: { text: string }[] }>('GET', '/admin/posts')).body.data;
    expect(posts.map((post) => post.text)).toEqual(['Credit: first post', 'Credit: second post']);
    expect((await admin<{ creditBalanceMicros: number }>('GET', '/admin/stats')).body.creditBalanceMicros).toBe(20_000 - 2 * 15_000);
  });
});
