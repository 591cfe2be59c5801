// The week calendar places posts by the wall clock of the user's zone, through Intl alone; these
// are the weeks where a constant UTC offset would put them an hour out.
import { describe, expect, it } from 'vitest';
import { placeInWeek } from '../../../src/renderer/src/schedule/calendar-layout';
import { groupByChat, groupByDay } from '../../../src/renderer/src/schedule/post-groups';
import { formatDayHeading, formatWeekRange } from '../../../src/renderer/src/schedule/schedule-format';
import { clampToWeek, dragTarget, keyboardDelta } from '../../../src/renderer/src/schedule/useCalendarMove';
import {
  approximateInstant,
  clockChangeOn,
  localInputOf,
  moveWall,
  startOfWeek,
  timeOfDay,
  wallTimeOf,
  weekDays,
  type WallTime,
} from '../../../src/renderer/src/schedule/zoned-time';
import type { QueuedPost } from '../../../src/shared/queue';

const LONDON = 'Europe/London';
const wall = (iso: string): WallTime => wallTimeOf(new Date(iso), LONDON);

describe('wall times in Europe/London', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(wall('2026-01-15T09:30:00Z')).toEqual({ year: 2026, month: 1, day: 15, minutes: 9 * 60 + 30 });
    expect(wall('2026-07-15T09:30:00Z')).toEqual({ year: 2026, month: 7, day: 15, minutes: 10 * 60 + 30 });
  });

  it('puts a post after the spring-forward gap at its BST time on 29 March 2026', () => {
    // 01:30Z is 02:30 BST: the 01:00–02:00 wall hour never happened.
    expect(timeOfDay(wall('2026-03-29T01:30:00Z').minutes)).toBe('02:30');
    expect(timeOfDay(wall('2026-03-29T00:30:00Z').minutes)).toBe('00:30');
    expect(clockChangeOn({ year: 2026, month: 3, day: 29 }, LONDON)).toEqual({ kind: 'forward', minutes: 60, lengthMinutes: 60 });
  });

  it('puts both readings of 01:30 on 25 October 2026 at 01:30', () => {
    expect(timeOfDay(wall('2026-10-25T00:30:00Z').minutes)).toBe('01:30');
    expect(timeOfDay(wall('2026-10-25T01:30:00Z').minutes)).toBe('01:30');
    expect(timeOfDay(wall('2026-10-25T02:30:00Z').minutes)).toBe('02:30');
    expect(clockChangeOn({ year: 2026, month: 10, day: 25 }, LONDON)).toEqual({ kind: 'back', minutes: 60, lengthMinutes: 60 });
    expect(clockChangeOn({ year: 2026, month: 10, day: 24 }, LONDON)).toBeNull();
  });

  it('finds the week’s bounds as instants either side of a clock change', () => {
    const monday = startOfWeek({ year: 2026, month: 3, day: 29 });
    expect(monday).toEqual({ year: 2026, month: 3, day: 23 });
    expect(approximateInstant({ ...monday, minutes: 0 }, LONDON).toISOString()).toBe('2026-03-23T00:00:00.000Z');
    expect(approximateInstant({ year: 2026, month: 3, day: 30, minutes: 0 }, LONDON).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(approximateInstant({ year: 2026, month: 10, day: 26, minutes: 0 }, LONDON).toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });

  it('knows other zones’ changes too', () => {
    expect(clockChangeOn({ year: 2026, month: 3, day: 8 }, 'America/New_York')).toMatchObject({ kind: 'forward', minutes: 120 });
    expect(clockChangeOn({ year: 2026, month: 4, day: 5 }, 'Australia/Lord_Howe')).toMatchObject({ kind: 'back', lengthMinutes: 30 });
  });
});

