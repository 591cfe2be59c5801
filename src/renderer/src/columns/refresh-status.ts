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

/** US dollars, as X bills: "$0.12 an hour"; local columns cost nothing. */
export function costText(costPerHour: number): string {
  if (costPerHour <= 0) return 'No X cost';
  const amount = costPerHour < 0.01 ? '<$0.01' : `$${costPerHour.toFixed(2)}`;
  return `${amount} an hour (estimate)`;
}
