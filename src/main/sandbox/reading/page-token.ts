// Pagination tokens for timelines (pagination_token) and search (next_token). X's tokens are
// opaque strings a client must hand back unmodified; ours carry the page boundary (a post id and a
// direction) plus a checksum over what the token was issued for, so an edited, truncated or
// borrowed token (another user's timeline, another search query) is X's 400, not a wrong page.
// Tokens never expire, as X's next_token does not: the checksum key is fixed, not per process.
import { createHash } from 'node:crypto';
import type { Snowflake } from '../model';

/** `next` pages go to older posts than the boundary, `previous` pages to newer ones. */
export type PageDirection = 'next' | 'previous';

export interface PageCursor {
  direction: PageDirection;
  /** The boundary post: the oldest of the page before (next) or the newest (previous). */
  id: Snowflake;
}

const VERSION = 1;
const CHECKSUM_BYTES = 6;
const TOKEN_BYTES = 2 + 8 + CHECKSUM_BYTES;
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

/**
 * `scope` names what the token pages through, e.g. "GET /2/users/:id/tweets 0001…|exclude=replies"
 * or the search query; the same scope must be given to decode it.
 */
export function encodePageToken(cursor: PageCursor, scope: string): string {
  const body = Buffer.alloc(TOKEN_BYTES);
  body.writeUInt8(VERSION, 0);
  body.writeUInt8(cursor.direction === 'next' ? 0 : 1, 1);
  body.writeBigUInt64BE(BigInt(cursor.id), 2);
  checksum(body.subarray(0, 10), scope).copy(body, 10);
  return body.toString('base64url');
}

/** The cursor, or null when the token was not issued by us for this scope. */
export function decodePageToken(token: string, scope: string): PageCursor | null {
  if (!TOKEN.test(token)) return null;
  const body = Buffer.from(token, 'base64url');
  // The last base64 character carries 4 unused bits: only the canonical spelling is ours.
  if (body.length !== TOKEN_BYTES || body.toString('base64url') !== token || body.readUInt8(0) !== VERSION) return null;
  const direction = body.readUInt8(1);
  if (direction > 1) return null;
  if (!checksum(body.subarray(0, 10), scope).equals(body.subarray(10))) return null;
  return {
    direction: direction === 0 ? 'next' : 'previous',
    id: body.readBigUInt64BE(2).toString().padStart(19, '0'),
  };
}

function checksum(payload: Buffer, scope: string): Buffer {
  return createHash('sha256').update('columns-sandbox-page-token\0').update(scope).update('\0').update(payload).digest().subarray(0, CHECKSUM_BYTES);
}
