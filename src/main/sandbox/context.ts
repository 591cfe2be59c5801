// What every route module receives: the world, the options it was started with, and the shared
// HTTP machinery (rate limits, faults, counters).
import type { FaultQueue } from './http/faults';
import type { RateLimiter } from './http/rate-limits';
import type { SandboxOptions } from './options';
import type { PlanRules } from './plans';
import type { Simulator } from './simulation/simulator';
import type { SandboxWorld } from './world';

export interface RequestCounters {
  count(endpoint: string): void;
  snapshot(): Record<string, number>;
  clear(): void;
}

export interface SandboxContext {
  readonly world: SandboxWorld;
  readonly options: SandboxOptions;
  readonly rules: PlanRules;
  readonly limiter: RateLimiter;
  readonly faults: FaultQueue;
  readonly counters: RequestCounters;
  /** The training simulation (chats, ambient activity). */
  readonly simulator: Simulator;
  /** Empties the world and seeds it again (admin reset). */
  reset(): void;
}

export function createCounters(): RequestCounters {
  const counts = new Map<string, number>();
  return {
    count: (endpoint) => counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1),
    snapshot: () => Object.fromEntries([...counts.entries()].sort(([a], [b]) => a.localeCompare(b))),
    clear: () => counts.clear(),
  };
}
