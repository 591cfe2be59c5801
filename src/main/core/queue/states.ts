// The post state machine (DESIGN rule 4), in one place: which changes are allowed and why each
// exists. Every change goes through PostsRepository.transition, which checks it here and writes the
// audit row in the same transaction.
import type { PostState } from '../../../shared/queue';

/** `null` is "did not exist yet" (created). */
const ALLOWED: Readonly<Record<PostState | 'new', readonly PostState[]>> = {
  new: ['draft', 'scheduled'],
  // Scheduled (a time or "now"), or left as a draft.
  draft: ['scheduled'],
  // Claimed for the network; moved back to draft; its time passed beyond grace; reschedule
  // (a self-change, audited); its account removed with "keep".
  scheduled: ['sending', 'draft', 'missed', 'scheduled', 'held'],
  // Went out; refused for good; back in line for a retry (backoff, paused account, reconciled as not sent).
  sending: ['sent', 'failed', 'scheduled'],
  sent: [],
  // The person retries, reschedules or edits it back into a draft; its account removed with "keep".
  failed: ['scheduled', 'draft', 'held'],
  // Missed is a moment, not a resting place: it is held for the person to decide at once.
  missed: ['held'],
  // Post now / reschedule, or back to a draft.
  held: ['scheduled', 'draft'],
};

export class IllegalTransition extends Error {
  constructor(
    readonly from: PostState | null,
    readonly to: PostState,
  ) {
    super(`A post cannot go from ${from ?? '(new)'} to ${to}.`);
    this.name = 'IllegalTransition';
  }
}

export function canTransition(from: PostState | null, to: PostState): boolean {
  return ALLOWED[from ?? 'new'].includes(to);
}

export function assertTransition(from: PostState | null, to: PostState): void {
  if (!canTransition(from, to)) throw new IllegalTransition(from, to);
}

/** States the person may still change the content of. */
export const EDITABLE_STATES: readonly PostState[] = ['draft', 'scheduled', 'held', 'failed'];

/** Not yet out, and not being sent: what an account removal deletes or holds. */
export const UNSENT_STATES: readonly PostState[] = ['draft', 'scheduled', 'failed', 'missed', 'held'];
