// Rate limits as a budget (DESIGN rule 6): what X's x-rate-limit-* headers said, per account and
// endpoint template, so callers wait for the window to reset instead of firing into a known 429.
import type { RateLimitStatus } from './provider';

export type ResponseHeaders = Readonly<Record<string, string | string[] | number | undefined>>;

export type BudgetCheck = { ok: true } | { ok: false; resetAt: string };

interface Window {
  limit: number;
  remaining: number;
  resetMs: number;
}

/**
 * How long a 429 without a usable reset header keeps the endpoint closed. X always sends the
 * headers with a 429; this guards against an answer (a proxy, an outage page) that does not.
 */
const RESET_WITHOUT_HEADER_MS = 60_000;

function headerNumber(headers: ResponseHeaders, name: string): number | undefined {
  const raw = headers[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined || value === '') return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : undefined;
}

const keyOf = (accountKey: string, endpoint: string): string => `${accountKey} ${endpoint}`;

export class RateBudget {
  readonly #windows = new Map<string, Window>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Feeds one answer's headers (success or error). A 429 also closes the window until its reset. */
  record(accountKey: string, endpoint: string, headers: ResponseHeaders, status?: number): void {
    const limit = headerNumber(headers, 'x-rate-limit-limit');
    const remaining = headerNumber(headers, 'x-rate-limit-remaining');
    const resetS = headerNumber(headers, 'x-rate-limit-reset');
    const key = keyOf(accountKey, endpoint);
    if (status === 429) {
      const previous = this.#windows.get(key);
      const resetMs = resetS !== undefined ? resetS * 1000 : this.now() + RESET_WITHOUT_HEADER_MS;
      this.#windows.set(key, { limit: limit ?? previous?.limit ?? 0, remaining: 0, resetMs });
      return;
    }
    if (limit === undefined || remaining === undefined || resetS === undefined) return;
    this.#windows.set(key, { limit, remaining, resetMs: resetS * 1000 });
  }

  check(accountKey: string, endpoint: string): BudgetCheck {
    const window = this.#live(keyOf(accountKey, endpoint));
    if (!window || window.remaining > 0) return { ok: true };
    return { ok: false, resetAt: new Date(window.resetMs).toISOString() };
  }

  /** The windows still running for this account, by endpoint; a window past its reset is unknown again. */
  status(accountKey: string): RateLimitStatus[] {
    const prefix = `${accountKey} `;
    const out: RateLimitStatus[] = [];
    for (const key of [...this.#windows.keys()].sort()) {
      if (!key.startsWith(prefix)) continue;
      const window = this.#live(key);
      if (!window) continue;
      out.push({ endpoint: key.slice(prefix.length), limit: window.limit, remaining: window.remaining, resetAt: new Date(window.resetMs).toISOString() });
    }
    return out;
  }

  /** Resolves once the endpoint may be called again (at once if it may now); rejects if `signal` aborts. */
  async waitForReset(accountKey: string, endpoint: string, signal?: AbortSignal): Promise<void> {
    for (;;) {
      signal?.throwIfAborted();
      const window = this.#live(keyOf(accountKey, endpoint));
      if (!window || window.remaining > 0) return;
      await sleep(window.resetMs - this.now(), signal);
    }
  }

  #live(key: string): Window | undefined {
    const window = this.#windows.get(key);
    if (window && window.resetMs <= this.now()) {
      this.#windows.delete(key);
      return undefined;
    }
    return window;
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
