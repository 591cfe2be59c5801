// How schedule times read: Intl in the user's locale (en-GB by default) and zone, nothing else.
import type { PostState } from '../../../shared/queue';
import { dateForLabel, daysBetween, type LocalDate, type WallTime, timeOfDay } from './zoned-time';

export interface Clock {
  locale: string;
  timeZone: string;
}

/** "09:30" on the user's clock. */
export function formatTime(instant: Date, { locale, timeZone }: Clock): string {
  return new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

/** "Tue 1 Dec, 09:30": where no day heading says which day. */
export function formatDayAndTime(instant: Date, { locale, timeZone }: Clock): string {
  return new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    instant,
  );
}

/** "Tue 1 Dec, 09:30 GMT": the whole of it, for announcements and actions. */
export function formatInstant(instant: Date, { locale, timeZone }: Clock): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
}

/** "Wednesday 25 November 2026" for a calendar day (a date, so no zone applies). */
export function formatDay(date: LocalDate, locale: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    weekday: style,
    day: 'numeric',
    month: style,
    ...(style === 'long' ? { year: 'numeric' as const } : {}),
  }).format(dateForLabel(date));
}

/** "Today · Wednesday 25 November 2026", "Tomorrow · …", or just the day. */
export function formatDayHeading(date: LocalDate, today: LocalDate, locale: string): string {
  const offset = daysBetween(today, date);
  const day = formatDay(date, locale);
  if (offset === 0) return `Today · ${day}`;
  if (offset === 1) return `Tomorrow · ${day}`;
  if (offset === -1) return `Yesterday · ${day}`;
  return day;
}

/** "23 – 29 March 2026" */
export function formatWeekRange(monday: LocalDate, sunday: LocalDate, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
  return format.formatRange(dateForLabel(monday), dateForLabel(sunday));
}

/** "Tue 1 Dec, 10:15" for a wall time being chosen (not yet an instant). */
export function formatWall(wall: WallTime, locale: string): string {
  return `${formatDay(wall, locale, 'short')}, ${timeOfDay(wall.minutes)}`;
}

export const STATE_LABELS: Record<PostState, string> = {
  draft: 'Draft',
  scheduled: 'Scheduled',
  sending: 'Sending',
  sent: 'Sent',
  failed: 'Failed',
  missed: 'Missed',
  held: 'Held',
};

/** "Flu clinics are open all week, parking…": the first words of a post, cut at a word. */
export function firstWords(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}
