// The month view's grid: Monday-first weeks in Europe/London, bounded by local midnights so the
// query asks for exactly the days shown (an hour out in a DST month would lose or steal posts).
// Luxon, which the core uses for its own zone arithmetic, is the independent check.
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { crowdedHours, placeInWeek } from '../../../src/renderer/src/schedule/calendar-layout';
import { firstWords } from '../../../src/renderer/src/schedule/schedule-format';
import { addMonths, gridRange, monthGrid, monthKeyTarget, postsByDay } from '../../../src/renderer/src/schedule/month-grid';
import { dateKey, wallTimeOf, weekDays } from '../../../src/renderer/src/schedule/zoned-time';
import type { QueuedPost } from '../../../src/shared/queue';

const ZONE = 'Europe/London';
const londonMidnight = (iso: string): string => DateTime.fromISO(iso, { zone: ZONE }).startOf('day').toUTC().toISO() ?? '';
const shape = (year: number, month: number) => {
  const grid = monthGrid({ year, month });
  return {
    weeks: grid.weeks.length,
    first: dateKey(grid.first),
    last: dateKey(grid.last),
    inMonth: grid.weeks.flat().filter((cell) => cell.inMonth).length,
    mondays: grid.weeks.every((week) => DateTime.fromISO(week[0]?.key ?? '').weekday === 1 && week.length === 7),
  };
};

function post(id: string, accountId: string, dueAt: string): QueuedPost {
  return { id, accountId, dueAt, state: 'scheduled', parts: [{ text: `Post ${id}` }] } as unknown as QueuedPost;
}

describe('monthGrid', () => {
  it('March 2026 starts on a Sunday: six Monday-first weeks from 23 February, bounded across the spring-forward night', () => {
    expect(shape(2026, 3)).toEqual({ weeks: 6, first: '2026-02-23', last: '2026-04-05', inMonth: 31, mondays: true });
    const range = gridRange(monthGrid({ year: 2026, month: 3 }), ZONE);
    expect(range).toEqual({ from: '2026-02-23T00:00:00.000Z', to: '2026-04-05T23:00:00.000Z' });
    expect(range).toEqual({ from: londonMidnight('2026-02-23'), to: londonMidnight('2026-04-06') });
  });

  it('October 2026 begins in BST and ends in GMT', () => {
    expect(shape(2026, 10)).toEqual({ weeks: 5, first: '2026-09-28', last: '2026-11-01', inMonth: 31, mondays: true });
    const range = gridRange(monthGrid({ year: 2026, month: 10 }), ZONE);
    expect(range).toEqual({ from: '2026-09-27T23:00:00.000Z', to: '2026-11-02T00:00:00.000Z' });
    expect(range).toEqual({ from: londonMidnight('2026-09-28'), to: londonMidnight('2026-11-02') });
  });

  it('February 2028 has 29 days; February 2027 fits four weeks exactly; November 2026 starts on a Sunday too', () => {
    expect(shape(2028, 2)).toEqual({ weeks: 5, first: '2028-01-31', last: '2028-03-05', inMonth: 29, mondays: true });
    expect(monthGrid({ year: 2028, month: 2 }).weeks[4]?.map((cell) => cell.key)[1]).toBe('2028-02-29');
    expect(shape(2027, 2)).toEqual({ weeks: 4, first: '2027-02-01', last: '2027-02-28', inMonth: 28, mondays: true });
    expect(shape(2026, 11)).toEqual({ weeks: 6, first: '2026-10-26', last: '2026-12-06', inMonth: 30, mondays: true });
  });

  it('steps months across years', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths({ year: 2028, month: 2 }, 14)).toEqual({ year: 2029, month: 4 });
  });

  it('moves keyboard focus by day, week, week edge and month (keeping the day where the month has it)', () => {
    const sat = { year: 2026, month: 3, day: 28 };
    expect(monthKeyTarget(sat, 'ArrowRight')).toEqual({ year: 2026, month: 3, day: 29 });
    expect(monthKeyTarget(sat, 'ArrowDown')).toEqual({ year: 2026, month: 4, day: 4 });
    expect(monthKeyTarget({ year: 2026, month: 3, day: 1 }, 'ArrowLeft')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(monthKeyTarget(sat, 'Home')).toEqual({ year: 2026, month: 3, day: 23 });
    expect(monthKeyTarget(sat, 'End')).toEqual({ year: 2026, month: 3, day: 29 });
    expect(monthKeyTarget({ year: 2028, month: 1, day: 31 }, 'PageDown')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(monthKeyTarget({ year: 2026, month: 3, day: 31 }, 'PageUp')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(monthKeyTarget(sat, 'a')).toBeNull();
  });
});

describe('postsByDay', () => {
  it('puts each post on its London day, counting per account: late Saturday in GMT, early Sunday in BST', () => {
    const days = postsByDay(
      [
        post('c', 'sch', '2026-10-24T23:30:00Z'), // 00:30 BST on Sunday 25 October
        post('a', 'horizons', '2026-03-28T23:30:00Z'), // 23:30 GMT Saturday 28 March
        post('b', 'horizons', '2026-03-29T23:30:00Z'), // 00:30 BST Monday 30 March
        post('d', 'sch', '2026-10-25T09:00:00Z'),
        post('e', 'horizons', '2026-10-25T12:00:00Z'),
        post('f', 'sch', '2026-10-25T13:00:00Z'),
      ],
      ZONE,
    );
    expect([...days.keys()].sort()).toEqual(['2026-03-28', '2026-03-30', '2026-10-25']);
    const sunday = days.get('2026-10-25');
    expect(sunday?.posts.map((p) => p.id)).toEqual(['c', 'd', 'e', 'f']);
    expect(sunday?.counts).toEqual([
      { accountId: 'sch', count: 3 },
      { accountId: 'horizons', count: 1 },
    ]);
  });
});

describe('crowded hours in the week', () => {
  it('finds the hours of a day holding two or more posts, in time order, and leaves single posts alone', () => {
    const monday = { year: 2026, month: 3, day: 23 };
    const at = (iso: string) => wallTimeOf(new Date(iso), ZONE);
    const placed = placeInWeek(
      [
        { item: 'x', wall: at('2026-03-23T09:45:00Z') },
        { item: 'y', wall: at('2026-03-23T09:00:00Z') },
        { item: 'z', wall: at('2026-03-23T10:00:00Z') },
        { item: 'p', wall: at('2026-03-29T08:10:00Z') }, // 09:10 BST
        { item: 'q', wall: at('2026-03-29T08:50:00Z') },
        { item: 'r', wall: at('2026-03-29T08:20:00Z') },
      ],
      weekDays(monday),
    );
    expect(crowdedHours(placed).map((crowd) => ({ key: crowd.key, items: crowd.entries.map((entry) => entry.item) }))).toEqual([
      { key: '0-9', items: ['y', 'x'] },
      { key: '6-9', items: ['p', 'r', 'q'] },
    ]);
  });

  it('shows the first words of a post, cut at a word', () => {
    expect(firstWords('Flu clinics are open all week,   parking £2.')).toBe('Flu clinics are open all week, parking £2.');
    expect(firstWords('Flu clinics are open all week, parking £2 at the main entrance today', 40)).toBe('Flu clinics are open all week, parking…');
  });
});
