// The month view's grid: whole Monday-first weeks covering a calendar month, the instants that bound
// it in the user's zone (so a query asks for exactly what the grid shows, DST included), and each
// day's posts by the wall clock of that zone.
import type { QueuedPost } from '../../../shared/queue';
import { addDays, approximateInstant, dateKey, daysBetween, isoWeekday, wallTimeOf, type LocalDate } from './zoned-time';

export interface YearMonth {
  year: number;
  /** 1–12 */
  month: number;
}

export interface MonthCell {
  date: LocalDate;
  key: string;
  /** False for the days of the months either side that fill the first and last weeks. */
  inMonth: boolean;
}

export interface MonthGrid extends YearMonth {
  /** 4 to 6 weeks of 7 days, Monday first. */
  weeks: MonthCell[][];
  first: LocalDate;
  /** The last day shown (a Sunday). */
  last: LocalDate;
}

export function monthOf(date: LocalDate): YearMonth {
  return { year: date.year, month: date.month };
}

export function addMonths({ year, month }: YearMonth, months: number): YearMonth {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function daysInMonth({ year, month }: YearMonth): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function monthGrid(target: YearMonth): MonthGrid {
  const firstOfMonth = { ...target, day: 1 };
  const lastOfMonth = { ...target, day: daysInMonth(target) };
  const first = addDays(firstOfMonth, 1 - isoWeekday(firstOfMonth));
  const last = addDays(lastOfMonth, 7 - isoWeekday(lastOfMonth));
  const weeks: MonthCell[][] = [];
  for (let offset = 0; offset <= daysBetween(first, last); offset += 7) {
    weeks.push(
      Array.from({ length: 7 }, (_, index) => {
        const date = addDays(first, offset + index);
        return { date, key: dateKey(date), inMonth: date.month === target.month && date.year === target.year };
      }),
    );
  }
  return { ...target, weeks, first, last };
}

/** [local midnight of the first shown day, local midnight after the last) as UTC ISO instants. */
export function gridRange(grid: MonthGrid, timeZone: string): { from: string; to: string } {
  return {
    from: approximateInstant({ ...grid.first, minutes: 0 }, timeZone).toISOString(),
    to: approximateInstant({ ...addDays(grid.last, 1), minutes: 0 }, timeZone).toISOString(),
  };
}

export function inGrid(grid: MonthGrid, date: LocalDate): boolean {
  return daysBetween(grid.first, date) >= 0 && daysBetween(date, grid.last) >= 0;
}

export interface DayPosts {
  /** In time order. */
  posts: QueuedPost[];
  /** Posts per account, in the order the accounts first post that day. */
  counts: { accountId: string; count: number }[];
}

/** Each day's posts (by dateKey), placed by the zone's wall clock at their due time. */
export function postsByDay(posts: readonly QueuedPost[], timeZone: string): Map<string, DayPosts> {
  const days = new Map<string, DayPosts>();
  const sorted = posts.filter((post) => post.dueAt !== null).sort((a, b) => Date.parse(a.dueAt ?? '') - Date.parse(b.dueAt ?? ''));
  for (const post of sorted) {
    const key = dateKey(wallTimeOf(new Date(post.dueAt ?? ''), timeZone));
    const day = days.get(key) ?? { posts: [], counts: [] };
    day.posts.push(post);
    const count = day.counts.find((entry) => entry.accountId === post.accountId);
    if (count) count.count += 1;
    else day.counts.push({ accountId: post.accountId, count: 1 });
    days.set(key, day);
  }
  return days;
}

/** Where arrow keys, Home/End and Page Up/Down take the focus from `date`; null for other keys. */
export function monthKeyTarget(date: LocalDate, key: string): LocalDate | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, 1 - isoWeekday(date));
    case 'End':
      return addDays(date, 7 - isoWeekday(date));
    case 'PageUp':
    case 'PageDown': {
      const target = addMonths(monthOf(date), key === 'PageUp' ? -1 : 1);
      return { ...target, day: Math.min(date.day, daysInMonth(target)) };
    }
    default:
      return null;
  }
}
