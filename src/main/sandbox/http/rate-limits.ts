// Per-user, per-endpoint fixed windows with X's headers. The window starts at a user's first call
// to an endpoint and resets `windowSeconds` later on the sandbox clock, so tests can shift time.
import { DEFAULT_RATE_LIMITS, FALLBACK_RATE_LIMIT } from '../options';
import { tooManyRequests } from './problems';

export interface RateLimitState {
  limit: number;
  remaining: number;
  /** Epoch seconds, as X's x-rate-limit-reset. */
  reset: number;
}

export interface RateLimiter {
  /** Counts one request; throws X's 429 (with headers) when the window is spent. */
  consume(subject: string, endpoint: string): RateLimitState;
  limitFor(endpoint: string): number;
  /** Admin: changes an endpoint's limit from now on (open windows included). */
  setLimit(endpoint: string, limit: number): void;
  /** Forgets every window and every setLimit change (admin reset). */
  clear(): void;
}

export function rateLimitHeaders(state: RateLimitState): Record<string, string> {
  return {
    'x-rate-limit-limit': String(state.limit),
    'x-rate-limit-remaining': String(state.remaining),
    'x-rate-limit-reset': String(state.reset),
  };
}

export function createRateLimiter(options: { windowSeconds: number; overrides: Readonly<Record<string, number>>; nowMs: () => number }): RateLimiter {
  const windows = new Map<string, { used: number; resetMs: number }>();
  const changed = new Map<string, number>();
  const limitFor = (endpoint: string): number =>
    changed.get(endpoint) ?? options.overrides[endpoint] ?? DEFAULT_RATE_LIMITS[endpoint] ?? FALLBACK_RATE_LIMIT;
  return {
    limitFor,
    setLimit: (endpoint, limit) => {
      changed.set(endpoint, limit);
    },
    consume(subject, endpoint) {
      const now = options.nowMs();
      const key = `${subject} ${endpoint}`;
      let window = windows.get(key);
      if (!window || window.resetMs <= now) {
        window = { used: 0, resetMs: now + options.windowSeconds * 1000 };
        windows.set(key, window);
      }
      const limit = limitFor(endpoint);
      const reset = Math.ceil(window.resetMs / 1000);
      if (window.used >= limit) {
        throw tooManyRequests(rateLimitHeaders({ limit, remaining: 0, reset }));
      }
      window.used += 1;
      return { limit, remaining: limit - window.used, reset };
    },
    clear: () => {
      windows.clear();
      changed.clear();
    },
  };
}
