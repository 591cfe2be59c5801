// Core's time. Normally the wall clock. Tests and training demos may run it faster (COLUMNS_CLOCK_SPEED):
// the queue, the streams engine, chats and the training sandbox then share one accelerated clock, so
// a ten-minute tweet chat plays out in one minute with every post on time by that clock.
export interface Clock {
  /** Epoch ms by this clock. */
  now(): number;
  /** How many wall ms a timer waits for `ms` of this clock's time. */
  wallDelay(ms: number): number;
  /** Clock ms per wall ms (1: real time). */
  readonly speed: number;
}

export const WALL_CLOCK: Clock = { now: () => Date.now(), wallDelay: (ms) => ms, speed: 1 };

/** A clock that starts at the wall clock's now and runs `speed` times faster. */
export function createClock(speed = 1, wallNow: () => number = Date.now): Clock {
  if (!Number.isFinite(speed) || speed < 1) throw new RangeError('A clock runs at real time or faster (speed ≥ 1).');
  if (speed === 1) return { now: wallNow, wallDelay: (ms) => ms, speed };
  const origin = wallNow();
  return { now: () => origin + (wallNow() - origin) * speed, wallDelay: (ms) => ms / speed, speed };
}
