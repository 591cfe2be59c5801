// OAuth 2.0 Authorization Code with PKCE against X (or an X-compatible server), through the
// unmodified twitter-api-v2 client. Used by the accounts flow (connect) and the provider (refresh,
// revoke). Errors come back as twitter-api-v2 throws them; callers map them (x/errors.ts).
import type { IParsedOAuth2TokenResult, ITwitterApiClientPlugin, TwitterApi } from 'twitter-api-v2';
import type { TokenSet } from '../provider';
import type { XAppCredentials, XEndpoint } from './endpoint';
import { loadTwitterApi } from './library';

/** What Columns asks for, and why (the settings screen explains each). */
export const X_SCOPES = [
  'tweet.read',
  'users.read',
  'timeline.read',
  'tweet.write',
  'tweet.moderate.write',
  'like.write',
  'mute.write',
  'block.read',
  'media.write',
  'offline.access',
] as const;

export interface AuthLink {
  /** The page for the person's browser. */
  url: string;
  state: string;
  codeVerifier: string;
}

async function appClient(endpoint: XEndpoint, app: XAppCredentials): Promise<TwitterApi> {
  const settings = endpoint.agent ? { httpAgent: endpoint.agent } : {};
  const { TwitterApi } = await loadTwitterApi();
  return new TwitterApi(app.clientSecret ? { clientId: app.clientId, clientSecret: app.clientSecret } : { clientId: app.clientId }, settings);
}

export async function createAuthLink(endpoint: XEndpoint, app: XAppCredentials, redirectUri: string, scopes: readonly string[] = X_SCOPES): Promise<AuthLink> {
  const link = (await appClient(endpoint, app)).generateOAuth2AuthLink(redirectUri, { scope: [...scopes] });
  return { url: endpoint.authorizePageUrl(link.url), state: link.state, codeVerifier: link.codeVerifier };
}

function toTokenSet(result: IParsedOAuth2TokenResult, nowMs: number): TokenSet {
  return {
    accessToken: result.accessToken,
    refreshToken: result.refreshToken ?? null,
    expiresAt: new Date(nowMs + result.expiresIn * 1000).toISOString(),
    scope: result.scope,
  };
}

export async function exchangeCode(
  endpoint: XEndpoint,
  app: XAppCredentials,
  args: { code: string; codeVerifier: string; redirectUri: string },
  nowMs: () => number = Date.now,
): Promise<TokenSet> {
  return toTokenSet(await (await appClient(endpoint, app)).loginWithOAuth2(args), nowMs());
}

/** Exchanges a refresh token; X rotates it, so the answer's refresh token must be saved before use. */
export async function refreshTokens(endpoint: XEndpoint, app: XAppCredentials, refreshToken: string, nowMs: () => number = Date.now): Promise<TokenSet> {
  return toTokenSet(await (await appClient(endpoint, app)).refreshOAuth2Token(refreshToken), nowMs());
}

export async function revokeToken(endpoint: XEndpoint, app: XAppCredentials, token: string, kind: 'access_token' | 'refresh_token'): Promise<void> {
  await (await appClient(endpoint, app)).revokeOAuth2Token(token, kind);
}

/** A user client for one access token on this endpoint; `plugins` see every request it sends. */
export async function userClient(endpoint: XEndpoint, accessToken: string, plugins: readonly ITwitterApiClientPlugin[] = []): Promise<TwitterApi> {
  const { TwitterApi } = await loadTwitterApi();
  return new TwitterApi(accessToken, { ...(endpoint.agent ? { httpAgent: endpoint.agent } : {}), plugins: [...plugins] });
}
