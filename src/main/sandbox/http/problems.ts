// X's error bodies for auth, permission, limits and credits. Wording is X's own: clients match on
// it (twitter-api-v2 exposes `detail`), so do not paraphrase. Parameter 400s live in render/problems.
import { invalidRequestBody, type ParameterProblem } from '../render/problems';

export type ProblemBody = Record<string, unknown>;

/** Thrown by handlers and hooks; the server's error handler answers with exactly this status and body. */
export class XProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: ProblemBody,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(typeof body['detail'] === 'string' ? body['detail'] : `X problem ${status}`);
    this.name = 'XProblem';
  }
}

export function unauthorized(): XProblem {
  return new XProblem(401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
}

export function forbidden(detail = 'Forbidden'): XProblem {
  return new XProblem(403, { detail, type: 'about:blank', title: 'Forbidden', status: 403 });
}

export function missingScopes(required: readonly string[]): XProblem {
  return new XProblem(403, {
    title: 'Forbidden',
    type: 'about:blank',
    status: 403,
    detail: `Missing required OAuth 2.0 scopes: ${required.join(', ')}.`,
  });
}

export function tooManyRequests(headers: Readonly<Record<string, string>> = {}): XProblem {
  return new XProblem(429, { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 }, headers);
}

export function creditsDepleted(): XProblem {
  return new XProblem(402, {
    title: 'CreditsDepleted',
    detail: 'Your enrolled account does not have any credits to fulfill this request.',
    type: 'https://api.twitter.com/2/problems/credits',
  });
}

export function serverError(status: 500 | 503): XProblem {
  return status === 500
    ? new XProblem(500, { title: 'Internal Server Error', detail: 'Internal Server Error', type: 'about:blank', status: 500 })
    : new XProblem(503, { title: 'Service Unavailable', detail: 'Service Unavailable', type: 'about:blank', status: 503 });
}

/** A path X does not serve (including the removed block endpoints). */
export function pageNotFound(): XProblem {
  return new XProblem(404, { errors: [{ message: 'Sorry, that page does not exist', code: 34 }] });
}

/** A resource the caller asked to act on does not exist (delete, like, hide an unknown post). */
export function resourceNotFound(resourceType: 'tweet' | 'user' | 'media', parameter: string, value: string): XProblem {
  return new XProblem(404, {
    title: 'Not Found Error',
    detail: `Could not find ${resourceType} with ${parameter}: [${value}].`,
    type: 'https://api.twitter.com/2/problems/resource-not-found',
    resource_type: resourceType,
    parameter,
    value,
    resource_id: value,
  });
}

export function invalidRequest(errors: readonly ParameterProblem[]): XProblem {
  return new XProblem(400, { ...invalidRequestBody(errors) });
}

/** One bad parameter, the common case. */
export function invalidParameter(parameter: string, value: unknown, message: string): XProblem {
  return invalidRequest([{ parameters: { [parameter]: [String(value)] }, message }]);
}

export const DUPLICATE_DETAIL = 'You are not allowed to create a Tweet with duplicate content.';
export const REPLY_NOT_ALLOWED_DETAIL =
  'Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.';
export const QUOTE_NOT_ALLOWED_DETAIL =
  'Quoting this post is not allowed because you have not been mentioned or are not part of the conversation thread of the post you are quoting.';
export const TOO_LONG_DETAIL = 'Your Tweet text is too long.';
