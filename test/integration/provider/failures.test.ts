// When X says no or does not answer: the rate budget learning from X's headers and refusing a spent
// window before anything is sent, X's 429, 5xx, a dropped connection, a timeout and spent credits,
// each as the ProviderError the UI explains.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox';
import { closeEndpoints, providerFor, rejection, requestCount } from './harness';

const sandbox = useSandbox();
beforeEach(() => sandbox().server.context.reset());
afterAll(closeEndpoints);

const USER_TWEETS = 'GET /2/users/:id/tweets';

describe('rate limits', () => {
  it('a spent window is refused by the budget without reaching X', async () => {
    const { admin } = sandbox();
    await admin('POST', '/admin/rate-limits', { endpoint: USER_TWEETS, limit: 2 });
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const me = await provider.identity();
    await provider.timeline({ kind: 'user', userId: me.userId });
    await provider.timeline({ kind: 'user', userId: me.userId });
    const limits = provider.rateLimits();
    expect(limits.find((limit) => limit.endpoint === USER_TWEETS)).toMatchObject({ limit: 2, remaining: 0 });
    expect(limits.map((limit) => limit.endpoint)).toEqual(['GET /2/users/:id/tweets', 'GET /2/users/me']);
    const refused = await rejection(provider.timeline({ kind: 'user', userId: me.userId }));
    expect(refused).toMatchObject({ code: 'rate_limited', details: { endpoint: USER_TWEETS, resetAt: limits.find((limit) => limit.endpoint === USER_TWEETS)?.resetAt } });
    expect(await requestCount(sandbox(), USER_TWEETS)).toBe(2);
  });

  it('X’s 429 is rate_limited with its reset, and the next call is refused before it is sent', async () => {
    const { admin } = sandbox();
    const { provider } = providerFor(sandbox(), 'Sch4Change');
    const me = await provider.identity();
    await admin('POST', '/admin/faults', { count: 1, kind: '429', path: `/2/users/${me.userId}/tweets` });
    const limited = await rejection(provider.timeline({ kind: 'user', userId: me.userId }));
    expect(limited).toMatchObject({ code: 'rate_limited', details: { status: 429, endpoint: USER_TWEETS, resetAt: expect.stringMatching(/Z$/) } });
    const resetAt = Date.parse((limited as { details: { resetAt: string } }).details.resetAt);
    expect(resetAt).toBeGreaterThan(Date.now());
    const before = await requestCount(sandbox(), USER_TWEETS);
    const refused = await rejection(provider.timeline({ kind: 'user', userId: me.userId }));
    expect(refused).toMatchObject({ code: 'rate_limited', details: { resetAt: new Date(resetAt).toISOString() } });
    expect(refused).not.toHaveProperty('details.status');
    expect(await requestCount(sandbox(), USER_TWEETS)).toBe(before);
    // Other endpoints keep their own windows.
    expect((await provider.publish({ text: 'Still posting while reads wait' })).id).toMatch(/^\d+$/);
  });
});

describe('faults', () => {
  it('503 is server', async () => {
    await sandbox().admin('POST', '/admin/faults', { count: 1, kind: '503', path: '/2/users/me' });
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    expect(await rejection(provider.identity())).toMatchObject({ code: 'server', details: { status: 503, endpoint: 'GET /2/users/me' } });
    expect((await provider.identity()).handle).toBe('HorizonsNHS');
  });

  it('a dropped connection is network', async () => {
    await sandbox().admin('POST', '/admin/faults', { count: 1, kind: 'reset' });
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const error = await rejection(provider.identity());
    expect(error).toMatchObject({ code: 'network', details: { endpoint: 'GET /2/users/me' } });
    expect((error as Error).message).toMatch(/ECONNRESET/);
  });

  it('no answer within requestTimeoutMs is network', async () => {
    await sandbox().admin('POST', '/admin/faults', { count: 1, kind: 'timeout' });
    const { provider } = providerFor(sandbox(), 'HorizonsNHS', { requestTimeoutMs: 300 });
    const error = await rejection(provider.identity());
    expect(error).toMatchObject({ code: 'network' });
    expect((error as Error).message).toMatch(/no answer in time/);
  });

  it('402 is out_of_credits, for a post too, and the post is not sent again', async () => {
    await sandbox().admin('POST', '/admin/faults', { count: 1, kind: '402', path: '/2/tweets' });
    const { provider } = providerFor(sandbox(), 'HorizonsNHS');
    const error = await rejection(provider.publish({ text: 'No credit left' }));
    expect(error).toMatchObject({ code: 'out_of_credits', details: { status: 402 } });
    expect((error as Error).message).toMatch(/credits/);
    expect(await requestCount(sandbox(), 'POST /2/tweets')).toBe(1);
  });
});
