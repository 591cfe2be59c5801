import { useEffect, useState } from 'react';
import type { OpenQueueSlot } from '../../../shared/schedule';
import { getApi } from '../api';

/**
 * The queue slots still free in [from, to): asked again when the queue changes (a post takes or frees
 * a slot) and when `revision` moves (the user saved new queue times). A failure leaves no marks; the
 * posts themselves still show.
 */
export function useOpenSlots(query: { from: string; to: string; accountId?: string | undefined }, revision: number): OpenQueueSlot[] {
  const [slots, setSlots] = useState<OpenQueueSlot[]>([]);
  const key = JSON.stringify({ from: query.from, to: query.to, ...(query.accountId ? { accountId: query.accountId } : {}) });
  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = (): void => {
      getApi()
        .call('queueSlots.open', JSON.parse(key) as { from: string; to: string; accountId?: string })
        .then((open) => {
          if (current) setSlots(open);
        })
        .catch(() => {
          if (current) setSlots([]);
        });
    };
    load();
    const unsubscribe = getApi().on('queue.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(load, 50);
    });
    return () => {
      current = false;
      clearTimeout(timer);
      unsubscribe();
    };
  }, [key, revision]);
  return slots;
}
