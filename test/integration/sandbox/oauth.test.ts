// OAuth 2.0 Authorization Code + PKCE against the sandbox with the unmodified twitter-api-v2
// client: the authorize page (HTML, CSP, anti-CSRF nonce), the code exchange, refresh-token
// rotation with reuse detection, revocation, expiry, and X/RFC 6749 errors for every bad input.
import { ApiResponseError, TwitterApi } from 'twitter-api-v2';
import { beforeEach, describe, expect, it } from 'vitest';
import { SANDBOX_CLIENT_ID } from '../../../src/main/sandbox/server';
import { useSandbox, type SandboxFixture } from '../../helpers/sandbox';

const sandbox = useSandbox();
beforeEach(() => sandbox().server.context.reset());

const REDIRECT = 'http://127.0.0.1:53682/callback';
const SCOPES = ['tweet.read', 'users.read', 'offline.access'];
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_TYPE = { 'content-type': 'application/json' };
const CODE_INVALID = { error: 'invalid_grant', error_description: 'Value passed for the authorization code was invalid.' };
const TOKEN_INVALID = { error: 'invalid_grant', error_description: 'Value passed for the token was invalid.' };

const appClient = (fixture: SandboxFixture = sandbox(), clientId = SANDBOX_CLIENT_ID): TwitterApi =>
  new TwitterApi({ clientId }, { httpAgent: fixture.agent });

/** An OAuth failure as twitter-api-v2 reports it: status and the RFC 6749 fields of the body. */
async function failure(promise: Promise<unknown>): Promise<{ code: number; data: { error: unknown; error_description: unknown } }> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  if (!(error instanceof ApiResponseError)) throw new Error(`expected an ApiResponseError, got ${String(error)}`);
  // The library adds a v1-style `errors` array to bodies without one; X's fields are these two.
  const data = error.data as { error?: unknown; error_description?: unknown };
  return { code: error.code, data: { error: data.error, error_description: data.error_description } };
}

const unescapeHtml = (text: string): string => text.replace(/&#(\d+);/g, (_match, code: string) => String.fromCharCode(Number(code)));

/** The consent form as a browser would see it: its hidden fields and the accounts on offer, in page order. */
function parseForm(html: string): { fields: Record<string, string>; accounts: string[]; ids: Record<string, string> } {
  const fields = Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)].map((m) => [m[1], unescapeHtml(m[2] ?? '')]));
  const radios = [...html.matchAll(/<input type="radio" name="user_id" value="(\d+)" required>[^<]*<strong>@(\w+)<\/strong>/g)];
  return { fields, accounts: radios.map((m) => m[2] ?? ''), ids: Object.fromEntries(radios.map((m) => [m[2], m[1]])) };
}

const pathOf = (url: string): string => {
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
};

async function openAuthorize(url: string, fixture = sandbox()) {
  const response = await fixture.raw('GET', pathOf(url));
  return { response, form: parseForm(response.text) };
}

const postForm = (fields: Record<string, string>, fixture = sandbox()) =>
  fixture.raw('POST', '/i/oauth2/authorize', { headers: FORM, body: new URLSearchParams(fields).toString() });

/** The whole browser step: open the page, pick the account, approve; returns the callback URL. */
async function approve(url: string, username = 'HorizonsNHS', fixture = sandbox()): Promise<URL> {
  const { response, form } = await openAuthorize(url, fixture);
  expect(response.status).toBe(200);
  const answer = await postForm({ ...form.fields, user_id: form.ids[username] ?? '', decision: 'approve' }, fixture);
  expect(answer.status).toBe(302);
  return new URL(String(answer.headers.location));
}

async function authorize(scope = SCOPES, fixture = sandbox()) {
  const link = appClient(fixture).generateOAuth2AuthLink(REDIRECT, { scope });
  const callback = await approve(link.url, 'HorizonsNHS', fixture);
  return { ...link, code: callback.searchParams.get('code') ?? '' };
}

async function login(scope = SCOPES, fixture = sandbox()) {
  const { code, codeVerifier } = await authorize(scope, fixture);
  return appClient(fixture).loginWithOAuth2({ code, codeVerifier, redirectUri: REDIRECT });
}

const postToken = (path: string, body: Record<string, string>, form = false) =>
  sandbox().raw('POST', path, form ? { headers: FORM, body: new URLSearchParams(body).toString() } : { headers: JSON_TYPE, body: JSON.stringify(body) });

/** What an X API endpoint says to this access token (users/me: 200 or X's 401). */
async function apiStatus(token: string, fixture = sandbox()): Promise<number> {
  return (await fixture.raw('GET', '/2/users/me', { headers: { authorization: `Bearer ${token}` } })).status;
}

