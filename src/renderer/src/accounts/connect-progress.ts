// One "Add account" attempt as the dialog follows it: the answer to accounts.connect and the
// accounts.connectProgress events may arrive in either order, so keep whichever is further along.
import type { ConnectProgress } from '../../../shared/contract';

type State = ConnectProgress['state'];

const RANK: Record<State, number> = {
  waiting: 0,
  exchanging: 1,
  connected: 2,
  cancelled: 2,
  denied: 2,
  timed_out: 2,
  failed: 2,
};

export function isFinished(state: State): boolean {
  return RANK[state] === 2;
}

/** The later of two reports on the same attempt; a finished attempt never goes back to waiting. */
export function laterProgress(current: ConnectProgress | null, next: ConnectProgress): ConnectProgress {
  if (!current || current.attemptId !== next.attemptId) return next;
  if (isFinished(current.state)) return current;
  return RANK[next.state] >= RANK[current.state] ? next : current;
}

/** A heading and a plain sentence for an attempt that ended without an account. */
export function endedExplanation(progress: ConnectProgress): { title: string; detail: string } {
  const core = progress.message;
  switch (progress.state) {
    case 'denied':
      return {
        title: 'X did not give Columns access',
        detail: core ?? 'The sign-in page was closed with "Cancel" or access was refused on X. Nothing was connected.',
      };
    case 'cancelled':
      return { title: 'Connecting was cancelled', detail: core ?? 'Nothing was connected.' };
    case 'timed_out':
      return {
        title: 'The sign-in took too long',
        detail: core ?? 'Columns stopped waiting for X. Start again and finish signing in on the X page within a few minutes.',
      };
    default:
      return {
        title: 'The account could not be connected',
        detail: core ?? 'Something went wrong between Columns and X. The details are in the log.',
      };
  }
}
