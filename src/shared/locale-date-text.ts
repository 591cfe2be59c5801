// Dates and times as people type them in their locale: en-GB writes 03/12/2026 (day first) and a
// 24-hour 14:30. The date and time fields (renderer) and the CSV import (core) both read them here,
// so "03/12/2026" means the same day on screen and in a spreadsheet. Only ECMAScript's Intl is used.

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

export interface ClockTime {
  hour: number;
  minute: number;
  second: number;
}

type DatePart = 'day' | 'month' | 'year';

export interface DatePattern {
  /** The order the locale writes a numeric date in: en-GB day, month, year. */
  order: readonly [DatePart, DatePart, DatePart];
  separator: string;
  /** What to type, e.g. "dd/mm/yyyy". */
  placeholder: string;
}

const PLACEHOLDER: Record<DatePart, string> = { day: 'dd', month: 'mm', year: 'yyyy' };
const patterns = new Map<string, DatePattern>();

export function datePattern(locale: string): DatePattern {
  const known = patterns.get(locale);
  if (known) return known;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2026, 11, 3, 12)));
  } catch {
    parts = [];
  }
  const order = parts.map((part) => part.type).filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  const separator = parts.find((part) => part.type === 'literal')?.value.trim() || '/';
  const pattern: DatePattern =
    order.length === 3 && new Set(order).size === 3
      ? { order: order as unknown as DatePattern['order'], separator, placeholder: order.map((part) => PLACEHOLDER[part]).join(separator) }
      : { order: ['day', 'month', 'year'], separator: '/', placeholder: 'dd/mm/yyyy' };
  patterns.set(locale, pattern);
  return pattern;
}

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  const check = new Date(Date.UTC(year, month - 1, day, 12));
  return year >= 1000 && check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** "03/12/2026" in en-GB, "12/03/2026" in en-US. */
export function formatDate(date: CalendarDate, locale: string): string {
  const { order, separator } = datePattern(locale);
  return order.map((part) => (part === 'year' ? pad(date.year, 4) : pad(date[part]))).join(separator);
}

/**
 * A numeric date in the locale's order, with "/", "." or "-" between its parts and one- or two-digit
 * day and month; the year has four digits (a two-digit year is not guessed). Null when it is not a
 * real day.
 */
export function parseDate(text: string, locale: string): CalendarDate | null {
  const match = /^(\d{1,4})[/.-](\d{1,4})[/.-](\d{1,4})$/.exec(text.trim());
  if (!match) return null;
  const { order } = datePattern(locale);
  const values: Partial<Record<DatePart, string>> = {};
  order.forEach((part, index) => (values[part] = match[index + 1]));
  if (values.year?.length !== 4 || (values.month?.length ?? 3) > 2 || (values.day?.length ?? 3) > 2) return null;
  const date = { year: Number(values.year), month: Number(values.month), day: Number(values.day) };
  return isRealDate(date) ? date : null;
}

/** "14:30" */
export function formatTime(time: Pick<ClockTime, 'hour' | 'minute'>): string {
  return `${pad(time.hour)}:${pad(time.minute)}`;
}

/** A 24-hour time: "9:30", "14:30" or "14:30:15". Null for anything else ("25:00", "2pm"). */
export function parseTime(text: string): ClockTime | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  return hour < 24 && minute < 60 && second < 60 ? { hour, minute, second } : null;
}
