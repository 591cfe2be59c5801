// What the admin interface needs to drive the simulation, kept here so routes/admin.ts stays a thin
// layer: body schemas (use with parseAdminInput) and the answers. Intended routes:
//   POST /admin/chat {hashtag, host, questions, postsPerHour?, minutesPerQuestion?, startInMs?, seed?}
//     → 201 describeChat(run)   (UnknownAccountError from writer.ts → 404)
//   POST /admin/simulation/advance {ms} → advanceSimulation(...)
//   GET  /admin/simulation → simulator.status();  POST /admin/simulation/stop → simulator.stop()
import { z } from 'zod';
import { chatPlanShape, checkTimetable, type ChatPlanInput } from './chat';
import type { Simulator } from './simulator';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export const adminChatBodySchema = chatPlanShape
  .omit({ hostUsername: true })
  .extend({ host: chatPlanShape.shape.hostUsername })
  .strict()
  .superRefine(checkTimetable)
  .transform(({ host, ...rest }): ChatPlanInput => ({ ...rest, hostUsername: host.replace(/^@/, '') }));

export const adminAdvanceBodySchema = z.object({ ms: z.number().int().min(0).max(WEEK_MS) }).strict();

export interface AdvanceResult {
  /** Events (posts with their likes, question posts …) that ran. */
  ran: number;
  /** The sandbox clock afterwards. */
  now: string;
  offsetMs: number;
}

export function advanceSimulation(simulator: Simulator, ms: number): AdvanceResult {
  const ran = simulator.advance(ms);
  const clock = simulator.scheduler.clock;
  return { ran, now: clock.now().toISOString(), offsetMs: clock.offsetMs() };
}
