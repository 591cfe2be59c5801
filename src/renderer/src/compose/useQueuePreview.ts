// "Add to queue", before the user confirms: which slot each chosen account's post will take, as the
// core would choose it now (queue.previewSlots). Asked again when the accounts change and when the
// queue does (another post may just have taken a slot).
import { useEffect, useState } from 'react';
import type { QueueSlotPreview } from '../../../shared/queue';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';

export type QueuePreview =
  | { kind: 'loading' }
  | { kind: 'ready'; slots: QueueSlotPreview[] }
  | { kind: 'failed'; message: string };

export function useQueuePreview(accountIds: readonly string[], active: boolean): QueuePreview | null {
  const key = accountIds.join(',');
  // The answer, with the accounts it is for: an answer for other accounts is still loading.
  const [answer, setAnswer] = useState<{ key: string; preview: QueuePreview } | null>(null);
  useEffect(() => {
    if (!active || key === '') return;
    let current = true;
    const load = (): void => {
      getApi()
        .call('queue.previewSlots', { accountIds: key.split(',') })
        .then((slots) => current && setAnswer({ key, preview: { kind: 'ready', slots } }))
        .catch((cause: unknown) => current && setAnswer({ key, preview: { kind: 'failed', message: errorMessage(cause) } }));
    };
    load();
    const unsubscribe = getApi().on('queue.changed', load);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [key, active]);
  if (!active || key === '') return null;
  return answer?.key === key ? answer.preview : { kind: 'loading' };
}
