// What the week and month calendars share: whose posts they show, in which zone, from which day.
import type { AccountSummary } from '../../../shared/contract';
import type { PostState } from '../../../shared/queue';
import type { Clock } from './schedule-format';
import type { LocalDate } from './zoned-time';

/** Every post with a time, whatever became of it (drafts have none). */
export const CALENDAR_STATES: PostState[] = ['scheduled', 'sending', 'sent', 'failed', 'missed', 'held'];

export interface CalendarViewProps {
  accounts: AccountSummary[];
  /** Only this account's posts and queue times; every account's when undefined. */
  accountId: string | undefined;
  clock: Clock;
  now: Date;
  /** The day to open on (the month view opens a day's week); today when absent. */
  initialDay?: LocalDate | undefined;
  /** Moves when the user saved queue times: the open slots are asked again. */
  slotsRevision: number;
}
