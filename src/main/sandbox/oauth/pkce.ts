// PKCE (RFC 7636). twitter-api-v2 sends the method as lowercase "s256", so methods compare
// case-insensitively and are stored in their RFC spelling.
import { createHash, timingSafeEqual } from 'node:crypto';

export type ChallengeMethod = 'S256' | 'plain';

/** RFC 7636 §4.1: 43–128 unreserved characters; a plain challenge is a verifier, so the same rule. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;
/** An S256 challenge is base64url(SHA-256), always 43 characters without padding. */
const S256_CHALLENGE = /^[A-Za-z0-9\-_]{43}$/;

export function parseChallengeMethod(method: string): ChallengeMethod | undefined {
  const lower = method.toLowerCase();
  if (lower === 's256') return 'S256';
  return lower === 'plain' ? 'plain' : undefined;
}

export function isValidChallenge(challenge: string, method: ChallengeMethod): boolean {
  return (method === 'S256' ? S256_CHALLENGE : VERIFIER).test(challenge);
}

export function isValidVerifier(verifier: string): boolean {
  return VERIFIER.test(verifier);
}

export function s256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** Whether the verifier presented at the token endpoint matches the challenge sent to the authorize page. */
export function verifierMatches(verifier: string, challenge: string, method: string): boolean {
  if (!isValidVerifier(verifier)) return false;
  const expected = Buffer.from(challenge, 'ascii');
  const actual = Buffer.from(parseChallengeMethod(method) === 'S256' ? s256Challenge(verifier) : verifier, 'ascii');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
