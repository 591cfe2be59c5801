import { describe, expect, it } from 'vitest';
import { nextFreeSlot } from '../../../src/main/core/schedule/queue-slots';
import type { QueueSlot } from '../../../src/shared/schedule';

const at = (iso: string): number => Date.parse(iso);
const free = (): boolean => false;
const everyDay = (time: string): QueueSlot[] => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, time }));

/** Takes each slot it returns, like the queue does as it fills. */
function fill(slots: QueueSlot[], zone: string, from: string, count: number): string[] {
  const taken = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const next = nextFreeSlot(slots, zone, at(from), (iso) => taken.has(iso));
    if (next === null) break;
    taken.add(next);
    out.push(next);
  }
  return out;
}

describe('nextFreeSlot', () => {
  it('keeps a 09:00 slot at 09:00 London time across the spring-forward night', () => {
    expect(fill(everyDay('09:00'), 'Europe/London', '2026-03-27T12:00:00Z', 4)).toEqual([
      '2026-03-28T09:00:00.000Z', // Saturday, GMT
      '2026-03-29T08:00:00.000Z', // Sunday, BST from 01:00 UTC
      '2026-03-30T08:00:00.000Z',
      '2026-03-31T08:00:00.000Z',
    ]);
  });

  it('keeps a 09:00 slot at 09:00 London time across the fall-back night', () => {
    expect(fill(everyDay('09:00'), 'Europe/London', '2026-10-23T12:00:00Z', 3)).toEqual([
      '2026-10-24T08:00:00.000Z', // Saturday, BST
      '2026-10-25T09:00:00.000Z', // Sunday, GMT again
      '2026-10-26T09:00:00.000Z',
    ]);
  });

  it('moves a slot the clocks skip to the moment they change, and takes the first of a doubled time', () => {
    // Sunday only, 01:30: skipped on 29 March, doubled on 25 October.
    const sunday = [{ weekday: 7, time: '01:30' }];
    expect(nextFreeSlot(sunday, 'Europe/London', at('2026-03-28T12:00:00Z'), free)).toBe('2026-03-29T01:00:00.000Z');
    expect(nextFreeSlot(sunday, 'Europe/London', at('2026-10-24T12:00:00Z'), free)).toBe('2026-10-25T00:30:00.000Z');
    // Past the first 01:30 the queue does not use the second one that night: next Sunday instead.
    expect(nextFreeSlot(sunday, 'Europe/London', at('2026-10-25T00:30:00Z'), free)).toBe('2026-11-01T01:30:00.000Z');
  });

  it('is strictly after the given instant and skips taken slots, in time order over the week', () => {
    const slots: QueueSlot[] = [
      { weekday: 1, time: '17:00' },
      { weekday: 1, time: '09:00' },
      { weekday: 3, time: '12:30' },
    ];
    // Monday 2 March 2026 09:00 GMT exactly: not strictly after, so 17:00.
    expect(nextFreeSlot(slots, 'Europe/London', at('2026-03-02T09:00:00Z'), free)).toBe('2026-03-02T17:00:00.000Z');
    expect(nextFreeSlot(slots, 'Europe/London', at('2026-03-02T09:00:00Z'), (iso) => iso === '2026-03-02T17:00:00.000Z')).toBe('2026-03-04T12:30:00.000Z');
  });

  it('uses the given zone, not London, for the weekday and time (New York springs forward on 8 March)', () => {
    expect(fill([{ weekday: 7, time: '09:00' }, { weekday: 1, time: '09:00' }], 'America/New_York', '2026-03-07T00:00:00Z', 2)).toEqual([
      '2026-03-08T13:00:00.000Z', // Sunday 09:00 EDT
      '2026-03-09T13:00:00.000Z',
    ]);
    // Late Sunday evening in New York is already Monday in UTC: the Sunday slot is the zone's Sunday.
    expect(nextFreeSlot([{ weekday: 7, time: '22:00' }], 'America/New_York', at('2026-01-04T00:00:00Z'), free)).toBe('2026-01-05T03:00:00.000Z');
  });

  it('gives up after eight weeks, and with no slots', () => {
    expect(nextFreeSlot([], 'Europe/London', at('2026-01-01T00:00:00Z'), free)).toBeNull();
    expect(nextFreeSlot(everyDay('09:00'), 'Europe/London', at('2026-01-01T00:00:00Z'), () => true)).toBeNull();
    expect(() => nextFreeSlot(everyDay('09:00'), 'Mars/Olympus', 0, free)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
