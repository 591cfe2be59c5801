// The token lifecycle against the sandbox's real OAuth 2.0 endpoints: refresh before expiry with the
// rotated set saved before its first use, one refresh for concurrent requests (X ends the grant if
// a spent refresh token is presented twice), a 401 refreshed and re-sent for reads but never for a
// post, a refused refresh ending in reauthNeeded, and revoke() ending the grant at X.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { useSandbox } from '../../helpers/sandbox';
import { addPost, addUser } from '../../helpers/sandbox-world';
import { closeEndpoints, providerFor, rejection, requestCount, tokensFor } from './harness';

const sandbox = useSandbox();
beforeEach(() => sandbox().server.context.reset());
afterAll(closeEndpoints);

const world = () => sandbox().server.world;
const soon = (ms: number): string => new Date(Date.now() + ms).toISOString();

describe('refresh before expiry', () => {
  it('refreshes a token with under a minute left, and saves the rotated set before using it', async () => {
    const original = { ...tokensFor(sandbox(), 'HorizonsNHS'), expiresAt: soon(30_000) };
    const { provider, store } = providerFor(sandbox(), 'HorizonsNHS', { tokens: original });
    const seenAtSave: number[] = [];
    store.onSave = async () => {
      seenAtSave.push(await requestCount(sandbox(), 'GET /2/users/me'));
    };
    expect((await provider.identity()).handle).toBe('HorizonsNHS');
    expect(store.saved).toHaveLength(1);
    const [fresh] = store.saved;
    expect(fresh?.accessToken).not.toBe(original.accessToken);
    expect(fresh?.refreshToken).not.toBe(original.refreshToken);
    expect(Date.parse(fresh!.expiresAt) - Date.now()).toBeGreaterThan(7000_000);
    // The request went out only after save() had returned.
    expect(seenAtSave).toEqual([0]);
    expect(await requestCount(sandbox(), 'GET /2/users/me')).toBe(1);
  });

  it('shares one refresh among concurrent requests', async () => {
    const author = addUser(world(), 'tok_author');
    addPost(world(), author.id, 'something to read');
    const { provider, store } = providerFor(sandbox(), 'sam_comms', { tokens: { ...tokensFor(sandbox(), 'sam_comms'), expiresAt: soon(5_000) } });
    const pages = await Promise.all([1, 2, 3].map(() => provider.timeline({ kind: 'user', userId: author.id })));
    expect(pages.map((page) => page.items.length)).toEqual([1, 1, 1]);
    expect(store.saved).toHaveLength(1);
    expect(store.reauthReasons).toEqual([]);
  });
});

describe('a 401 from X', () => {
  it('on a read: refreshes, saves and sends the read once more', async () => {
    const author = addUser(world(), 'tok_read');
    addPost(world(), author.id, 'read me');
    const { provider, store } = providerFor(sandbox(), 'sam_comms');
    await sandbox().admin('POST', '/admin/tokens/expire', { username: 'sam_comms' });
    const page = await provider.timeline({ kind: 'user', userId: author.id });
    expect(page.items.map((item) => item.text)).toEqual(['read me']);
    expect(store.saved).toHaveLength(1);
    expect(await requestCount(sandbox(), 'GET /2/users/:id/tweets')).toBe(2);
  });

  it('on publish: refreshes, then reports auth_expired without sending the post again', async () => {
    const { provider, store } = providerFor(sandbox(), 'HorizonsNHS');
    await sandbox().admin('POST', '/admin/tokens/expire', { username: 'HorizonsNHS' });
    const error = await rejection(provider.publish({ text: 'Sent once at most' }));
    expect(error).toMatchObject({ code: 'auth_expired', details: { status: 401, endpoint: 'POST /2/tweets' } });
    expect((error as Error).message).toMatch(/nothing was posted/);
    expect(await requestCount(sandbox(), 'POST /2/tweets')).toBe(1);
    expect((await sandbox().admin<{ data: unknown[] }>('GET', '/admin/posts')).body.data).toEqual([]);
    expect(store.saved).toHaveLength(1);
    expect(store.reauthReasons).toEqual([]);
    // The publisher may send it again: the renewed sign-in works, and the text is not a duplicate.
    expect((await provider.publish({ text: 'Sent once at most' })).text).toBe('Sent once at most');
  });

  it('with the grant revoked: reauthNeeded, then auth_expired', async () => {
    const { provider, store } = providerFor(sandbox(), 'Sch4Change');
    await sandbox().admin('POST', '/admin/tokens/revoke', { username: 'Sch4Change' });
    const error = await rejection(provider.identity());
    expect(error).toMatchObject({ code: 'auth_expired' });
    expect((error as Error).message).toMatch(/Reconnect/);
    expect(store.reauthReasons).toHaveLength(1);
    expect(store.reauthReasons[0]).toMatch(/refused/);
    expect(store.saved).toEqual([]);
  });
});

describe('revoke', () => {
  it('ends the grant at X: neither the access nor the refresh token works afterwards', async () => {
    const tokens = tokensFor(sandbox(), 'HorizonsNHS');
    const { provider } = providerFor(sandbox(), 'HorizonsNHS', { tokens });
    await provider.identity();
    await provider.revoke();
    expect(world().oauth.find(tokens.refreshToken ?? '')?.revokedAt).not.toBeNull();
    const again = providerFor(sandbox(), 'HorizonsNHS', { tokens });
    expect(await rejection(again.provider.identity())).toMatchObject({ code: 'auth_expired' });
    expect(again.store.reauthReasons).toHaveLength(1);
  });
});
