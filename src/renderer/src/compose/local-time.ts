// Wall-clock dates and times in the user's zone, for the schedule inputs. Turning a wall time into
// an instant is the core's job (schedule.resolveLocal knows the DST rules); this only reads instants.

export interface LocalDateTime {
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm */
  time: string;
}

export function localDateTime(instant: Date, zone: string): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((part) => part.type === type)?.value ?? '00';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
}

/** A sensible first suggestion for "Schedule": the next whole hour at least 30 minutes away. */
export function defaultScheduleTime(now: Date, zone: string): LocalDateTime {
  const next = new Date(now.getTime() + 30 * 60_000);
  next.setUTCMinutes(60, 0, 0);
  return localDateTime(next, zone);
}

/** "Europe/London (GMT)": the zone by name, with its abbreviation at that moment. */
export function zoneName(zone: string, locale: string, at: Date): string {
  const short = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return short ? `${zone.replace(/_/g, ' ')} (${short})` : zone.replace(/_/g, ' ');
}

/** "Wed 25 Nov 2026, 14:05 GMT" for an instant, in the user's zone and locale. */
export function formatInstant(iso: string, zone: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));
}
