// When simulated things happen, on the SANDBOX clock. Two ways to drive it:
// - advance(ms): moves the sandbox clock forward by ms, stopping at each due event so every post is
//   stamped (and its id drawn) at its own moment. Deterministic: for tests and accelerated demos.
// - real time: a timer (unref'd, so it never keeps the process alive) runs events as they fall
//   due. With speed > 1 it also moves the sandbox clock forward (speed − 1) ms per wall ms, so the
//   whole sandbox — token expiry and rate windows included — lives in accelerated time, and posts
//   are never dated in the sandbox's future.
import type { SandboxClock } from '../clock';

export interface ScheduledTask {
  /** Sandbox time (epoch ms) at which it runs. */
  at: number;
  run(): void;
  /** Owner, so a chat can cancel its own tasks. */
  owner: string;
}

export interface RealTimeOptions {
  /** Sandbox ms per wall ms; 1 is real time, more is faster (never slower: the clock only moves on). */
  speed: number;
  /** How often the timer looks for due tasks, in wall ms. */
  tickMs?: number;
}

export interface Scheduler {
  readonly clock: SandboxClock;
  schedule(task: ScheduledTask): void;
  cancel(owner: string): void;
  /** Runs everything due up to now + ms, moving the sandbox clock there. Returns tasks run. */
  advance(ms: number): number;
  startRealTime(options: RealTimeOptions): void;
  stopRealTime(): void;
  readonly realTime: boolean;
  pending(): number;
  /** Drops every task and stops the timer. */
  clear(): void;
}

export interface SchedulerOptions {
  /** Wall-clock milliseconds, only to measure how fast to run in real time (not sandbox time). */
  wallMs?: () => number;
  /** A task that throws in real time is reported here (it must not crash the process). */
  onError?: (error: unknown) => void;
}

export function createScheduler(clock: SandboxClock, options: SchedulerOptions = {}): Scheduler {
  const wallMs = options.wallMs ?? (() => performance.now());
  // Sorted by (at, insertion order); a simulation keeps only a handful of tasks queued at a time.
  const queue: (ScheduledTask & { seq: number })[] = [];
  let seq = 0;
  let timer: ReturnType<typeof setInterval> | null = null;

  const moveClockTo = (ms: number): void => {
    const now = clock.nowMs();
    if (ms > now) clock.setOffset(clock.offsetMs() + (ms - now));
  };

  const runUntil = (target: number): number => {
    let ran = 0;
    for (let head = queue[0]; head !== undefined && head.at <= target; head = queue[0]) {
      queue.shift();
      moveClockTo(head.at);
      head.run();
      ran++;
    }
    moveClockTo(target);
    return ran;
  };

  return {
    clock,
    schedule(task) {
      const entry = { ...task, seq: seq++ };
      let index = queue.length;
      while (index > 0 && (queue[index - 1] as ScheduledTask).at > entry.at) index--;
      queue.splice(index, 0, entry);
    },
    cancel(owner) {
      for (let i = queue.length - 1; i >= 0; i--) if (queue[i]?.owner === owner) queue.splice(i, 1);
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('advance() needs a non-negative number of milliseconds');
      return runUntil(clock.nowMs() + ms);
    },
    startRealTime({ speed, tickMs = 50 }) {
      if (!(speed >= 1)) throw new RangeError('speed must be at least 1 (the sandbox clock never runs backwards)');
      this.stopRealTime();
      let lastWall = wallMs();
      timer = setInterval(() => {
        const wall = wallMs();
        const extra = (wall - lastWall) * (speed - 1);
        lastWall = wall;
        try {
          runUntil(clock.nowMs() + Math.max(0, extra));
        } catch (error) {
          options.onError?.(error);
        }
      }, tickMs);
      timer.unref();
    },
    stopRealTime() {
      if (timer) clearInterval(timer);
      timer = null;
    },
    get realTime() {
      return timer !== null;
    },
    pending: () => queue.length,
    clear() {
      queue.length = 0;
      this.stopRealTime();
    },
  };
}