describe('the authorize page', () => {
  it('shows a script-free page under a strict CSP: organisation accounts first, scopes in plain English', async () => {
    const { world } = sandbox().server;
    world.users.insert({ ...world.users.byUsername('sam_comms')!, id: world.nextId(), username: 'aa_community', kind: 'community' });
    const link = appClient().generateOAuth2AuthLink(REDIRECT, { scope: ['tweet.read', 'tweet.write', 'offline.access'] });
    expect(link.url.startsWith('https://x.com/i/oauth2/authorize?')).toBe(true);
    const { response, form } = await openAuthorize(link.url);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self' http://127.0.0.1:53682");
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.text).not.toMatch(/<script|\son\w+=/i);
    expect(form.accounts).toEqual(['HorizonsNHS', 'Sch4Change', 'sam_comms', 'aa_community']);
    expect(response.text).toContain('Post, reply, repost and delete posts as you.');
    expect(form.fields).toMatchObject({ client_id: SANDBOX_CLIENT_ID, redirect_uri: REDIRECT, state: link.state, code_challenge_method: 's256' });
    expect(form.fields['nonce']).toMatch(/^[\w-]{32}$/);
  });

  it('answers a bad client or redirect URI with its own error page, never a redirect', async () => {
    const bad = [
      { clientId: 'someone-else', redirect: REDIRECT },
      { clientId: SANDBOX_CLIENT_ID, redirect: 'https://evil.example/callback' },
      { clientId: SANDBOX_CLIENT_ID, redirect: 'http://localhost:53682/callback' },
      { clientId: SANDBOX_CLIENT_ID, redirect: 'http://127.0.0.1.evil.example/callback' },
      { clientId: SANDBOX_CLIENT_ID, redirect: 'http://127.0.0.1:53682/callback#fragment' },
    ];
    for (const { clientId, redirect } of bad) {
      const link = appClient(sandbox(), clientId).generateOAuth2AuthLink(redirect, { scope: SCOPES });
      const { response } = await openAuthorize(link.url);
      expect(response.status, redirect).toBe(400);
      expect(response.headers.location).toBeUndefined();
      // X's own words for an unknown client or an unregistered callback URL, then the sandbox's reason.
      expect(response.text).toContain('<h1>Something went wrong</h1>');
      expect(response.text).toContain('You weren’t able to give access to the App. Go back and try logging in again.');
    }
    const unknown = await openAuthorize(appClient(sandbox(), 'someone-else').generateOAuth2AuthLink(REDIRECT, { scope: SCOPES }).url);
    expect(unknown.response.text).toContain('Sandbox: No app with client_id');
    const missing = await sandbox().raw('GET', '/i/oauth2/authorize?response_type=code');
    expect(missing.status).toBe(400);
    expect(missing.headers.location).toBeUndefined();
  });

  it('accepts [::1] redirects and S256/plain in any case', async () => {
    for (const [method, redirect] of [['S256', 'http://[::1]:8123/cb'], ['PLAIN', REDIRECT]] as const) {
      const link = new URL(appClient().generateOAuth2AuthLink(redirect, { scope: SCOPES }).url);
      link.searchParams.set('code_challenge_method', method);
      expect((await openAuthorize(link.toString())).response.status).toBe(200);
    }
  });

  it('sends other bad parameters back to the client as error=invalid_request with the state', async () => {
    const changes: [string, string | null][] = [
      ['response_type', 'token'],
      ['scope', 'tweet.read tweet.delete'],
      ['scope', ''],
      ['code_challenge_method', 'S512'],
      ['code_challenge', 'too-short'],
      ['code_challenge', null],
      ['state', null],
    ];
    for (const [name, value] of changes) {
      const link = appClient().generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
      const url = new URL(link.url);
      if (value === null) url.searchParams.delete(name);
      else url.searchParams.set(name, value);
      const { response } = await openAuthorize(url.toString());
      expect(response.status, name).toBe(302);
      const location = new URL(String(response.headers.location));
      expect(location.origin + location.pathname).toBe(REDIRECT);
      expect(location.searchParams.get('error')).toBe('invalid_request');
      expect(location.searchParams.get('state')).toBe(name === 'state' ? null : link.state);
    }
    const tooLong = appClient().generateOAuth2AuthLink(REDIRECT, { scope: SCOPES, state: 'x'.repeat(501) });
    const location = new URL(String((await openAuthorize(tooLong.url)).response.headers.location));
    expect([location.searchParams.get('error'), location.searchParams.has('state')]).toEqual(['invalid_request', false]);
  });

  it('redirects a denial as error=access_denied with the state', async () => {
    const link = appClient().generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const { form } = await openAuthorize(link.url);
    const answer = await postForm({ ...form.fields, decision: 'deny' });
    expect(answer.status).toBe(302);
    expect(String(answer.headers.location)).toBe(`${REDIRECT}?error=access_denied&state=${link.state}`);
  });

  it('refuses a post without its page nonce, a reused nonce or changed fields (anti-CSRF)', async () => {
    const link = appClient().generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const { form } = await openAuthorize(link.url);
    const approval = { ...form.fields, user_id: form.ids['HorizonsNHS'] ?? '', decision: 'approve' };
    for (const forged of [{ ...approval, nonce: 'made-up' }, { ...approval, redirect_uri: 'http://127.0.0.1:9/steal' }]) {
      const answer = await postForm(forged);
      expect(answer.status).toBe(400);
      expect(answer.headers.location).toBeUndefined();
    }
    // The tampered post spent the nonce too: a page answers once.
    expect((await postForm(approval)).status).toBe(400);
    const { fields } = (await openAuthorize(link.url)).form;
    expect((await postForm({ ...fields, user_id: form.ids['HorizonsNHS'] ?? '', decision: 'approve' })).status).toBe(302);
    expect((await postForm({ ...fields, user_id: form.ids['HorizonsNHS'] ?? '', decision: 'approve' })).status).toBe(400);
  });

  it('lets a page go stale after ten minutes of sandbox time', async () => {
    const { clock } = sandbox().server.world;
    const { form } = await openAuthorize(appClient().generateOAuth2AuthLink(REDIRECT, { scope: SCOPES }).url);
    clock.setOffset(10 * 60_000);
    try {
      const answer = await postForm({ ...form.fields, user_id: form.ids['HorizonsNHS'] ?? '', decision: 'approve' });
      expect([answer.status, answer.headers.location]).toEqual([400, undefined]);
      expect(answer.text).toContain('This sign-in page has expired or was already answered.');
    } finally {
      clock.setOffset(0);
    }
  });

  it('shows the page again, with a fresh nonce, when Approve comes without an account', async () => {
    const link = appClient().generateOAuth2AuthLink(REDIRECT, { scope: SCOPES });
    const { form } = await openAuthorize(link.url);
    for (const userId of [undefined, '1234567890123456789']) {
      const fields: Record<string, string> = { ...(await openAuthorize(link.url)).form.fields, decision: 'approve' };
      if (userId) fields['user_id'] = userId;
      const again = await postForm(fields);
      expect(again.status).toBe(200);
      expect(again.text).toContain('Choose the account the app should act as');
      expect(parseForm(again.text).fields['nonce']).not.toBe(form.fields['nonce']);
    }
  });
});

