import { describe, expect, it } from 'vitest';
import { nextFreeSlot, openSlotsBetween } from '../../../src/main/core/schedule/queue-slots';
import type { QueueSlot } from '../../../src/shared/schedule';

const at = (iso: string): number => Date.parse(iso);
const free = (): boolean => false;
const everyDay = (time: string): QueueSlot[] => [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, time }));
const week = (from: string, to: string, afterMs = 0) => ({ fromMs: at(from), toMs: at(to), afterMs });

describe('openSlotsBetween', () => {
  it('lists every slot of a London week in time order, by wall time across the spring-forward night', () => {
    const slots: QueueSlot[] = [...everyDay('09:00'), { weekday: 7, time: '01:30' }, { weekday: 3, time: '17:30' }];
    // Monday 23 March 2026 00:00 GMT to Monday 30 March 00:00 BST.
    const open = openSlotsBetween(slots, 'Europe/London', week('2026-03-23T00:00:00Z', '2026-03-29T23:00:00Z'), free);
    expect(open).toEqual([
      '2026-03-23T09:00:00.000Z',
      '2026-03-24T09:00:00.000Z',
      '2026-03-25T09:00:00.000Z',
      '2026-03-25T17:30:00.000Z',
      '2026-03-26T09:00:00.000Z',
      '2026-03-27T09:00:00.000Z',
      '2026-03-28T09:00:00.000Z',
      // Sunday 01:30 does not exist: the queue would post at 02:00 BST, the moment the clocks change.
      '2026-03-29T01:00:00.000Z',
      '2026-03-29T08:00:00.000Z',
    ]);
  });

  it('leaves out slots that are taken, in the past, or outside the range, as the queue would', () => {
    const range = week('2026-10-19T00:00:00+01:00', '2026-10-26T00:00:00Z', at('2026-10-21T09:00:00+01:00'));
    const taken = (iso: string): boolean => iso === '2026-10-23T08:00:00.000Z';
    // Wednesday 09:00 BST is "now" (not strictly after it); Friday's is taken; Sunday is GMT again.
    expect(openSlotsBetween(everyDay('09:00'), 'Europe/London', range, taken)).toEqual([
      '2026-10-22T08:00:00.000Z',
      '2026-10-24T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
    ]);
    expect(openSlotsBetween([], 'Europe/London', range, free)).toEqual([]);
  });

  it('agrees with nextFreeSlot: the first open slot is the one "add to queue" takes', () => {
    const slots: QueueSlot[] = [
      { weekday: 1, time: '17:00' },
      { weekday: 3, time: '12:30' },
    ];
    const now = at('2026-03-02T09:00:00Z');
    const [first] = openSlotsBetween(slots, 'Europe/London', week('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z', now), free);
    expect(first).toBe(nextFreeSlot(slots, 'Europe/London', now, free));
  });
});
