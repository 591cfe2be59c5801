// Validates an authorization request (the query of GET /i/oauth2/authorize, or the hidden fields
// the consent form posts back). RFC 6749 §4.1.2.1: while the client or its redirect URI is in doubt
// the answer is a page of our own, never a redirect (an open redirector otherwise); once both are
// known good, every other problem goes back to the client as error=invalid_request&state.
import { z } from 'zod';
import { findClient } from './clients';
import { isValidChallenge, parseChallengeMethod, type ChallengeMethod } from './pkce';
import { parseScope } from './scopes';

export const AUTHORIZE_PARAMS = ['response_type', 'client_id', 'redirect_uri', 'state', 'code_challenge', 'code_challenge_method', 'scope'] as const;
export type AuthorizeParams = Record<(typeof AUTHORIZE_PARAMS)[number], string>;

export interface AuthorizeRequest {
  clientId: string;
  redirectUri: string;
  state: string;
  codeChallenge: string;
  codeChallengeMethod: ChallengeMethod;
  scopes: string[];
  /** The parameters exactly as received, to carry through the consent form. */
  params: AuthorizeParams;
}

export type AuthorizeCheck =
  | { kind: 'ok'; request: AuthorizeRequest }
  /** The client or its redirect URI is wrong: show our own error page. */
  | { kind: 'page'; message: string }
  /** Anything else: tell the client through its (validated) redirect URI. */
  | { kind: 'redirect'; location: string };

// A repeated parameter arrives as an array and fails z.string(): RFC 6749 §3.1 forbids repeats.
const text = z.string().max(4096);
const clientSchema = z.object({ client_id: text, redirect_uri: text });
const requestSchema = z.object({
  response_type: z.literal('code'),
  state: z.string().min(1).max(500),
  code_challenge: z.string().min(1).max(128),
  code_challenge_method: text,
  scope: text,
});

function asRecord(input: unknown): Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
}

/** Appends the answer to the client's redirect URI (which may already carry a query). */
export function redirectWith(redirectUri: string, answer: Record<string, string | undefined>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(answer)) if (value !== undefined) url.searchParams.append(name, value);
  return url.toString();
}

export function checkAuthorizeRequest(input: unknown): AuthorizeCheck {
  const query = asRecord(input);
  const identity = clientSchema.safeParse(query);
  if (!identity.success) return { kind: 'page', message: 'The app did not say who it is (client_id) or where to send you back (redirect_uri).' };
  const client = findClient(identity.data.client_id);
  if (!client) return { kind: 'page', message: `No app with client_id “${identity.data.client_id}” is registered with the sandbox.` };
  const redirectUri = identity.data.redirect_uri;
  if (!client.allowsRedirectUri(redirectUri)) {
    return { kind: 'page', message: 'The app asked to send you back to an address it is not registered for. The sandbox only returns to http://127.0.0.1 or http://[::1] on this computer.' };
  }

  // Echo state only when it is a state we would accept; a 10 kB "state" is not worth reflecting.
  const state = typeof query['state'] === 'string' && query['state'].length <= 500 ? query['state'] : undefined;
  const refuse = (description: string): AuthorizeCheck => ({
    kind: 'redirect',
    location: redirectWith(redirectUri, { error: 'invalid_request', error_description: description, state }),
  });

  const parsed = requestSchema.safeParse(query);
  if (!parsed.success) return refuse(`Missing or invalid parameter: ${parsed.error.issues.map((issue) => String(issue.path[0])).join(', ')}.`);
  const method = parseChallengeMethod(parsed.data.code_challenge_method);
  if (!method) return refuse('code_challenge_method must be S256 or plain.');
  if (!isValidChallenge(parsed.data.code_challenge, method)) return refuse('code_challenge is not a valid PKCE challenge for its method.');
  const scope = parseScope(parsed.data.scope);
  if (!scope.ok) return refuse(scope.unknown ? `Unknown scope: ${scope.unknown}.` : 'scope must name at least one scope.');

  return {
    kind: 'ok',
    request: {
      clientId: client.id,
      redirectUri,
      state: parsed.data.state,
      codeChallenge: parsed.data.code_challenge,
      codeChallengeMethod: method,
      scopes: scope.scopes,
      params: { ...parsed.data, client_id: client.id, redirect_uri: redirectUri },
    },
  };
}