describe('POST /2/oauth2/token', () => {
  it('completes the PKCE login with twitter-api-v2 and acts as the chosen account', async () => {
    const result = await login();
    expect(result.scope).toEqual(SCOPES);
    expect(result.expiresIn).toBe(7200);
    expect(result.refreshToken).toMatch(/^sbx-rt-/);
    const me = await result.client.v2.me();
    expect(me.data.username).toBe('HorizonsNHS');
  });

  it('answers X’s token shape, always with scope and a refresh token only with offline.access', async () => {
    const { code, codeVerifier } = await authorize(['tweet.read', 'users.read']);
    const response = await postToken('/2/oauth2/token', { grant_type: 'authorization_code', code, code_verifier: codeVerifier, redirect_uri: REDIRECT, client_id: SANDBOX_CLIENT_ID });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json<Record<string, unknown>>();
    expect(Object.keys(body)).toEqual(['token_type', 'expires_in', 'access_token', 'scope']);
    expect(body).toMatchObject({ token_type: 'bearer', expires_in: 7200, scope: 'tweet.read users.read' });
  });

  it('accepts a form-encoded exchange and a plain challenge', async () => {
    const verifier = 'plain-verifier-'.padEnd(60, 'v');
    const url = new URL(appClient().generateOAuth2AuthLink(REDIRECT, { scope: SCOPES }).url);
    url.searchParams.set('code_challenge_method', 'plain');
    url.searchParams.set('code_challenge', verifier);
    const code = (await approve(url.toString(), 'Sch4Change')).searchParams.get('code') ?? '';
    const response = await postToken('/2/oauth2/token', { grant_type: 'authorization_code', code, code_verifier: verifier, redirect_uri: REDIRECT, client_id: SANDBOX_CLIENT_ID }, true);
    expect(response.status).toBe(200);
    expect(await apiStatus(response.json<{ access_token: string }>().access_token)).toBe(200);
  });

  it('refuses a wrong verifier, a wrong redirect_uri and an unknown client', async () => {
    const wrongVerifier = await authorize();
    const e1 = await failure(appClient().loginWithOAuth2({ code: wrongVerifier.code, codeVerifier: 'x'.repeat(128), redirectUri: REDIRECT }));
    expect([e1.code, e1.data]).toEqual([400, { error: 'invalid_grant', error_description: 'Value passed for the code_verifier did not match the code_challenge.' }]);

    const wrongRedirect = await authorize();
    const e2 = await failure(appClient().loginWithOAuth2({ ...wrongRedirect, redirectUri: 'http://127.0.0.1:53682/other' }));
    expect([e2.code, e2.data]).toEqual([400, { error: 'invalid_grant', error_description: 'Value passed for the redirect_uri did not match the authorization request.' }]);

    const unknownClient = await authorize();
    const e3 = await failure(appClient(sandbox(), 'not-registered').loginWithOAuth2({ ...unknownClient, redirectUri: REDIRECT }));
    // X's answer for a client it cannot authenticate (core/accounts/client-id.ts has the sources).
    expect([e3.code, e3.data]).toEqual([401, { error: 'unauthorized_client', error_description: 'Missing valid authorization header' }]);
  });

  it('uses a code once: a replay fails and revokes what the code was exchanged for', async () => {
    const { code, codeVerifier } = await authorize();
    const first = await appClient().loginWithOAuth2({ code, codeVerifier, redirectUri: REDIRECT });
    expect(await apiStatus(first.accessToken)).toBe(200);
    const replay = await failure(appClient().loginWithOAuth2({ code, codeVerifier, redirectUri: REDIRECT }));
    expect([replay.code, replay.data]).toEqual([400, CODE_INVALID]);
    expect(await apiStatus(first.accessToken)).toBe(401);
    expect((await failure(appClient().refreshOAuth2Token(first.refreshToken ?? ''))).data).toEqual(TOKEN_INVALID);
  });

  it('expires codes after 30 seconds of sandbox time', async () => {
    const { clock } = sandbox().server.world;
    const { code, codeVerifier } = await authorize();
    clock.setOffset(31_000);
    try {
      const expired = await failure(appClient().loginWithOAuth2({ code, codeVerifier, redirectUri: REDIRECT }));
      expect([expired.code, expired.data]).toEqual([400, CODE_INVALID]);
    } finally {
      clock.setOffset(0);
    }
  });

  it('answers missing, mistyped or unreadable parameters with invalid_request', async () => {
    const exchange = { grant_type: 'authorization_code', code: 'c', code_verifier: 'v'.repeat(43), redirect_uri: REDIRECT, client_id: SANDBOX_CLIENT_ID };
    for (const name of ['grant_type', 'client_id', 'code', 'redirect_uri', 'code_verifier'] as const) {
      const { [name]: _omitted, ...rest } = exchange;
      for (const form of [false, true]) {
        const response = await postToken('/2/oauth2/token', rest, form);
        expect([response.status, response.json()]).toEqual([400, { error: 'invalid_request', error_description: `Missing required parameter [${name}].` }]);
      }
    }
    const { raw } = sandbox();
    const mistyped = await raw('POST', '/2/oauth2/token', { headers: JSON_TYPE, body: JSON.stringify({ ...exchange, code: 42 }) });
    expect([mistyped.status, mistyped.json()]).toEqual([400, { error: 'invalid_request', error_description: 'Value passed for [code] was invalid.' }]);
    for (const [headers, body] of [[JSON_TYPE, '{"grant_type":'], [{ 'content-type': 'text/plain' }, 'grant_type=refresh_token']] as const) {
      const unreadable = await raw('POST', '/2/oauth2/token', { headers, body });
      expect([unreadable.status, unreadable.json()]).toEqual([400, { error: 'invalid_request', error_description: 'The request body could not be read.' }]);
    }
    const empty = await raw('POST', '/2/oauth2/token');
    expect(empty.json()).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter [grant_type].' });
    const password = await postToken('/2/oauth2/token', { ...exchange, grant_type: 'password' });
    expect([password.status, password.json<{ error: string }>().error]).toEqual([400, 'unsupported_grant_type']);
  });
});

