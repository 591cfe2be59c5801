// Wall-clock arithmetic in the user's IANA zone with nothing but Intl: a calendar day is a
// LocalDate, a point on it is minutes since local midnight, and every instant is placed by asking
// Intl what the wall clock read then (never by assuming a UTC offset stays put across a week).

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface WallTime extends LocalDate {
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

export const MINUTES_PER_DAY = 24 * 60;
const MS_PER_MINUTE = 60_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** What the wall clock in `timeZone` read at `instant`. */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const part of wallFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 1970,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    minutes: (parts['hour'] ?? 0) * 60 + (parts['minute'] ?? 0),
  };
}

/** The zone's offset from UTC at `instant`, in minutes (60 for BST). */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const wall = wallTimeOf(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes);
  return Math.round((asUtc - Math.floor(instant.getTime() / MS_PER_MINUTE) * MS_PER_MINUTE) / MS_PER_MINUTE);
}

/**
 * An instant whose wall time is `wall`, for ranges and hints only: a time that does not exist lands
 * next to the gap and a doubled one on either reading. Choosing for the user is the core's job
 * (schedule.resolveLocal), which asks them.
 */
export function approximateInstant(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, 0, wall.minutes);
  const first = offsetMinutesAt(new Date(asUtc), timeZone);
  const guess = asUtc - first * MS_PER_MINUTE;
  const second = offsetMinutesAt(new Date(guess), timeZone);
  return new Date(second === first ? guess : asUtc - second * MS_PER_MINUTE);
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** 'YYYY-MM-DD': a stable key for a calendar day. */
export function dateKey(date: LocalDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** 'YYYY-MM-DDTHH:mm', the form schedule.resolveLocal takes. */
export function localInputOf(wall: WallTime): string {
  return `${dateKey(wall)}T${timeOfDay(wall.minutes)}`;
}

/** 'HH:mm' for minutes since midnight. */
export function timeOfDay(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** Minutes since midnight for 'HH:mm', or null. */
export function minutesOf(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function parseDateKey(key: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

// Calendar arithmetic on dates alone is zone-free: do it on UTC noon, where no offset can bite.
function noonUtc(date: LocalDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}

function fromNoonUtc(date: Date): LocalDate {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = noonUtc(date);
  moved.setUTCDate(moved.getUTCDate() + days);
  return fromNoonUtc(moved);
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((noonUtc(b).getTime() - noonUtc(a).getTime()) / (MINUTES_PER_DAY * MS_PER_MINUTE));
}

/** ISO weekday: 1 is Monday, 7 is Sunday. */
export function isoWeekday(date: LocalDate): number {
  return ((noonUtc(date).getUTCDay() + 6) % 7) + 1;
}

/** The Monday of the week `date` is in. */
export function startOfWeek(date: LocalDate): LocalDate {
  return addDays(date, 1 - isoWeekday(date));
}

export function weekDays(monday: LocalDate): LocalDate[] {
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}

/** A date as a Date at UTC noon, for Intl formatting with timeZone 'UTC' (labels of whole days). */
export function dateForLabel(date: LocalDate): Date {
  return noonUtc(date);
}

/** Moves a wall time by whole days and minutes, carrying across midnight. */
export function moveWall(wall: WallTime, delta: { days?: number; minutes?: number }): WallTime {
  const total = wall.minutes + (delta.minutes ?? 0);
  const carry = Math.floor(total / MINUTES_PER_DAY);
  const minutes = total - carry * MINUTES_PER_DAY;
  return { ...addDays(wall, (delta.days ?? 0) + carry), minutes };
}

export function snapMinutes(minutes: number, step = 15): number {
  return Math.round(minutes / step) * step;
}

export function sameWall(a: WallTime, b: WallTime): boolean {
  return dateKey(a) === dateKey(b) && a.minutes === b.minutes;
}

/** Where the clocks change on this day, as wall minutes: the hour that is skipped or happens twice. */
export type ClockChange = { kind: 'forward' | 'back'; minutes: number; lengthMinutes: number };

export function clockChangeOn(date: LocalDate, timeZone: string): ClockChange | null {
  const start = approximateInstant({ ...date, minutes: 0 }, timeZone);
  const end = approximateInstant({ ...addDays(date, 1), minutes: 0 }, timeZone);
  const before = offsetMinutesAt(start, timeZone);
  const after = offsetMinutesAt(new Date(end.getTime() - MS_PER_MINUTE), timeZone);
  if (before === after) return null;
  // Find the first minute past the change by bisection over the day's instants.
  let low = start.getTime();
  let high = end.getTime();
  while (high - low > MS_PER_MINUTE) {
    const middle = low + Math.floor((high - low) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
    if (offsetMinutesAt(new Date(middle), timeZone) === before) low = middle;
    else high = middle;
  }
  const lengthMinutes = Math.abs(after - before);
  if (after > before) {
    // Clocks go forward: the wall times from the change for `lengthMinutes` never happen.
    return { kind: 'forward', minutes: wallTimeOf(new Date(high), timeZone).minutes - lengthMinutes, lengthMinutes };
  }
  return { kind: 'back', minutes: wallTimeOf(new Date(high), timeZone).minutes, lengthMinutes };
}
