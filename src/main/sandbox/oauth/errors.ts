// Token-endpoint errors as RFC 6749 §5.2 shapes them ({error, error_description}), which is what
// X answers there instead of its v2 "problem" bodies. Descriptions follow X's "Value passed for …"
// wording. Carried as XProblem so hooks and handlers can throw them like any other X answer.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { serverError, XProblem } from '../http/problems';

/** RFC 6749 §5.1: token answers, good or bad, are never cached. */
export const NO_STORE_HEADERS: Readonly<Record<string, string>> = { 'cache-control': 'no-store', pragma: 'no-cache' };

export function oauthError(status: 400 | 401, error: string, description: string): XProblem {
  return new XProblem(status, { error, error_description: description }, NO_STORE_HEADERS);
}

export const missingParameter = (name: string): XProblem => oauthError(400, 'invalid_request', `Missing required parameter [${name}].`);
/**
 * X's answer for a client it cannot authenticate (an unknown client_id; a confidential app's
 * request without its Basic header): 401 unauthorized_client, "Missing valid authorization
 * header" (sources in src/main/core/accounts/client-id.ts).
 */
export const unknownClient = (): XProblem => oauthError(401, 'unauthorized_client', 'Missing valid authorization header');
export const unreadableBody = (): XProblem => oauthError(400, 'invalid_request', 'The request body could not be read.');
export const invalidGrant = (description: string): XProblem => oauthError(400, 'invalid_grant', description);

export const CODE_INVALID = 'Value passed for the authorization code was invalid.';
export const TOKEN_INVALID = 'Value passed for the token was invalid.';
export const REDIRECT_MISMATCH = 'Value passed for the redirect_uri did not match the authorization request.';
export const VERIFIER_MISMATCH = 'Value passed for the code_verifier did not match the code_challenge.';

/**
 * The OAuth routes' error handler: an unreadable body (bad JSON, another content type) is
 * invalid_request rather than the v2 400 the rest of the sandbox answers; faults injected by the
 * admin interface (429, 5xx) pass through untouched.
 */
export function oauthErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  let problem: XProblem;
  if (error instanceof XProblem) problem = error.status === 400 && typeof error.body['error'] !== 'string' ? unreadableBody() : error;
  else if (error.statusCode !== undefined && error.statusCode < 500) problem = unreadableBody();
  else {
    request.log.error({ err: error }, 'sandbox oauth handler failed');
    problem = serverError(500);
  }
  return reply.code(problem.status).headers(problem.headers).type('application/json; charset=utf-8').send(problem.body);
}