describe('refresh tokens', () => {
  it('rotate: the new pair works, the old refresh token is invalid_grant', async () => {
    const first = await login();
    const second = await appClient().refreshOAuth2Token(first.refreshToken ?? '');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.scope).toEqual(SCOPES);
    expect((await second.client.v2.me()).data.username).toBe('HorizonsNHS');
    const stale = await failure(appClient().refreshOAuth2Token(first.refreshToken ?? ''));
    expect([stale.code, stale.data]).toEqual([400, TOKEN_INVALID]);
  });

  it('end the whole grant when a retired one is presented again (reuse detection)', async () => {
    const first = await login();
    const second = await appClient().refreshOAuth2Token(first.refreshToken ?? '');
    await failure(appClient().refreshOAuth2Token(first.refreshToken ?? ''));
    expect(await apiStatus(second.accessToken)).toBe(401);
    expect((await failure(appClient().refreshOAuth2Token(second.refreshToken ?? ''))).data).toEqual(TOKEN_INVALID);
  });

  it('are refused when unknown, missing, an access token or from another client, form-encoded too', async () => {
    const { accessToken, refreshToken } = await login();
    for (const token of ['sbx-rt-unknown', accessToken]) {
      const response = await postToken('/2/oauth2/token', { grant_type: 'refresh_token', refresh_token: token, client_id: SANDBOX_CLIENT_ID }, true);
      expect([response.status, response.json()]).toEqual([400, TOKEN_INVALID]);
    }
    const missing = await postToken('/2/oauth2/token', { grant_type: 'refresh_token', client_id: SANDBOX_CLIENT_ID }, true);
    expect(missing.json()).toEqual({ error: 'invalid_request', error_description: 'Missing required parameter [refresh_token].' });
    expect((await failure(appClient(sandbox(), 'other-app').refreshOAuth2Token(refreshToken ?? ''))).code).toBe(401);
    const form = await postToken('/2/oauth2/token', { grant_type: 'refresh_token', refresh_token: refreshToken ?? '', client_id: SANDBOX_CLIENT_ID }, true);
    expect(form.status).toBe(200);
  });
});

