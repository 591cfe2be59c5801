import { useCallback, useEffect, useState } from 'react';
import type { MethodInput } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';

export type QueueQuery = MethodInput<'queue.list'>;

export interface QueuePosts {
  posts: QueuedPost[];
  loading: boolean;
  error: string | null;
}

/** The posts a query matches, asked again whenever the core says the queue changed. */
export function useQueuePosts(query: QueueQuery): QueuePosts {
  const [result, setResult] = useState<QueuePosts>({ posts: [], loading: true, error: null });
  // The query is rebuilt on every render; its JSON is what identifies it.
  const key = JSON.stringify(query);

  const load = useCallback((): (() => void) => {
    let current = true;
    getApi()
      .call('queue.list', JSON.parse(key) as QueueQuery)
      .then((posts) => {
        if (current) setResult({ posts, loading: false, error: null });
      })
      .catch((cause: unknown) => {
        if (current) setResult((previous) => ({ ...previous, loading: false, error: errorMessage(cause) }));
      });
    return () => {
      current = false;
    };
  }, [key]);

  useEffect(() => {
    let cancelLoad = load();
    // Several changes often arrive together (an import, a publisher pass): ask once for the batch.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = getApi().on('queue.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        cancelLoad();
        cancelLoad = load();
      }, 50);
    });
    return () => {
      cancelLoad();
      clearTimeout(timer);
      unsubscribe();
    };
  }, [load]);

  return result;
}
