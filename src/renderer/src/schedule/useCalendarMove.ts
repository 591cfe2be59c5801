// A post being moved on the week grid, by pointer or keyboard: a wall time that follows the
// user until they commit (drop / Enter) or cancel (Escape, or leaving the post).
import { useCallback, useRef, useState } from 'react';
import { MINUTES_PER_DAY, daysBetween, moveWall, sameWall, snapMinutes, type LocalDate, type WallTime } from './zoned-time';

export interface Move {
  postId: string;
  origin: WallTime;
  wall: WallTime;
  via: 'pointer' | 'keyboard';
}

export const STEP_MINUTES = 15;

/** Keeps a moved time on the shown week and on the grid (last slot 23:45). */
export function clampToWeek(wall: WallTime, monday: LocalDate): WallTime | null {
  const dayIndex = daysBetween(monday, wall);
  if (dayIndex < 0 || dayIndex > 6) return null;
  return { ...wall, minutes: Math.min(Math.max(wall.minutes, 0), MINUTES_PER_DAY - STEP_MINUTES) };
}

/** The keyboard's moves: up/down a quarter hour, left/right a day. */
export function keyboardDelta(key: string): { days?: number; minutes?: number } | null {
  switch (key) {
    case 'ArrowUp':
      return { minutes: -STEP_MINUTES };
    case 'ArrowDown':
      return { minutes: STEP_MINUTES };
    case 'ArrowLeft':
      return { days: -1 };
    case 'ArrowRight':
      return { days: 1 };
    default:
      return null;
  }
}

/** Where a pointer drag lands: whole days across, quarter hours down, from where it started. */
export function dragTarget(origin: WallTime, dx: number, dy: number, columnWidth: number, pxPerMinute: number): WallTime {
  const days = columnWidth > 0 ? Math.round(dx / columnWidth) : 0;
  const minutes = snapMinutes(origin.minutes + dy / pxPerMinute, STEP_MINUTES) - origin.minutes;
  // Dragging within a day never carries past midnight: the day comes from the column alone.
  const within = Math.min(Math.max(origin.minutes + minutes, 0), MINUTES_PER_DAY - STEP_MINUTES);
  return { ...moveWall(origin, { days }), minutes: within };
}

export interface CalendarMove {
  move: Move | null;
  start: (postId: string, origin: WallTime, via: Move['via']) => void;
  /** Moves to a new wall time; returns it, or null when it would leave the week. */
  to: (wall: WallTime) => WallTime | null;
  cancel: () => void;
  /** The finished move if it changed anything, clearing it. */
  finish: () => Move | null;
}

export function useCalendarMove(monday: LocalDate): CalendarMove {
  const [move, setMove] = useState<Move | null>(null);
  const current = useRef<Move | null>(null);
  const set = useCallback((next: Move | null) => {
    current.current = next;
    setMove(next);
  }, []);

  const start = useCallback(
    (postId: string, origin: WallTime, via: Move['via']) => set({ postId, origin, wall: origin, via }),
    [set],
  );
  const to = useCallback(
    (wall: WallTime): WallTime | null => {
      const active = current.current;
      const clamped = clampToWeek(wall, monday);
      if (!active || !clamped) return null;
      if (!sameWall(clamped, active.wall)) set({ ...active, wall: clamped });
      return clamped;
    },
    [monday, set],
  );
  const cancel = useCallback(() => set(null), [set]);
  const finish = useCallback((): Move | null => {
    const active = current.current;
    set(null);
    return active && !sameWall(active.origin, active.wall) ? active : null;
  }, [set]);

  return { move, start, to, cancel, finish };
}
