// Moving a post to a wall time in the user's zone: the core turns the time into one instant
// (schedule.resolveLocal); a time the clocks skip or repeat comes back as a choice for the user.
// A "confirm before posting" account's move is confirmed in large type first (core says which
// accounts ask, and refuses without it): the calendar's drag and keys, and the dialog alike.
import { useCallback } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { QueuedPost } from '../../../shared/queue';
import type { InstantOption, ResolvedLocal } from '../../../shared/schedule';
import { getApi } from '../api';
import { confirmFor } from '../guard/guard-requests';

export type RescheduleOutcome =
  | { kind: 'done'; post: QueuedPost; label: string }
  | { kind: 'choose'; resolved: Exclude<ResolvedLocal, { kind: 'ok' }> }
  /** The user cancelled the account's confirmation: nothing moved. */
  | { kind: 'cancelled' };

export type RescheduleVia = 'calendar' | 'schedule';

export interface Rescheduler {
  /** Resolves `local` ('YYYY-MM-DDTHH:mm') and reschedules when it names exactly one instant. */
  toLocal: (post: QueuedPost, local: string, choice?: 'earlier' | 'later', via?: RescheduleVia) => Promise<RescheduleOutcome>;
  /** Reschedules to an instant the user picked from a choice. */
  toOption: (post: QueuedPost, option: InstantOption, via?: RescheduleVia) => Promise<RescheduleOutcome>;
}

export function useReschedule(timeZone: string, accounts: readonly AccountSummary[] = []): Rescheduler {
  const toOption = useCallback(
    async (post: QueuedPost, option: InstantOption, via: RescheduleVia = 'schedule'): Promise<RescheduleOutcome> => {
      const account = accounts.find((candidate) => candidate.id === post.accountId);
      const confirmedAccountIds = await confirmFor(account ? [account] : [], {
        text: post.parts[0]?.text ?? '',
        verb: 'Move',
        when: `New time: ${option.label}.`,
        reference: post.parts.length > 1 ? `A thread of ${post.parts.length} parts.` : null,
      });
      if (confirmedAccountIds === null) return { kind: 'cancelled' };
      const moved = await getApi().call('queue.reschedule', { id: post.id, dueAt: option.dueAt, zone: timeZone, confirmedAccountIds, via });
      return { kind: 'done', post: moved, label: option.label };
    },
    [timeZone, accounts],
  );
  const toLocal = useCallback(
    async (post: QueuedPost, local: string, choice?: 'earlier' | 'later', via: RescheduleVia = 'schedule'): Promise<RescheduleOutcome> => {
      const resolved = await getApi().call('schedule.resolveLocal', { local, zone: timeZone, ...(choice ? { choice } : {}) });
      if (resolved.kind !== 'ok') return { kind: 'choose', resolved };
      return toOption(post, resolved, via);
    },
    [timeZone, toOption],
  );
  return { toLocal, toOption };
}
