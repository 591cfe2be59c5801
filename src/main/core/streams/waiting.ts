// Why a column waits, in words the UI shows as they are.
import { ProviderError } from '../providers/provider';
import { describeError } from '../safe-error';

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
