// en-GB by default, in the user's chosen IANA zone: "Wed 25 Nov 2026, 14:05 GMT".
// Building an Intl formatter costs far more than using one (a column mounts many items per frame),
// so one is kept per locale and zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
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
