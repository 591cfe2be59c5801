// en-GB by default, in the user's chosen IANA zone: "Wed 25 Nov 2026, 14:05 GMT".
export function formatDateTime(instant: Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(instant);
}