describe('POST /2/oauth2/revoke and expiry', () => {
  it('revokes an access token: X answers {revoked:true} and the API then says 401', async () => {
    const { accessToken, refreshToken } = await login();
    expect(await appClient().revokeOAuth2Token(accessToken)).toEqual({ revoked: true });
    const me = await sandbox().raw('GET', '/2/users/me', { headers: { authorization: `Bearer ${accessToken}` } });
    expect([me.status, me.json()]).toEqual([401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' }]);
    // The refresh token survives an access-token revocation; revoking it ends the grant.
    const next = await appClient().refreshOAuth2Token(refreshToken ?? '');
    expect(await appClient().revokeOAuth2Token(next.refreshToken ?? '', 'refresh_token')).toEqual({ revoked: true });
    expect(await apiStatus(next.accessToken)).toBe(401);
  });

  it('answers unknown tokens as revoked, and refuses a missing token or client', async () => {
    expect(await appClient().revokeOAuth2Token('sbx-at-never-issued')).toEqual({ revoked: true });
    const missing = await postToken('/2/oauth2/revoke', { client_id: SANDBOX_CLIENT_ID }, true);
    expect([missing.status, missing.json()]).toEqual([400, { error: 'invalid_request', error_description: 'Missing required parameter [token].' }]);
    const { accessToken } = await login();
    const stranger = await failure(appClient(sandbox(), 'other-app').revokeOAuth2Token(accessToken));
    expect(stranger.code).toBe(401);
    expect(await apiStatus(accessToken)).toBe(200);
  });

  it('expires access tokens after their TTL of sandbox time; the refresh token still works', async () => {
    const { clock } = sandbox().server.world;
    const { accessToken, refreshToken } = await login();
    try {
      clock.setOffset(7199_000);
      expect(await apiStatus(accessToken)).toBe(200);
      clock.setOffset(7200_000);
      expect(await apiStatus(accessToken)).toBe(401);
      const renewed = await appClient().refreshOAuth2Token(refreshToken ?? '');
      expect(await apiStatus(renewed.accessToken)).toBe(200);
    } finally {
      clock.setOffset(0);
    }
  });
});

describe('a sandbox started with accessTokenTtlSeconds: 5', () => {
  const short = useSandbox({ accessTokenTtlSeconds: 5 });

  it('issues five-second tokens that the API refuses once they have run out', async () => {
    const result = await login(SCOPES, short());
    expect(result.expiresIn).toBe(5);
    expect(await apiStatus(result.accessToken, short())).toBe(200);
    short().server.world.clock.setOffset(5_000);
    try {
      expect(await apiStatus(result.accessToken, short())).toBe(401);
    } finally {
      short().server.world.clock.setOffset(0);
    }
  });
});
