// POST /2/oauth2/token and /2/oauth2/revoke. Bodies arrive as JSON (twitter-api-v2) or
// form-encoded (everyone else); both parse to an object before they get here. Authorization codes
// are single use and 30 s long; refresh tokens rotate, and presenting a spent one ends the grant
// (OAuth 2.1 §6.1 reuse detection), so a stolen refresh token is useful once at most.
import { z } from 'zod';
import type { SandboxContext } from '../context';
import { grantIdForCode, type IssuedTokens } from '../store/oauth';
import { findClient, type OAuthClient } from './clients';
import {
  CODE_INVALID,
  invalidGrant,
  missingParameter,
  oauthError,
  REDIRECT_MISMATCH,
  TOKEN_INVALID,
  unknownClient,
  unreadableBody,
  VERIFIER_MISMATCH,
} from './errors';
import { verifierMatches } from './pkce';

export interface TokenAnswer {
  token_type: 'bearer';
  expires_in: number;
  access_token: string;
  scope: string;
  refresh_token?: string;
}

const value = z.string().max(4096).optional();
const tokenBodySchema = z.object({
  grant_type: value,
  client_id: value,
  code: value,
  redirect_uri: value,
  code_verifier: value,
  refresh_token: value,
  token: value,
  token_type_hint: value,
});
type TokenBody = z.output<typeof tokenBodySchema>;

function readBody(body: unknown): TokenBody {
  const parsed = tokenBodySchema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  // Not an object at all: a text/plain body, a JSON array or string.
  if (parsed.error.issues.some((issue) => issue.path.length === 0)) throw unreadableBody();
  const names = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  throw oauthError(400, 'invalid_request', `Value passed for [${[...names].join(', ')}] was invalid.`);
}

function required(body: TokenBody, name: keyof TokenBody): string {
  const found = body[name];
  if (found === undefined || found === '') throw missingParameter(name);
  return found;
}

function authenticateClient(body: TokenBody): OAuthClient {
  const client = findClient(required(body, 'client_id'));
  if (!client) throw unknownClient();
  return client;
}

function answer(tokens: IssuedTokens): TokenAnswer {
  const base = { token_type: 'bearer' as const, expires_in: tokens.expiresIn, access_token: tokens.accessToken, scope: tokens.scope };
  return tokens.refreshToken ? { ...base, refresh_token: tokens.refreshToken } : base;
}

function exchangeCode(ctx: SandboxContext, client: OAuthClient, body: TokenBody): TokenAnswer {
  const { world } = ctx;
  const code = required(body, 'code');
  const redirectUri = required(body, 'redirect_uri');
  const verifier = required(body, 'code_verifier');
  const grant = world.oauth.consumeCode(code, world.nowIso());
  if (!grant || grant.clientId !== client.id) throw invalidGrant(CODE_INVALID);
  if (grant.usedAt !== null) {
    // A replayed code means it leaked: whatever it was exchanged for stops working too.
    world.oauth.revokeGrant(grantIdForCode(code), world.nowIso());
    throw invalidGrant(CODE_INVALID);
  }
  if (Date.parse(grant.expiresAt) <= world.clock.nowMs()) throw invalidGrant(CODE_INVALID);
  if (grant.redirectUri !== redirectUri) throw invalidGrant(REDIRECT_MISMATCH);
  if (!verifierMatches(verifier, grant.codeChallenge, grant.codeChallengeMethod)) throw invalidGrant(VERIFIER_MISMATCH);
  if (!world.users.get(grant.userId)) throw invalidGrant(CODE_INVALID);
  const issue = { userId: grant.userId, clientId: client.id, scope: grant.scope, grantId: grantIdForCode(code) };
  return answer(world.oauth.issue({ ...issue, nowMs: world.clock.nowMs(), ttlSeconds: ctx.options.accessTokenTtlSeconds }));
}

function refresh(ctx: SandboxContext, client: OAuthClient, body: TokenBody): TokenAnswer {
  const { world } = ctx;
  const token = required(body, 'refresh_token');
  const known = world.oauth.find(token);
  // Checked before spending it, so another client cannot burn someone else's token.
  if (!known || known.kind !== 'refresh' || known.clientId !== client.id) throw invalidGrant(TOKEN_INVALID);
  const claim = world.oauth.claimRefresh(token, world.nowIso());
  if (!claim) throw invalidGrant(TOKEN_INVALID);
  if (claim.reused) {
    world.oauth.revokeGrant(claim.record.grantId, world.nowIso());
    throw invalidGrant(TOKEN_INVALID);
  }
  const { userId, scope, grantId } = claim.record;
  if (!world.users.get(userId)) throw invalidGrant(TOKEN_INVALID);
  return answer(world.oauth.issue({ userId, clientId: client.id, scope, grantId, nowMs: world.clock.nowMs(), ttlSeconds: ctx.options.accessTokenTtlSeconds }));
}

export function handleTokenRequest(ctx: SandboxContext, rawBody: unknown): TokenAnswer {
  const body = readBody(rawBody);
  const grantType = required(body, 'grant_type');
  if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
    throw oauthError(400, 'unsupported_grant_type', `Value passed for the grant_type [${grantType}] is not supported.`);
  }
  const client = authenticateClient(body);
  return grantType === 'authorization_code' ? exchangeCode(ctx, client, body) : refresh(ctx, client, body);
}

/**
 * RFC 7009: unknown tokens, and tokens of another client, are answered as revoked too (the caller
 * learns nothing), but only the caller's own tokens are touched. Revoking a refresh token ends its
 * grant; revoking an access token ends just that token.
 */
export function handleRevokeRequest(ctx: SandboxContext, rawBody: unknown): { revoked: true } {
  const body = readBody(rawBody);
  const client = authenticateClient(body);
  const token = required(body, 'token');
  const record = ctx.world.oauth.find(token);
  if (record && record.clientId === client.id) ctx.world.oauth.revoke(token, ctx.world.nowIso());
  return { revoked: true };
}
