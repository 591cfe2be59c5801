// The two steps of the authorize page: showing it (GET) and answering it (the form POST). Both
// return an outcome the route turns into a reply; nothing here touches HTTP.
import { z } from 'zod';
import type { SandboxWorld } from '../world';
import { renderConsentPage, renderErrorPage, renderRefusalPage } from './authorize-page';
import { AUTHORIZE_PARAMS, checkAuthorizeRequest, redirectWith, type AuthorizeRequest } from './authorize-request';
import type { ConsentNonces } from './consent-nonces';

/** X's authorization codes live 30 seconds (sandbox clock). */
export const CODE_TTL_MS = 30_000;

export type AuthorizeOutcome =
  | { kind: 'page'; status: number; html: string; redirectUri?: string }
  | { kind: 'redirect'; location: string };

const errorPage = (status: number, message: string): AuthorizeOutcome => ({ kind: 'page', status, html: renderErrorPage(message) });

function consentPage(world: SandboxWorld, nonces: ConsentNonces, request: AuthorizeRequest, notice?: string): AuthorizeOutcome {
  const html = renderConsentPage({ request, nonce: nonces.issue(request), users: world.users.all(), notice });
  return { kind: 'page', status: 200, html, redirectUri: request.redirectUri };
}

export function showConsent(world: SandboxWorld, nonces: ConsentNonces, query: unknown): AuthorizeOutcome {
  const check = checkAuthorizeRequest(query);
  // The client or its redirect URI is in doubt: X's one refusal page, never a redirect.
  if (check.kind === 'page') return { kind: 'page', status: 400, html: renderRefusalPage(check.message) };
  if (check.kind === 'redirect') return check;
  return consentPage(world, nonces, check.request);
}

const answerSchema = z.object({ decision: z.enum(['approve', 'deny']), user_id: z.string().optional() });

export function decideConsent(world: SandboxWorld, nonces: ConsentNonces, body: unknown): AuthorizeOutcome {
  const form = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const request = nonces.take(form['nonce']);
  // The nonce proves this form is the page we rendered; the fields must still be the ones we bound.
  if (!request || AUTHORIZE_PARAMS.some((name) => form[name] !== request.params[name])) {
    return errorPage(400, 'This sign-in page has expired or was already answered.');
  }
  const answer = answerSchema.safeParse(form);
  if (!answer.success) return errorPage(400, 'Choose Approve or Deny.');
  if (answer.data.decision === 'deny') {
    return { kind: 'redirect', location: redirectWith(request.redirectUri, { error: 'access_denied', state: request.state }) };
  }
  const user = answer.data.user_id === undefined ? undefined : world.users.get(answer.data.user_id);
  if (!user) return consentPage(world, nonces, request, 'Choose the account the app should act as, then Approve.');

  const nowMs = world.clock.nowMs();
  const code = world.oauth.createCode({
    clientId: request.clientId,
    userId: user.id,
    redirectUri: request.redirectUri,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallengeMethod,
    scope: request.scopes.join(' '),
    expiresAt: new Date(nowMs + CODE_TTL_MS).toISOString(),
  });
  return { kind: 'redirect', location: redirectWith(request.redirectUri, { code, state: request.state }) };
}
