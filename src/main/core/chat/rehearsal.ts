// Training: a planned chat rehearsed on the training accounts. The rehearsal is a chat of its own
// (linked by `rehearsalOf`), hosted by the training account of the same kind as the real host,
// with the real plan's questions on the real timetable compressed by the speed — the core clock is
// never sped up beside live accounts. Each run marks its texts (" · R2"): X refuses a repeated text.
// The real chat's plan, posts, times and report are never touched.
import type { AccountSummary } from '../../../shared/accounts';
import type { ChatPlan, ChatState, RehearsalSpeed } from '../../../shared/chat';
import { AppError } from '../errors';
import { transitions } from './plan-window';

/** Minutes from asking for a rehearsal to its welcome post (time to open the room). */
export const REHEARSAL_LEAD_MINUTES = 1;
const MAX_NAME = 80;
const MAX_TEXT = 270;
const MINUTE = 60_000;

/** The training account that stands in for the real host: the same kind (corporate or personal). */
export function rehearsalHost(real: AccountSummary | undefined, accounts: readonly AccountSummary[]): AccountSummary {
  if (real?.training && real.status === 'active') return real;
  const kind = real?.kind ?? 'corporate';
  const host = accounts.find((account) => account.training && account.status === 'active' && account.kind === kind);
  if (!host) throw new AppError('invalid_request', `Rehearsals need a ${kind} training account. Start training mode from Accounts first.`);
  return host;
}

const marked = (text: string, mark: string): string => `${text.trim().slice(0, MAX_TEXT - mark.length).trimEnd()}${mark}`;

/** The rehearsal's plan: run `run` of `real`, starting a minute after `nowMs`, `speed` times faster. */
export function rehearsalPlan(real: ChatPlan & { id: string }, host: AccountSummary, speed: RehearsalSpeed, run: number, nowMs: number): ChatPlan {
  const mark = ` · R${run}`;
  // Whole minutes (as every plan), in order, at least a minute apart: the plan stays a valid plan.
  const offsets: number[] = [];
  for (const question of real.questions) offsets.push(Math.max(Math.round(question.offsetMinutes / speed), (offsets.at(-1) ?? -1) + 1));
  const durationMinutes = Math.max(5, Math.round(real.durationMinutes / speed), (offsets.at(-1) ?? 0) + 1);
  const prefix = 'Rehearsal of ';
  const suffix = ` (${run})`;
  return {
    name: `${prefix}${real.name.slice(0, MAX_NAME - prefix.length - suffix.length)}${suffix}`,
    hashtag: real.hashtag,
    hostAccountId: host.id,
    cohosts: real.cohosts,
    guests: real.guests,
    startsAt: new Date(Math.ceil((nowMs + REHEARSAL_LEAD_MINUTES * MINUTE) / 1000) * 1000).toISOString(),
    zone: real.zone,
    durationMinutes,
    questions: real.questions.map((question, index) => ({ text: marked(question.text, mark), offsetMinutes: offsets[index] as number })),
    welcome: real.welcome === null ? null : marked(real.welcome, mark),
    closing: real.closing === null ? null : marked(real.closing, mark),
    rehearsalOf: real.id,
  };
}

/**
 * A rehearsal on the same account must not fall in the real chat's window: its column would keep
 * the rehearsal's posts (a trainer who planned the real chat on the training accounts).
 */
export function assertApartFromReal(real: ChatPlan & { state: ChatState }, rehearsal: ChatPlan): void {
  if (real.hostAccountId !== rehearsal.hostAccountId || real.state === 'cancelled' || real.state === 'ended' || real.state === 'draft') return;
  const [realFrom, , realTo] = transitions(real) as [number, number, number];
  const [from, , to] = transitions(rehearsal) as [number, number, number];
  if (from < realTo && realFrom < to) throw new AppError('invalid_request', 'This chat is on (or about to be) on the training account: rehearse it before or after, not during.');
}
