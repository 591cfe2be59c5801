// Refresh planning (DESIGN rule 6): how often a request may poll within its endpoint's rate
// window, and how the monthly spend cap slows every remote column.

export const REFRESH_FLOOR_MS = 30_000;
export const DEFAULT_WINDOW_MS = 15 * 60_000;
/** Before X's headers are seen: a conservative 15 requests a window. */
export const DEFAULT_LIMIT = 15;

export interface WindowFacts {
  /** Requests the endpoint allows per window (x-rate-limit-limit), null before the first answer. */
  limit: number | null;
  remaining: number | null;
  /** Ms until the window resets, null when unknown. */
  resetInMs: number | null;
}

/**
 * The window's requests are spread over the distinct requests that use the endpoint for that
 * account (two search columns with different queries share "GET /2/tweets/search/recent"); what
 * is left of the current window is spread the same way, so a nearly spent window slows polling
 * before it runs out. Never under the floor; times the spend factor.
 */
export function planIntervalMs(window: WindowFacts, requestsOnEndpoint: number, spendFactor = 1, floorMs = REFRESH_FLOOR_MS): number {
  const sharers = Math.max(1, requestsOnEndpoint);
  const limit = Math.max(1, window.limit ?? DEFAULT_LIMIT);
  let interval = (DEFAULT_WINDOW_MS * sharers) / limit;
  if (window.remaining !== null && window.resetInMs !== null && window.resetInMs > 0) {
    interval = Math.max(interval, (window.resetInMs * sharers) / Math.max(1, window.remaining));
  }
  return Math.round(Math.max(floorMs, interval) * Math.max(1, spendFactor));
}

export type SpendPace = { kind: 'normal' } | { kind: 'slowed'; factor: number } | { kind: 'stopped' };

/**
 * The cap rule: project the month as spent so far plus the current hourly cost until the month
 * ends. Under the cap: normal. Over it: every remote interval is multiplied by (projected future
 * cost ÷ what is left under the cap), which brings the projection back to the cap. Cap reached:
 * remote columns stop until the month turns (the cache still serves them).
 */
export function spendPace(monthSpentUsd: number, costPerHourUsd: number, hoursLeftInMonth: number, capUsd: number | null): SpendPace {
  if (capUsd === null) return { kind: 'normal' };
  if (monthSpentUsd >= capUsd) return { kind: 'stopped' };
  const future = costPerHourUsd * hoursLeftInMonth;
  const left = capUsd - monthSpentUsd;
  if (future <= left) return { kind: 'normal' };
  return { kind: 'slowed', factor: future / left };
}

export function hoursLeftInMonth(now: Date): number {
  const end = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  return Math.max(0, (end - now.getTime()) / 3_600_000);
}
