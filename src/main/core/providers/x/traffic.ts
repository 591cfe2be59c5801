// Every request an account's twitter-api-v2 clients send passes this plugin: it asks the rate
// budget first (a spent window is refused here, before anything reaches X), gives the request its
// timeout, and feeds the budget the x-rate-limit-* headers of every answer, success or error —
// the library's v2 helpers return bodies only, so this is the one place headers can be seen.
import type { ApiRequestError, ApiPartialResponseError, ApiResponseError, ITwitterApiClientPlugin } from 'twitter-api-v2';
import type { RateBudget } from '../rate-budget';
import { rateLimited } from './errors';

/**
 * "METHOD /2/path" with path placeholders kept (`users/:id/mentions` is sent with `params`) and ids
 * spliced into the URL (media/upload/123/append) folded to `:id`, so one endpoint has one key.
 */
export function endpointTemplate(method: string, url: URL): string {
  const path = url.pathname
    .split('/')
    // Index 1 is the API version ("2"), which stays.
    .map((segment, index) => (index > 1 && /^\d+$/.test(segment) ? ':id' : segment))
    .join('/');
  return `${method.toUpperCase()} ${path}`;
}

export interface TrafficOptions {
  budget: RateBudget;
  accountKey: string;
  timeoutMs: number;
}

export interface Traffic {
  readonly plugin: ITwitterApiClientPlugin;
  /** The endpoint a failed request was for (multi-request helpers such as uploadMedia). */
  endpointOf(error: unknown): string | undefined;
}

export function createTraffic({ budget, accountKey, timeoutMs }: TrafficOptions): Traffic {
  const failedAt = new WeakMap<object, string>();
  const remember = (error: ApiResponseError | ApiRequestError | ApiPartialResponseError, endpoint: string): void => {
    failedAt.set(error, endpoint);
  };
  return {
    endpointOf: (error) => (typeof error === 'object' && error !== null ? failedAt.get(error) : undefined),
    plugin: {
      onBeforeRequestConfig({ url, params }) {
        const endpoint = endpointTemplate(params.method, url);
        const verdict = budget.check(accountKey, endpoint);
        if (!verdict.ok) throw rateLimited(verdict.resetAt, { endpoint });
        params.timeout ??= timeoutMs;
      },
      onAfterRequest({ url, params, response }) {
        budget.record(accountKey, endpointTemplate(params.method, url), response.headers);
      },
      onResponseError({ url, params, error }) {
        const endpoint = endpointTemplate(params.method, url);
        budget.record(accountKey, endpoint, error.headers ?? {}, error.code);
        remember(error, endpoint);
      },
      onRequestError({ url, params, error }) {
        remember(error, endpointTemplate(params.method, url));
      },
    },
  };
}
