// Why a column waits, in words the UI shows as they are.
import { ProviderError } from '../providers/provider';
import { describeError } from '../safe-error';
import type { SpendPace } from './plan';

export const PLAN_EXCLUDES = 'your X plan does not include this';

export interface WaitDecision {
  waiting: string;
  /** When to try again (ms since epoch), null for never (until the user acts). */
  retryAt: number | null;
}

export function clock(iso: string | number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(iso));
}

export function waitFor(error: unknown, now: number, retryMs: number, timeZone: string): WaitDecision {
  if (!(error instanceof ProviderError)) return { waiting: describeError(error), retryAt: now + retryMs };
  switch (error.code) {
    case 'rate_limited': {
      const reset = error.details.resetAt ? Date.parse(error.details.resetAt) : now + 60_000;
      return { waiting: `rate limit until ${clock(reset, timeZone)}`, retryAt: Math.max(reset, now + 1000) };
    }
    case 'network':
      return { waiting: 'offline', retryAt: now + Math.min(retryMs, 60_000) };
    case 'forbidden':
    case 'not_allowed':
      return error.details.planExcludes ? { waiting: PLAN_EXCLUDES, retryAt: null } : { waiting: error.message, retryAt: null };
    case 'auth_expired':
      return { waiting: 'the account needs reconnecting', retryAt: null };
    case 'out_of_credits':
      return { waiting: 'the X account is out of credits', retryAt: now + 15 * 60_000 };
    default:
      return { waiting: error.message, retryAt: now + retryMs };
  }
}

/** "reads from 18:45 (15 minutes before the chat)", with the day when it is not today. */
export function readsFrom(until: number, now: number, why: string, timeZone: string): string {
  const day = (at: number): string => new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(new Date(at));
  const date = day(until) === day(now) ? '' : `${new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(new Date(until))} `;
  return `reads from ${date}${clock(until, timeZone)} (${why})`;
}

export interface ColumnWaitFacts {
  /** The column's account, when it needs reconnecting. */
  reconnect: { handle: string } | null;
  dormant: { until: number; why: string } | null;
  /** What its requests' last answers left (rate limit, offline…). */
  requestWaiting: string | null;
  pace: SpendPace;
  monthlyCapUsd: number | null;
  hasRequests: boolean;
  now: number;
  timeZone: string;
}

/** What a remote column's status says it waits for, the most pressing first; null when it reads. */
export function columnWaiting(facts: ColumnWaitFacts): string | null {
  const cap = `$${facts.monthlyCapUsd ?? 0}`;
  if (facts.reconnect) return `@${facts.reconnect.handle} needs reconnecting: use Reconnect beside it in the sidebar`;
  if (facts.dormant) return readsFrom(facts.dormant.until, facts.now, facts.dormant.why, facts.timeZone);
  if (facts.requestWaiting) return facts.requestWaiting;
  if (facts.pace.kind === 'stopped') return `monthly spend cap of ${cap} reached`;
  if (facts.pace.kind === 'slowed') return `slowed to stay under the monthly spend cap of ${cap}`;
  return facts.hasRequests ? null : 'no connected account to read as';
}
