import { describe, expect, it } from 'vitest';
import { rowsFromSlots, slotsFromRows, toggleWeekday, weekdayName } from '../../../src/renderer/src/schedule/queue-slots';

describe('queue slots as a times × weekdays table', () => {
  const slots = [
    { weekday: 1, time: '09:00' },
    { weekday: 2, time: '09:00' },
    { weekday: 1, time: '12:30' },
    { weekday: 5, time: '17:00' },
  ];

  it('round-trips, in order', () => {
    const rows = rowsFromSlots(slots);
    expect(rows).toEqual([
      { time: '09:00', weekdays: [1, 2] },
      { time: '12:30', weekdays: [1] },
      { time: '17:00', weekdays: [5] },
    ]);
    expect(slotsFromRows(rows)).toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 1, time: '12:30' },
      { weekday: 2, time: '09:00' },
      { weekday: 5, time: '17:00' },
    ]);
  });

  it('drops a time with no day ticked, and toggles days', () => {
    expect(slotsFromRows([{ time: '08:00', weekdays: [] }])).toEqual([]);
    expect(toggleWeekday({ time: '08:00', weekdays: [1, 3] }, 2).weekdays).toEqual([1, 2, 3]);
    expect(toggleWeekday({ time: '08:00', weekdays: [1, 3] }, 3).weekdays).toEqual([1]);
  });

  it('names weekday 1 Monday and 7 Sunday', () => {
    expect(weekdayName(1, 'en-GB')).toBe('Monday');
    expect(weekdayName(7, 'en-GB', 'short')).toBe('Sun');
  });
});
