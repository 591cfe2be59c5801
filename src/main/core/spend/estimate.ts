// Steady cost estimates for the columns' requests. X bills each post a read returns, and polling
// with since_id returns each post once, so what a request costs a day is the posts that arrive on
// it a day (observed from the posts' own times, never "this answer's size × polls a day", which
// makes a first fill of 100 posts look like 100 posts every 30 s), capped by what its refresh
// plan can read, times the price of one post read.

export const DAY_MS = 86_400_000;
/** The longest stretch the arrival rate looks back over (X's recent search covers seven days). */
export const ARRIVAL_WINDOW_MS = 7 * DAY_MS;
/** The shortest: one post a minute ago is not 1,440 posts a day. */
export const MIN_ARRIVAL_SPAN_MS = 3_600_000;

/** The posts a request's columns hold from the last ARRIVAL_WINDOW_MS (one row per post). */
export interface ArrivalSample {
  posts: number;
  /** ms epoch of the oldest of them, null when there are none. */
  oldestAt: number | null;
  /**
   * The first answer may have stopped at a page (the feed goes further back than what is held),
   * so the posts held describe only the span since the oldest of them. Otherwise they are every
   * post of the window.
   */
  mayBeTruncated: boolean;
}

/** Posts a day arriving on a request; null when nothing has been read yet (no sample). */
export function postsPerDay(sample: ArrivalSample | null, now: number): number | null {
  if (!sample) return null;
  if (sample.posts === 0 || sample.oldestAt === null) return 0;
  const span = sample.mayBeTruncated ? Math.min(ARRIVAL_WINDOW_MS, Math.max(MIN_ARRIVAL_SPAN_MS, now - sample.oldestAt)) : ARRIVAL_WINDOW_MS;
  return (sample.posts * DAY_MS) / span;
}

export interface RequestEstimateInput {
  intervalMs: number;
  postsPerDay: number | null;
  /** Posts one poll can read at most (its page and catch-up pages). */
  postsPerPoll: number;
  priceUsd: number;
}

export interface RequestEstimate {
  requestsPerDay: number;
  postsReadPerDay: number;
  usdPerDay: number;
}

export function estimateRequest({ intervalMs, postsPerDay: arriving, postsPerPoll, priceUsd }: RequestEstimateInput): RequestEstimate {
  const requestsPerDay = DAY_MS / Math.max(1, intervalMs);
  const postsReadPerDay = Math.min(arriving ?? 0, requestsPerDay * postsPerPoll);
  return { requestsPerDay, postsReadPerDay, usdPerDay: postsReadPerDay * priceUsd };
}

/** Sums per-request costs, each request once however many columns it feeds. */
export function totalOnce(estimates: Iterable<{ key: string; usdPerDay: number }>): number {
  const seen = new Map<string, number>();
  for (const estimate of estimates) seen.set(estimate.key, estimate.usdPerDay);
  return [...seen.values()].reduce((sum, usd) => sum + usd, 0);
}
