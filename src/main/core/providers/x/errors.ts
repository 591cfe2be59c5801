// twitter-api-v2's errors, as X's answers and Node's sockets produce them, turned into the
// ProviderError codes the UI explains. X's wording is matched where X has no machine-readable code
// (duplicate, too long, reply and quote rules, plan removals); the texts are in X-API.md and in the
// sandbox (http/problems.ts, plans.ts, posting/post-rules.ts).
import type { ApiRequestError, ApiResponseError } from 'twitter-api-v2';
import { loadedTwitterApi } from './library';
import { ProviderError, type ProviderErrorDetails } from '../provider';

/** X's v2 problem body and the token endpoint's RFC 6749 body, loosely: any field may be missing. */
interface XErrorBody {
  title?: unknown;
  detail?: unknown;
  type?: unknown;
  error?: unknown;
  error_description?: unknown;
  errors?: unknown;
}

const DUPLICATE = /duplicate content/i;
const TOO_LONG = /too long/i;
const REPLY_NOT_ALLOWED = /reply to this conversation is not allowed/i;
const QUOTE_NOT_ALLOWED = /quoting this post is not allowed/i;
/** "…not available on the pay-per-use plan: likes, follows and quote posts were removed…" and kin. */
const PLAN_REMOVED = /not available on (the|your) [\w-]+ plan|removed from (self-serve|your plan)|client-not-enrolled/i;
const NOT_FOUND = /could not find|cannot be found|deleted or not visible|does not exist/i;
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EAI_AGAIN', 'EPIPE', 'ECONNABORTED', 'EHOSTUNREACH', 'ENETUNREACH']);

/** Every human-readable sentence in an X error body, for matching X's wording. */
export function xErrorText(data: unknown): string {
  if (typeof data === 'string') return data;
  if (typeof data !== 'object' || data === null) return '';
  const body = data as XErrorBody;
  const parts = [body.title, body.detail, body.type, body.error, body.error_description];
  if (Array.isArray(body.errors)) {
    for (const entry of body.errors as unknown[]) {
      if (typeof entry === 'object' && entry !== null) {
        const item = entry as Record<string, unknown>;
        parts.push(item['message'], item['detail'], item['title'], item['reason']);
      }
    }
  }
  if (typeof (data as Record<string, unknown>)['reason'] === 'string') parts.push((data as Record<string, unknown>)['reason']);
  return parts.filter((part): part is string => typeof part === 'string').join(' — ');
}

/** X's own sentence, when it gave one (shown after ours, so a support question can quote it). */
function xSays(data: unknown): string {
  if (typeof data !== 'object' || data === null) return '';
  const body = data as XErrorBody;
  const first = Array.isArray(body.errors) ? (body.errors[0] as Record<string, unknown> | undefined) : undefined;
  const sentence = [body.detail, body.error_description, first?.['message'], first?.['detail']].find((part) => typeof part === 'string' && part !== '');
  return typeof sentence === 'string' ? ` X said: “${sentence}”` : '';
}

function resetAtOf(error: ApiResponseError): string | undefined {
  const reset = error.rateLimit?.reset ?? Number(error.headers?.['x-rate-limit-reset']);
  return Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : undefined;
}

/** The endpoint's window is spent: from X's 429, or from the budget before anything was sent. */
export function rateLimited(resetAt: string | undefined, details: ProviderErrorDetails): ProviderError {
  const when = resetAt ? ` It resets at ${resetAt.slice(11, 16)} UTC.` : '';
  return new ProviderError('rate_limited', `X’s limit for this kind of request is used up for now.${when} Columns waits rather than retrying.`, { ...details, resetAt });
}

