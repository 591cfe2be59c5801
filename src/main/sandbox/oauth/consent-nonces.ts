// The consent form's anti-CSRF nonce: each rendered page gets a fresh random value bound, here on
// the server, to the authorization request it shows. Posting the form spends the nonce, so a page
// can be answered once, and a forged post (no nonce, or fields that differ from the bound request)
// is refused. Pending pages live in memory only; after a restart the user simply starts again.
import { randomBytes } from 'node:crypto';
import type { AuthorizeRequest } from './authorize-request';

export interface ConsentNonces {
  issue(request: AuthorizeRequest): string;
  /** The request the nonce was issued for, once; undefined when unknown, spent or expired. */
  take(nonce: unknown): AuthorizeRequest | undefined;
}

export const CONSENT_PAGE_TTL_MS = 10 * 60 * 1000;
/** Bounds memory when a page is fetched in a loop and never answered. */
const MAX_PENDING = 1000;

export function createConsentNonces(nowMs: () => number): ConsentNonces {
  const pending = new Map<string, { request: AuthorizeRequest; expiresAtMs: number }>();
  return {
    issue(request) {
      const nonce = randomBytes(24).toString('base64url');
      for (const [key, entry] of pending) {
        if (pending.size < MAX_PENDING && entry.expiresAtMs > nowMs()) break;
        pending.delete(key); // Map order is insertion order: the oldest go first.
      }
      pending.set(nonce, { request, expiresAtMs: nowMs() + CONSENT_PAGE_TTL_MS });
      return nonce;
    },
    take(nonce) {
      if (typeof nonce !== 'string') return undefined;
      const entry = pending.get(nonce);
      pending.delete(nonce);
      return entry && entry.expiresAtMs > nowMs() ? entry.request : undefined;
    },
  };
}
