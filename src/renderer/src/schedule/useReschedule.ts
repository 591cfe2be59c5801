// Moving a post to a wall time in the user's zone: the core turns the time into one instant
// (schedule.resolveLocal); a time the clocks skip or repeat comes back as a choice for the user.
import { useCallback } from 'react';
import type { QueuedPost } from '../../../shared/queue';
import type { InstantOption, ResolvedLocal } from '../../../shared/schedule';
import { getApi } from '../api';

export type RescheduleOutcome =
  | { kind: 'done'; post: QueuedPost; label: string }
  | { kind: 'choose'; resolved: Exclude<ResolvedLocal, { kind: 'ok' }> };

export interface Rescheduler {
  /** Resolves `local` ('YYYY-MM-DDTHH:mm') and reschedules when it names exactly one instant. */
  toLocal: (post: QueuedPost, local: string, choice?: 'earlier' | 'later') => Promise<RescheduleOutcome>;
  /** Reschedules to an instant the user picked from a choice. */
  toOption: (post: QueuedPost, option: InstantOption) => Promise<RescheduleOutcome>;
}

export function useReschedule(timeZone: string): Rescheduler {
  const toOption = useCallback(
    async (post: QueuedPost, option: InstantOption): Promise<RescheduleOutcome> => {
      const moved = await getApi().call('queue.reschedule', { id: post.id, dueAt: option.dueAt, zone: timeZone });
      return { kind: 'done', post: moved, label: option.label };
    },
    [timeZone],
  );
  const toLocal = useCallback(
    async (post: QueuedPost, local: string, choice?: 'earlier' | 'later'): Promise<RescheduleOutcome> => {
      const resolved = await getApi().call('schedule.resolveLocal', { local, zone: timeZone, ...(choice ? { choice } : {}) });
      if (resolved.kind !== 'ok') return { kind: 'choose', resolved };
      return toOption(post, resolved);
    },
    [timeZone, toOption],
  );
  return { toLocal, toOption };
}
