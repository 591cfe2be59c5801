// The simulation as one object the server owns: chats and ambient activity on the sandbox clock,
// run in real time (optionally accelerated) or advanced step by step by tests and the admin.
import type { SandboxWorld } from '../world';
import { startAmbient, type AmbientPlanInput, type AmbientRun } from './ambient';
import { startChat, type ChatPlanInput, type ChatRun, type ModerationFlag } from './chat';
import { createScheduler, type Scheduler } from './scheduler';
import { createPostWriter, ensureCommunity, type PostWriter } from './writer';

export interface SimulatorOptions {
  /** Run due events from a timer (unref'd). Otherwise only advance() moves the simulation. */
  realTime?: boolean;
  /** Real-time acceleration: sandbox ms per wall ms (≥ 1). */
  speed?: number;
  /** Real-time timer period, wall ms. */
  tickMs?: number;
  /** An event that fails in real time (it never reaches the process's uncaught handler). */
  onError?: (error: unknown) => void;
}

export interface Simulator {
  readonly scheduler: Scheduler;
  /** Starts a tweet chat now (or after plan.startInMs); the community is added if missing. */
  startChat(plan: ChatPlanInput): ChatRun;
  startAmbient(plan?: AmbientPlanInput): AmbientRun;
  /** Moves the sandbox clock forward by ms, running everything due on the way; returns events run. */
  advance(ms: number): number;
  /** Switches to real time at this speed, or (null) to advance()-only. */
  setRealTime(speed: number | null): void;
  /** Halts every chat and ambient stream and the timer. The simulator stays usable. */
  stop(): void;
  chats(): readonly ChatRun[];
  ambient(): readonly AmbientRun[];
  /** Posts the chats flagged as needing moderation (spam, rude replies), oldest first. */
  flagged(): ModerationFlag[];
  status(): SimulationStatus;
}

export interface SimulationStatus {
  realTime: boolean;
  speed: number | null;
  now: string;
  pendingEvents: number;
  chats: ChatSummary[];
  ambient: { id: string; active: boolean; posts: number; likes: number }[];
}

export interface ChatSummary {
  id: string;
  hashtag: string;
  host: string;
  state: ReturnType<ChatRun['state']>;
  startsAt: string;
  endsAt: string;
  questionPostIds: string[];
  posts: number;
  likes: number;
  flagged: ModerationFlag[];
}

export function describeChat(run: ChatRun): ChatSummary {
  return {
    id: run.id,
    hashtag: run.hashtag,
    host: run.hostUsername,
    state: run.state(),
    startsAt: new Date(run.startsAtMs).toISOString(),
    endsAt: new Date(run.endsAtMs).toISOString(),
    questionPostIds: run.questionPostIds(),
    posts: run.postIds().length,
    likes: run.likeCount(),
    flagged: [...run.flagged()],
  };
}

export function createSimulator(world: SandboxWorld, options: SimulatorOptions = {}): Simulator {
  const scheduler = createScheduler(world.clock, options.onError ? { onError: options.onError } : {});
  let speed: number | null = options.realTime ? (options.speed ?? 1) : null;
  // A writer caches users by name; after a reset (new ids) the next run needs a fresh one.
  const makeWriter = (): PostWriter => createPostWriter(world, { nowMs: () => world.clock.nowMs(), nextId: world.nextId }, 'simulation');
  let writer = makeWriter();
  const chats: ChatRun[] = [];
  const ambient: AmbientRun[] = [];
  let serial = 0;

  const ensureTimer = (): void => {
    if (speed !== null && !scheduler.realTime) scheduler.startRealTime({ speed, ...(options.tickMs ? { tickMs: options.tickMs } : {}) });
  };
  const env = (prefix: string): { writer: PostWriter; scheduler: Scheduler; id: string } => {
    ensureCommunity(world);
    return { writer, scheduler, id: `${prefix}-${++serial}` };
  };

  return {
    scheduler,
    startChat(plan) {
      const run = startChat(env('chat'), plan);
      chats.push(run);
      ensureTimer();
      return run;
    },
    startAmbient(plan = {}) {
      const run = startAmbient(env('ambient'), plan);
      ambient.push(run);
      ensureTimer();
      return run;
    },
    advance: (ms) => scheduler.advance(ms),
    setRealTime(next) {
      scheduler.stopRealTime();
      speed = next;
      if (scheduler.pending() > 0) ensureTimer();
    },
    stop() {
      for (const run of chats) run.stop();
      for (const run of ambient) run.stop();
      scheduler.clear();
      writer = makeWriter();
    },
    chats: () => chats,
    ambient: () => ambient,
    flagged: () => chats.flatMap((run) => run.flagged()),
    status: () => ({
      realTime: scheduler.realTime,
      speed,
      now: world.nowIso(),
      pendingEvents: scheduler.pending(),
      chats: chats.map(describeChat),
      ambient: ambient.map((run) => ({ id: run.id, active: run.active(), posts: run.postIds().length, likes: run.likeCount() })),
    }),
  };
}
