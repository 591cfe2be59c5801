// How long a post waits before the next attempt after a failure worth retrying: exponential with
// jitter (so three accounts failing together do not retry in lockstep), never before X said the
// rate-limit window resets.
export interface BackoffPolicy {
  /** The first wait. */
  baseMs: number;
  /** No single wait longer than this (unless X's reset is later). */
  capMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 5_000, capMs: 15 * 60_000 };

/** A little after X's reset, so the window has surely turned over on its side too. */
const RESET_MARGIN_MS = 1_000;

/**
 * The delay before attempt `attempt + 1`, where `attempt` (≥ 1) attempts failed so far. `random`
 * in [0, 1) picks the jitter: the wait is between half and all of the exponential step.
 */
export function retryDelayMs(attempt: number, policy: BackoffPolicy, options: { resetAt?: string | undefined; nowMs: number; random: number }): number {
  const step = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempt - 1, 30)));
  const jittered = step / 2 + (step / 2) * Math.min(Math.max(options.random, 0), 1);
  const reset = options.resetAt === undefined ? Number.NaN : Date.parse(options.resetAt);
  const untilReset = Number.isFinite(reset) ? reset - options.nowMs + RESET_MARGIN_MS : 0;
  return Math.round(Math.max(jittered, untilReset));
}