function fromResponse(error: ApiResponseError, endpoint: string | undefined): ProviderError {
  const status = error.code;
  const text = xErrorText(error.data);
  const said = xSays(error.data);
  const details: ProviderErrorDetails = { endpoint, status };

  if (status === 429) return rateLimited(resetAtOf(error), details);
  if (status === 401) {
    return new ProviderError('auth_expired', 'X no longer accepts this account’s sign-in. Reconnect the account in Accounts.', details);
  }
  if (status === 402 || /CreditsDepleted|problems\/credits/i.test(text)) {
    return new ProviderError('out_of_credits', `The X developer account behind Columns has run out of credits. Add credits in the X developer portal, then try again.${said}`, details);
  }
  if (DUPLICATE.test(text)) {
    return new ProviderError('duplicate', 'X refused this post because this account already posted the same text. Check the account’s recent posts before trying again.', details);
  }
  if (TOO_LONG.test(text)) {
    return new ProviderError('too_long', 'X says the text is too long: posts can be 280 characters (links count as 23, emoji as 2).', details);
  }
  if (REPLY_NOT_ALLOWED.test(text)) {
    return new ProviderError('not_allowed', `X allows this account to reply only when the author mentioned or quoted it, or it is already in the conversation.${said}`, details);
  }
  // X answers a quote on a self-serve plan and a quote of a post that never summoned the account
  // with the same sentence, so Columns cannot tell the two apart: it is not_allowed (a rule about
  // this post), not forbidden with planExcludes, and the message names both reasons.
  if (QUOTE_NOT_ALLOWED.test(text)) {
    return new ProviderError(
      'not_allowed',
      `X did not allow this quote: quote posts are only possible when the author involved this account, and X removed them from self-serve plans in April 2026.${said}`,
      details,
    );
  }
  if (status === 403 && PLAN_REMOVED.test(text)) {
    return new ProviderError('forbidden', `The account’s X plan does not include this action (X removed likes, follows and quote posts from self-serve plans in April 2026). Do it on x.com instead.${said}`, {
      ...details,
      planExcludes: true,
    });
  }
  if (status === 404 || NOT_FOUND.test(text)) {
    return new ProviderError('not_found', `X could not find that post or account; it may have been deleted.${said}`, details);
  }
  if (status >= 500) {
    return new ProviderError('server', `X had a problem on its side (HTTP ${status}). Try again in a few minutes.`, details);
  }
  if (status === 403) {
    return new ProviderError('forbidden', `X did not allow this action.${said}`, details);
  }
  // Any other refusal (a 400 invalid request): retrying the same request cannot help, which is
  // what forbidden tells the caller; X's sentence says what was wrong.
  return new ProviderError('forbidden', `X refused the request (HTTP ${status}).${said}`, details);
}

/**
 * The socket error behind an ApiRequestError. twitter-api-v2 1.29 stores it as `_options.error`
 * while its `requestError` getter reads `_options.requestError`, so the getter is undefined.
 */
export function requestCause(error: ApiRequestError): (Error & { code?: string }) | undefined {
  const stored = (error as unknown as { _options?: { error?: unknown; requestError?: unknown } })._options;
  const cause = error.requestError ?? stored?.error ?? stored?.requestError;
  return cause instanceof Error ? cause : undefined;
}

function networkError(message: string, endpoint: string | undefined): ProviderError {
  return new ProviderError('network', `Columns could not reach X (${message}). Check the internet connection and try again.`, { endpoint });
}

/** Any failure of a twitter-api-v2 call as a ProviderError (one already is: returned unchanged). */
export function toProviderError(error: unknown, endpoint?: string): ProviderError {
  if (error instanceof ProviderError) return error;
  // Its errors exist only once the library is loaded (library.ts).
  const library = loadedTwitterApi();
  if (library && error instanceof library.ApiResponseError) return fromResponse(error, endpoint);
  if (library && error instanceof library.ApiPartialResponseError) return networkError('the answer was cut off', endpoint);
  if (library && error instanceof library.ApiRequestError) {
    const cause = requestCause(error);
    if (cause?.message === 'Request timeout.') return networkError('no answer in time', endpoint);
    if (cause?.code && NETWORK_CODES.has(cause.code)) return networkError(cause.code, endpoint);
    return networkError(cause?.message ?? error.message, endpoint);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ProviderError('server', `Something went wrong talking to X: ${message}`, { endpoint });
}
