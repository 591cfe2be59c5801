import type { Snowflake } from '../model';

// Twitter's snowflake epoch (2010-11-04T01:42:54.657Z): ids made here look and sort like X's.
const EPOCH_MS = 1288834974657n;
const SEQUENCE_BITS = 22n;

/**
 * Time-ordered 19-digit ids. Always 19 digits, so comparing the strings compares the numbers, and
 * since_id / until_id work as on X.
 */
export function createIdGenerator(nowMs: () => number): () => Snowflake {
  let last = 0n;
  return () => {
    let candidate = (BigInt(Math.floor(nowMs())) - EPOCH_MS) << SEQUENCE_BITS;
    if (candidate <= last) candidate = last + 1n;
    last = candidate;
    return candidate.toString().padStart(19, '0');
  };
}

/** Normalises a client-supplied id for comparison; null when it is not a decimal id. */
export function normaliseId(value: string): Snowflake | null {
  if (!/^\d{1,19}$/.test(value)) return null;
  return value.padStart(19, '0');
}

/**
 * The id a post made at `ms` would have, with `seq` (0 … 4,194,303) in the low bits. For records
 * dated in the past (the seed's history): they sort among themselves by time and before every id
 * createIdGenerator hands out later. Distinct (ms, seq) pairs give distinct ids.
 */
export function snowflakeAt(ms: number, seq: number): Snowflake {
  const sequence = BigInt(seq) & ((1n << SEQUENCE_BITS) - 1n);
  return (((BigInt(Math.floor(ms)) - EPOCH_MS) << SEQUENCE_BITS) | sequence).toString().padStart(19, '0');
}
