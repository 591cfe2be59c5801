// Fault injection: the next N requests (optionally under a path prefix) fail the way networks and
// X fail. Admin-only; training mode never arms any.
import { z } from 'zod';

export const FAULT_KINDS = ['429', '500', '503', '402', 'reset', 'timeout', 'slow'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export const faultRequestSchema = z
  .object({
    count: z.number().int().min(1).max(10_000),
    kind: z.enum(FAULT_KINDS),
    path: z.string().startsWith('/').max(500).optional(),
    /** For "slow": how long the body takes to arrive. */
    delayMs: z.number().int().min(1).max(120_000).optional(),
  })
  .strict();

export type FaultRequest = z.output<typeof faultRequestSchema>;

interface ArmedFault {
  kind: FaultKind;
  path: string | undefined;
  remaining: number;
  delayMs: number;
}

export interface FaultQueue {
  arm(request: FaultRequest): void;
  /** The fault this request must suffer, if any; counts it as used. */
  take(path: string): { kind: FaultKind; delayMs: number } | undefined;
  pending(): { kind: FaultKind; path: string | null; remaining: number }[];
  clear(): void;
}

export function createFaultQueue(): FaultQueue {
  const faults: ArmedFault[] = [];
  return {
    arm(request) {
      faults.push({ kind: request.kind, path: request.path, remaining: request.count, delayMs: request.delayMs ?? 3000 });
    },
    take(path) {
      const index = faults.findIndex((fault) => fault.path === undefined || path.startsWith(fault.path));
      const fault = faults[index];
      if (!fault) return undefined;
      fault.remaining -= 1;
      if (fault.remaining <= 0) faults.splice(index, 1);
      return { kind: fault.kind, delayMs: fault.delayMs };
    },
    pending: () => faults.map((fault) => ({ kind: fault.kind, path: fault.path ?? null, remaining: fault.remaining })),
    clear: () => {
      faults.length = 0;
    },
  };
}
