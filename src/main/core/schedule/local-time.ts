// Wall-clock times in an IANA zone → UTC instants, honest about daylight saving: a time skipped when
// the clocks go forward does not exist, and a time repeated when they go back happens twice.
// Everything stored is a UTC instant plus the zone (DESIGN rule 7).
import { DateTime, IANAZone } from 'luxon';
import type { InstantOption, ResolvedLocal } from '../../../shared/schedule';
import { AppError } from '../errors';

export const DEFAULT_LABEL_LOCALE = 'en-GB';

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** What a wall time is in a zone: no instant (gap), one, or two (overlap, earlier first). */
export type WallInstants =
  | { kind: 'none'; firstValidMs: number }
  | { kind: 'one'; ms: number }
  | { kind: 'two'; earlierMs: number; laterMs: number };

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The zone, or AppError invalid_input naming it. */
export function zoneOf(name: string): IANAZone {
  if (!IANAZone.isValidZone(name)) {
    throw new AppError('invalid_input', `"${name}" is not a time zone Columns knows; use an IANA name such as Europe/London.`);
  }
  return IANAZone.create(name);
}

/**
 * Tries the zone's offsets either side of the wall time: an offset is right when the instant it gives
 * has that same offset. None right: the clocks jumped over it; two: it happened twice. (Transitions
 * less than a day apart do not occur in the tz database.)
 */
export function instantsOf(wall: WallTime, zone: IANAZone): WallInstants {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const offsets = [...new Set([zone.offset(asUtc - DAY_MS), zone.offset(asUtc + DAY_MS)])];
  const valid = offsets
    .map((offset) => asUtc - offset * MINUTE_MS)
    .filter((ms) => zone.offset(ms) * MINUTE_MS === asUtc - ms)
    .sort((a, b) => a - b);
  const [first, second] = valid;
  if (first !== undefined && second !== undefined) return { kind: 'two', earlierMs: first, laterMs: second };
  if (first !== undefined) return { kind: 'one', ms: first };
  // In a gap: the instant the clocks change lies between the wall time read with the new offset
  // (too early) and with the old one (too late). Search it to the minute.
  const before = zone.offset(asUtc - DAY_MS);
  const after = zone.offset(asUtc + DAY_MS);
  let lo = asUtc - after * MINUTE_MS;
  let hi = asUtc - before * MINUTE_MS;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (zone.offset(mid) === after) hi = mid;
    else lo = mid;
  }
  return { kind: 'none', firstValidMs: hi };
}

/** "UTC+1", "UTC+0", "UTC-4", "UTC+5:30". */
function utcOffsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/** "01:30 BST (UTC+1)"; zones without a short name in the locale read "10:00 (UTC-4)". */
export function timeLabel(ms: number, zone: IANAZone, locale = DEFAULT_LABEL_LOCALE): string {
  const at = DateTime.fromMillis(ms, { zone }).setLocale(locale);
  const name = at.offsetNameShort ?? '';
  const shown = /^(GMT|UTC)[+-−]/.test(name) || name === '' ? '' : ` ${name}`;
  return `${at.toFormat('HH:mm')}${shown} (${utcOffsetLabel(at.offset)})`;
}

/** "Sunday 29 March 2026, 09:00 BST (UTC+1)". */
export function dateTimeLabel(ms: number, zone: IANAZone, locale = DEFAULT_LABEL_LOCALE): string {
  return `${DateTime.fromMillis(ms, { zone }).setLocale(locale).toFormat('cccc d LLLL yyyy')}, ${timeLabel(ms, zone, locale)}`;
}

const iso = (ms: number): string => new Date(ms).toISOString();

function option(ms: number, zone: IANAZone, locale: string): InstantOption {
  return { dueAt: iso(ms), label: timeLabel(ms, zone, locale) };
}

/** Parses 'YYYY-MM-DDTHH:mm' (or with a space) strictly: the month has that day, the hour exists on a clock. */
export function parseWallTime(local: string): WallTime | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const same =
    check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day && check.getUTCHours() === hour && check.getUTCMinutes() === minute;
  return same ? { year, month, day, hour, minute } : null;
}

/**
 * One wall time the user picked in `zone` → the instant to schedule. A time skipped by the clocks
 * going forward suggests the first instant after the gap (the moment the clocks change: 02:00 BST
 * for 01:30 on 29 March 2026); a time that happens twice needs `choice`.
 */
export function resolveLocal(local: string, zoneName: string, choice?: 'earlier' | 'later', locale = DEFAULT_LABEL_LOCALE): ResolvedLocal {
  const zone = zoneOf(zoneName);
  const wall = parseWallTime(local);
  if (!wall) throw new AppError('invalid_input', `local: "${local}" is not a date and time that exists on a calendar (expected YYYY-MM-DDTHH:mm).`);
  const day = DateTime.fromObject({ year: wall.year, month: wall.month, day: wall.day }, { zone: 'UTC' }).setLocale(locale).toFormat('d LLLL yyyy');
  const wallText = `${day} ${local.slice(11)}`;
  const found = instantsOf(wall, zone);
  switch (found.kind) {
    case 'one':
      return { kind: 'ok', dueAt: iso(found.ms), label: dateTimeLabel(found.ms, zone, locale) };
    case 'none': {
      const suggestion = option(found.firstValidMs, zone, locale);
      return {
        kind: 'nonexistent',
        message: `${wallText} does not exist in ${zone.name}: the clocks go forward that night and skip it. The first time after it is ${suggestion.label}.`,
        suggestion,
      };
    }
    case 'two': {
      const options: [InstantOption, InstantOption] = [option(found.earlierMs, zone, locale), option(found.laterMs, zone, locale)];
      if (choice) {
        const ms = choice === 'earlier' ? found.earlierMs : found.laterMs;
        return { kind: 'ok', dueAt: iso(ms), label: dateTimeLabel(ms, zone, locale) };
      }
      return {
        kind: 'ambiguous',
        message: `${wallText} happens twice in ${zone.name} because the clocks go back that night: choose ${options[0].label} or ${options[1].label}.`,
        options,
      };
    }
  }
}
