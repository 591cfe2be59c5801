// A CSV row's datetime → one UTC instant, or the reason it cannot be one (starting "datetime:").
// Accepted: ISO 8601 with an offset (that instant); ISO 8601 without one (a wall time in the user's
// zone); and the date as the user's locale writes it, what a UK spreadsheet saves: "03/12/2026 09:30",
// "03/12/2026, 09:30", with or without seconds. A wall time is resolved the way the composer resolves
// one (resolveLocal): a time the clocks skip or repeat is not guessed; the message says what to write.
import { DateTime } from 'luxon';
import { datePattern, formatDate, isRealDate, parseDate, parseTime, type CalendarDate, type ClockTime } from '../../../shared/locale-date-text';
import { AppError } from '../errors';
import { resolveLocal } from './local-time';

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A date and a time, separated by spaces or by a comma (Excel's "03/12/2026, 09:30"). */
const LOCALE_DATE_TIME = /^(\S+?)(?:\s*,\s*|\s+)(\d{1,2}:\d{2}(?::\d{2})?)$/;
/** Anything with a date's shape, real or not ("31/02/2026"). */
const DATE_SHAPE = /^\d{1,4}[/.-]\d{1,4}[/.-]\d{1,4}$/;

export interface CsvDateContext {
  zone: string;
  locale: string;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** An example in the user's format: "03/12/2026 09:30". */
export function exampleDateTime(date: CalendarDate, time: Pick<ClockTime, 'hour' | 'minute'>, locale: string): string {
  return `${formatDate(date, locale)} ${pad(time.hour)}:${pad(time.minute)}`;
}

function formats(context: CsvDateContext): string {
  const example = exampleDateTime({ year: 2026, month: 12, day: 3 }, { hour: 9, minute: 30 }, context.locale);
  return `a date and time such as ${example} (${datePattern(context.locale).placeholder} hh:mm, in ${context.zone}), or ISO 8601 such as 2026-12-03T09:30+00:00`;
}

/** A wall time in the user's zone, to the second; seconds never move a time into or out of a DST gap. */
function wallInstant(date: CalendarDate, time: ClockTime, millis: number, context: CsvDateContext): { dueMs: number } | string {
  const local = `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(time.hour)}:${pad(time.minute)}`;
  let resolved;
  try {
    resolved = resolveLocal(local, context.zone);
  } catch (error) {
    if (error instanceof AppError) return `datetime: ${local.replace('T', ' ')} is not a real date and time.`;
    throw error;
  }
  switch (resolved.kind) {
    case 'ok':
      return { dueMs: Date.parse(resolved.dueAt) + time.second * 1000 + millis };
    case 'nonexistent':
      return `datetime: ${resolved.message}`;
    case 'ambiguous': {
      const written = time.second === 0 ? local : `${local}:${pad(time.second)}`;
      const offsets = resolved.options.map((o) => `${written}${DateTime.fromISO(o.dueAt).setZone(context.zone).toFormat('ZZ')}`);
      return `datetime: ${resolved.message} Add the offset to say which: ${offsets.join(' or ')}.`;
    }
  }
}

function isoInstant(value: string, match: RegExpExecArray, context: CsvDateContext): { dueMs: number } | string {
  if (match[8] !== undefined) {
    const parsed = DateTime.fromISO(value, { setZone: true });
    return parsed.isValid ? { dueMs: parsed.toMillis() } : `datetime: "${value}" is not a real date and time.`;
  }
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return `datetime: "${value}" is not a real date and time.`;
  const millis = match[7] ? Math.floor(Number(`0${match[7]}`) * 1000) : 0;
  return wallInstant({ year, month, day }, { hour, minute, second }, millis, context);
}

function isoDate(value: string): CalendarDate | null {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  return isRealDate({ year, month, day }) ? { year, month, day } : null;
}

export function dueAtOf(value: string, context: CsvDateContext): { dueMs: number } | string {
  const trimmed = value.trim();
  if (trimmed === '') return 'datetime: is empty.';
  const iso = ISO.exec(trimmed);
  if (iso) return isoInstant(trimmed, iso, context);
  if (ISO_DATE.test(trimmed) || DATE_SHAPE.test(trimmed)) {
    const date = ISO_DATE.test(trimmed) ? isoDate(trimmed) : parseDate(trimmed, context.locale);
    if (!date) return `datetime: "${trimmed}" is not a real date; write ${formats(context)}.`;
    return `datetime: "${trimmed}" is a date without a time; add the time, such as ${exampleDateTime(date, { hour: 9, minute: 30 }, context.locale)}.`;
  }
  const split = LOCALE_DATE_TIME.exec(trimmed);
  if (split && DATE_SHAPE.test(split[1] as string)) {
    const date = parseDate(split[1] as string, context.locale);
    if (!date) return `datetime: "${split[1]}" is not a real date in the form ${datePattern(context.locale).placeholder}.`;
    const time = parseTime(split[2] as string);
    if (!time) return `datetime: "${split[2]}" is not a 24-hour time such as 09:30 or 17:45.`;
    return wallInstant(date, time, 0, context);
  }
  return `datetime: "${trimmed}" is not ${formats(context)}.`;
}
