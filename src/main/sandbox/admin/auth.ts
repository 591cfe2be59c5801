// The admin interface's one credential: a bearer token compared in constant time, so response
// timing says nothing about how much of a guess was right.
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** True when `authorization` is exactly `Bearer <adminToken>`. */
export function adminTokenMatches(authorization: string | undefined, adminToken: string): boolean {
  const match = /^Bearer (\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  // Hashing first gives both sides the same length, which timingSafeEqual requires, without
  // leaking the token's length through an early length check.
  return timingSafeEqual(digest(match[1]), digest(adminToken));
}
