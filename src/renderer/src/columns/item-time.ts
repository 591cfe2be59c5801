// An item's age in a few characters ("3 min"), and its exact moment for the tooltip (en-GB, user's zone).

export function relativeAge(instant: Date, now: Date): string {
  const seconds = Math.max(0, Math.round((now.getTime() - instant.getTime()) / 1000));
  if (seconds < 45) return 'now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h`;
  const days = Math.round(hours / 24);
  if (days < 7) return `${days} d`;
  return `${Math.floor(days / 7)} wk`;
}

/** The same format as the status bar's clock. */
export { formatDateTime as exactTime } from '../format';