describe('the week grid', () => {
  const days = weekDays({ year: 2026, month: 10, day: 19 });

  it('places posts by day and wall time, side by side when they overlap', () => {
    const placed = placeInWeek(
      [
        { item: 'a', wall: wall('2026-10-25T00:30:00Z') },
        { item: 'b', wall: wall('2026-10-25T01:30:00Z') },
        { item: 'c', wall: wall('2026-10-25T09:00:00Z') },
        { item: 'd', wall: wall('2026-10-19T09:00:00Z') },
        { item: 'outside', wall: wall('2026-10-26T09:00:00Z') },
      ],
      days,
    );
    expect(placed.map((block) => [block.item, block.dayIndex, block.lane, block.lanes])).toEqual([
      ['d', 0, 0, 1],
      ['a', 6, 0, 2],
      ['b', 6, 1, 2],
      ['c', 6, 0, 1],
    ]);
  });

  it('moves by keyboard in quarter hours and days, carrying over midnight, within the week', () => {
    const monday = days[0]!;
    const late: WallTime = { ...days[1]!, minutes: 23 * 60 + 45 };
    expect(keyboardDelta('ArrowDown')).toEqual({ minutes: 15 });
    expect(localInputOf(moveWall(late, { minutes: 15 }))).toBe('2026-10-21T00:00');
    expect(localInputOf(moveWall(late, { days: -1 }))).toBe('2026-10-19T23:45');
    expect(clampToWeek(moveWall({ ...monday, minutes: 0 }, { minutes: -15 }), monday)).toBeNull();
    expect(clampToWeek({ ...days[6]!, minutes: 600 }, monday)).not.toBeNull();
  });

  it('turns a drag into whole days and snapped quarter hours', () => {
    const origin: WallTime = { ...days[2]!, minutes: 9 * 60 };
    // 100px columns, 1px a minute: 1.6 columns right and 37 minutes down → next day (rounded to 2), 09:30.
    expect(localInputOf(dragTarget(origin, 160, 37, 100, 1))).toBe('2026-10-23T09:30');
    expect(localInputOf(dragTarget(origin, -40, -600, 100, 1))).toBe('2026-10-21T00:00');
  });
});

describe('labels and groups', () => {
  it('names days and weeks in en-GB', () => {
    const today = { year: 2026, month: 11, day: 25 };
    // ICU versions differ on the comma after the weekday.
    expect(formatDayHeading(today, today, 'en-GB')).toMatch(/^Today · Wednesday,? 25 November 2026$/);
    expect(formatDayHeading({ year: 2026, month: 11, day: 26 }, today, 'en-GB')).toMatch(/^Tomorrow · Thursday,? 26 November 2026$/);
    expect(formatWeekRange({ year: 2026, month: 3, day: 23 }, { year: 2026, month: 3, day: 29 }, 'en-GB')).toMatch(/^23\s*[–-]\s*29 March 2026$/);
  });

  it('groups posts by their local day, late-evening BST posts on the right day', () => {
    const post = (id: string, dueAt: string | null): QueuedPost =>
      ({ id, dueAt, state: dueAt ? 'scheduled' : 'draft' }) as QueuedPost;
    const groups = groupByDay([post('late', '2026-06-01T23:30:00Z'), post('early', '2026-06-01T22:30:00Z'), post('draft', null)], LONDON);
    expect(groups.map((group) => [group.key, group.posts.map((p) => p.id)])).toEqual([
      ['2026-06-01', ['early']],
      ['2026-06-02', ['late']],
      [null, ['draft']],
    ]);
  });

  it("keeps a chat's posts together under the chat, where its first post falls", () => {
    const chat = { id: 'c1', name: 'Winter chat', hashtag: '#WinterChat' };
    const post = (id: string, inChat: boolean): QueuedPost => ({ id, ...(inChat ? { chat } : {}) }) as QueuedPost;
    const entries = groupByChat([post('own1', false), post('welcome', true), post('own2', false), post('q1', true)]);
    expect(entries.map((entry) => (entry.kind === 'post' ? entry.post.id : [entry.chat.name, entry.posts.map((p) => p.id)]))).toEqual([
      'own1',
      ['Winter chat', ['welcome', 'q1']],
      'own2',
    ]);
  });
});
