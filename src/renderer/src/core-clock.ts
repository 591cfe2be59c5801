// The core's time as the renderer shows it. Normally the wall clock; when core runs fast
// (COLUMNS_CLOCK_SPEED, tests and training demos) "now", relative times and countdowns follow core's
// clock, from the reading app.info gave at start.
let speed = 1;
let coreAtSync = 0;
let wallAtSync = 0;

export function syncCoreClock(clock: { speed: number; nowMs: number }): void {
  speed = clock.speed;
  coreAtSync = clock.nowMs;
  wallAtSync = Date.now();
}

/** Epoch ms by core's clock. */
export function coreNow(): number {
  return speed === 1 ? Date.now() : coreAtSync + (Date.now() - wallAtSync) * speed;
}

/** Core ms per wall ms (timers that wait for core time wait this many times less). */
export function coreSpeed(): number {
  return speed;
}
