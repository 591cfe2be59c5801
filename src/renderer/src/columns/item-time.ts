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

// Building an Intl formatter costs far more than using one: a column mounts many items per frame.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The same format as the status bar's clock (format.ts), from a cached formatter. */
export function exactTime(instant: Date, locale: string, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZone,
      timeZoneName: 'short',
    });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}
