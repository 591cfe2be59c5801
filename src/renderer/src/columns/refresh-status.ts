// The column header's line about freshness: when it refreshes next or, in words, why it waits.
import type { ColumnStatus } from '../../../shared/columns';

export function refreshText(status: ColumnStatus | undefined, now: Date): string {
  if (!status) return 'Not refreshed yet';
  if (status.waiting) return status.waiting;
  if (!status.nextRefreshAt) return 'Updates as posts change';
  const seconds = Math.round((Date.parse(status.nextRefreshAt) - now.getTime()) / 1000);
  if (seconds <= 0) return 'Refreshing…';
  if (seconds < 60) return `Refreshes in ${seconds} s`;
  return `Refreshes in ${Math.round(seconds / 60)} min`;
}
