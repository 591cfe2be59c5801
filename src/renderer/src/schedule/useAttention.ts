import { useEffect, useState } from 'react';
import type { QueueAttention } from '../../../shared/queue';
import { getApi } from '../api';

/** Failed and held posts: how many need the user now, kept live by the core's event. */
export function useAttention(): number {
  const [attention, setAttention] = useState<QueueAttention>({ failed: 0, held: 0 });
  useEffect(() => {
    let current = true;
    let api;
    try {
      api = getApi();
    } catch {
      // No engine to ask (the shell shows why); no badge.
      return;
    }
    const unsubscribe = api.on('queue.attention', setAttention);
    api
      .call('queue.attention')
      .then((value) => {
        if (current) setAttention(value);
      })
      // The badge is a hint: without it (an older core), the Schedule view still shows the posts.
      .catch(() => undefined);
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);
  return attention.failed + attention.held;
}

const BASE_TITLE = 'Columns';

/** "(3) Columns" in the window title while posts need the user. */
export function useAttentionTitle(count: number): void {
  useEffect(() => {
    document.title = count > 0 ? `(${count}) ${BASE_TITLE}` : BASE_TITLE;
  }, [count]);
}
