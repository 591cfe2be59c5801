// Per-account queue slots ("weekdays 09:00, 12:30, 17:00", like Buffer) and the next free one.
// Slots are wall times in the user's zone, so a 09:00 slot is 09:00 London time in GMT and in BST.
import type { Database } from 'better-sqlite3';
import { DateTime, type IANAZone } from 'luxon';
import type { QueueSlot } from '../../../shared/schedule';
import { AppError } from '../errors';
import { instantsOf, zoneOf } from './local-time';

/** How far ahead "add to queue" looks for a free slot. */
export const SLOT_SEARCH_WEEKS = 8;

const bySlot = (a: QueueSlot, b: QueueSlot): number => a.weekday - b.weekday || a.time.localeCompare(b.time);

export class QueueSlotsStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  /** An account has no slots until the user sets some. */
  get(accountId: string): QueueSlot[] {
    return this.#db
      .prepare<[string], QueueSlot>('SELECT weekday, time FROM queue_slots WHERE account_id = ? ORDER BY weekday, time')
      .all(accountId);
  }

  /** Replaces the account's slots (duplicates collapse); returns them sorted. */
  set(accountId: string, slots: QueueSlot[], now: Date = new Date()): QueueSlot[] {
    const exists = this.#db.prepare<[string], number>('SELECT 1 FROM accounts WHERE id = ?').pluck().get(accountId);
    if (exists === undefined) throw new AppError('invalid_request', `No connected account has the id "${accountId}".`);
    const unique = [...new Map(slots.map((slot) => [`${slot.weekday} ${slot.time}`, slot])).values()].sort(bySlot);
    const insert = this.#db.prepare<[string, number, string, string]>('INSERT INTO queue_slots (account_id, weekday, time, created_at) VALUES (?, ?, ?, ?)');
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM queue_slots WHERE account_id = ?').run(accountId);
      for (const slot of unique) insert.run(accountId, slot.weekday, slot.time, now.toISOString());
    })();
    return this.get(accountId);
  }
}

/**
 * Where a slot falls on one day of `zone` (ms), or null when the day is not the slot's weekday.
 *
 * Daylight saving: a slot is a wall time in `zone`. When that wall time does not exist (the clocks
 * go forward through it, e.g. 01:30 on 29 March 2026 in London), the slot moves forward to the first
 * valid instant, the moment the clocks change (02:00 BST). When it happens twice (the clocks go back),
 * the slot is the first occurrence, so a queue never fires twice in one night.
 */
function slotOnDay(slot: QueueSlot, day: DateTime, tz: IANAZone): number | null {
  if (slot.weekday !== day.weekday) return null;
  const [hour, minute] = slot.time.split(':').map(Number) as [number, number];
  const found = instantsOf({ year: day.year, month: day.month, day: day.day, hour, minute }, tz);
  return found.kind === 'one' ? found.ms : found.kind === 'two' ? found.earlierMs : found.firstValidMs;
}

/** Each slot instant (ms, in time order) of the days from the one holding `fromMs`, `days` of them. */
function* slotInstants(slots: QueueSlot[], tz: IANAZone, fromMs: number, days: number): Generator<number> {
  const sorted = [...slots].sort(bySlot);
  const firstDay = DateTime.fromMillis(fromMs, { zone: tz }).startOf('day');
  for (let offset = 0; offset < days; offset += 1) {
    const day = firstDay.plus({ days: offset });
    for (const slot of sorted) {
      const ms = slotOnDay(slot, day, tz);
      if (ms !== null) yield ms;
    }
  }
}

/**
 * The UTC instant (ISO 8601) of the first slot strictly after `afterMs` that `isTaken` does not
 * claim, looking SLOT_SEARCH_WEEKS ahead; null when there is none (or no slots).
 */
export function nextFreeSlot(slots: QueueSlot[], zone: string, afterMs: number, isTaken: (dueAtIso: string) => boolean): string | null {
  const tz = zoneOf(zone);
  if (slots.length === 0) return null;
  for (const ms of slotInstants(slots, tz, afterMs, SLOT_SEARCH_WEEKS * 7 + 1)) {
    if (ms <= afterMs) continue;
    const dueAt = new Date(ms).toISOString();
    if (!isTaken(dueAt)) return dueAt;
  }
  return null;
}

/**
 * The slots "add to queue" could still take in [fromMs, toMs): strictly after `afterMs` (now) and not
 * claimed by `isTaken`, as UTC ISO instants in time order. The calendars mark them.
 */
export function openSlotsBetween(
  slots: QueueSlot[],
  zone: string,
  range: { fromMs: number; toMs: number; afterMs: number },
  isTaken: (dueAtIso: string) => boolean,
): string[] {
  const tz = zoneOf(zone);
  const days = Math.ceil((range.toMs - range.fromMs) / 86_400_000) + 1;
  const open: string[] = [];
  for (const ms of slotInstants(slots, tz, range.fromMs, days)) {
    if (ms < range.fromMs || ms >= range.toMs || ms <= range.afterMs) continue;
    const dueAt = new Date(ms).toISOString();
    if (!isTaken(dueAt)) open.push(dueAt);
  }
  return open;
}
