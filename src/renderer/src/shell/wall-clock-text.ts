// What the date and time fields show and accept, in the app's locale rather than the browser's: a
// native <input type="date"> follows the browser's language (a US browser shows 12/03/2026 for
// 3 December), so the fields are text, read and written here. Their values stay 'YYYY-MM-DD' and
// 'HH:mm', the forms schedule.resolveLocal takes.
import { datePattern, formatDate, formatTime, isRealDate, parseDate, parseTime, type CalendarDate } from '../../../shared/locale-date-text';

export type WallClockKind = 'date' | 'time';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

function isoDate(date: CalendarDate): string {
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

function fromIsoDate(value: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

/** The value ('YYYY-MM-DD' or 'HH:mm'; '' for none) as the user reads it: "03/12/2026", "14:30". */
export function displayOf(kind: WallClockKind, value: string, locale: string): string {
  if (kind === 'time') return value;
  const date = fromIsoDate(value);
  return date ? formatDate(date, locale) : '';
}

/** What the user typed → the value, or null when it is not a date (time) at all. */
export function valueOf(kind: WallClockKind, text: string, locale: string): string | null {
  if (kind === 'date') {
    const date = parseDate(text, locale);
    return date ? isoDate(date) : null;
  }
  const time = /^\s*\d{1,2}:\d{2}\s*$/.test(text) ? parseTime(text) : null;
  return time ? formatTime(time) : null;
}

/** "dd/mm/yyyy" or "hh:mm": the placeholder. */
export function formatOf(kind: WallClockKind, locale: string): string {
  return kind === 'date' ? datePattern(locale).placeholder : 'hh:mm';
}

export function invalidMessage(kind: WallClockKind, locale: string): string {
  return kind === 'date'
    ? `Enter a date that exists as ${formatOf('date', locale)}, such as ${formatDate({ year: 2026, month: 12, day: 3 }, locale)}.`
    : 'Enter a 24-hour time as hh:mm, such as 14:30.';
}

/** Which part of the text the caret is in: 0, 1 or 2 for a date's parts, 0 (hours) or 1 (minutes). */
function segmentAt(text: string, caret: number): number {
  return (text.slice(0, caret).match(/[^\d\s]/g) ?? []).length;
}

/** The [start, end) of each part of a displayed value, to keep the caret's part selected after a step. */
export function segmentBounds(text: string, index: number): [number, number] {
  const parts = [...text.matchAll(/\d+/g)];
  const part = parts[Math.min(index, parts.length - 1)];
  return part?.index === undefined ? [0, text.length] : [part.index, part.index + part[0].length];
}

function stepDate(date: CalendarDate, part: 'day' | 'month' | 'year', delta: number): CalendarDate {
  // On UTC noon, where no offset can bite; a month or year step keeps the day where the month has it.
  if (part === 'day') {
    const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + delta, 12));
    return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
  }
  const months = date.year * 12 + (date.month - 1) + (part === 'month' ? delta : delta * 12);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0, 12)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}

/**
 * Arrow up or down: the part under the caret one step (a day, a month, a year; an hour, a minute,
 * wrapping round the clock). Null when the field holds no value to step from.
 */
export function stepValue(kind: WallClockKind, value: string, text: string, caret: number, delta: number, locale: string): { value: string; segment: number } | null {
  const segment = segmentAt(text, caret);
  if (kind === 'date') {
    const date = fromIsoDate(value);
    if (!date) return null;
    const part = datePattern(locale).order[Math.min(segment, 2)] ?? 'day';
    return { value: isoDate(stepDate(date, part, delta)), segment };
  }
  const time = parseTime(value);
  if (!time) return null;
  const step = segment === 0 ? 60 : 1;
  const minutes = (((time.hour * 60 + time.minute + delta * step) % 1440) + 1440) % 1440;
  return { value: formatTime({ hour: Math.floor(minutes / 60), minute: minutes % 60 }), segment };
}
