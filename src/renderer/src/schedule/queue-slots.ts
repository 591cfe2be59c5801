// Queue slots as the editor shows them (like Buffer): one row per time of day, a tick per weekday.
import type { QueueSlot } from '../../../shared/schedule';

export interface SlotRow {
  time: string;
  /** Weekdays 1 (Monday) … 7 ticked for this time. */
  weekdays: number[];
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function rowsFromSlots(slots: QueueSlot[]): SlotRow[] {
  const byTime = new Map<string, Set<number>>();
  for (const slot of slots) {
    const days = byTime.get(slot.time) ?? new Set<number>();
    days.add(slot.weekday);
    byTime.set(slot.time, days);
  }
  return [...byTime.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([time, days]) => ({ time, weekdays: [...days].sort((a, b) => a - b) }));
}

/** Rows back to slots; a time with no day ticked is dropped. */
export function slotsFromRows(rows: SlotRow[]): QueueSlot[] {
  const seen = new Set<string>();
  const slots: QueueSlot[] = [];
  for (const row of rows) {
    for (const weekday of row.weekdays) {
      const key = `${weekday} ${row.time}`;
      if (seen.has(key)) continue;
      seen.add(key);
      slots.push({ weekday, time: row.time });
    }
  }
  return slots.sort((a, b) => a.weekday - b.weekday || a.time.localeCompare(b.time));
}

export function toggleWeekday(row: SlotRow, weekday: number): SlotRow {
  const weekdays = row.weekdays.includes(weekday)
    ? row.weekdays.filter((day) => day !== weekday)
    : [...row.weekdays, weekday].sort((a, b) => a - b);
  return { ...row, weekdays };
}

/** "Monday" … "Sunday" in the user's locale (weekday 1 is Monday: 5 Jan 1970 was one). */
export function weekdayName(weekday: number, locale: string, style: 'long' | 'short' = 'long'): string {
  return new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' }).format(new Date(Date.UTC(1970, 0, 4 + weekday, 12)));
}
