// OAuth 2.0 Authorization Code + PKCE: the authorize page (HTML, for a browser) and the token and
// revoke endpoints (JSON, for the client). These are not X API v2 routes: no bearer token, no rate
// limit headers, and RFC 6749 error bodies instead of v2 problems.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { SandboxContext } from '../context';
import { authorizePageCsp } from '../oauth/authorize-page';
import { decideConsent, showConsent, type AuthorizeOutcome } from '../oauth/authorize-flow';
import { createConsentNonces } from '../oauth/consent-nonces';
import { NO_STORE_HEADERS, oauthErrorHandler } from '../oauth/errors';
import { handleRevokeRequest, handleTokenRequest } from '../oauth/token-endpoint';

export const AUTHORIZE_PATH = '/i/oauth2/authorize';

function send(reply: FastifyReply, outcome: AuthorizeOutcome): FastifyReply {
  // Neither the page nor the redirect (it carries the code) may be cached or leak via Referer.
  reply.headers({ ...NO_STORE_HEADERS, 'referrer-policy': 'no-referrer' });
  if (outcome.kind === 'redirect') return reply.redirect(outcome.location, 302);
  return reply
    .code(outcome.status)
    .headers({ 'content-security-policy': authorizePageCsp(outcome.redirectUri), 'x-frame-options': 'DENY', 'x-content-type-options': 'nosniff' })
    .type('text/html; charset=utf-8')
    .send(outcome.html);
}

export function registerOAuthRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const nonces = createConsentNonces(() => ctx.world.clock.nowMs());

  app.get(AUTHORIZE_PATH, async (request, reply) => send(reply, showConsent(ctx.world, nonces, request.query)));
  app.post(AUTHORIZE_PATH, async (request, reply) => send(reply, decideConsent(ctx.world, nonces, request.body)));

  app.post('/2/oauth2/token', { errorHandler: oauthErrorHandler }, async (request, reply) =>
    reply.headers(NO_STORE_HEADERS).send(handleTokenRequest(ctx, request.body)),
  );
  app.post('/2/oauth2/revoke', { errorHandler: oauthErrorHandler }, async (request, reply) =>
    reply.headers(NO_STORE_HEADERS).send(handleRevokeRequest(ctx, request.body)),
  );
}
