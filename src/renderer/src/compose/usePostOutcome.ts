// Follows the posts of a "Post now" until X answers: the composer hands them over as it closes
// (followPostOutcome, through its announcement), and the always-mounted notice reads them with
// usePostOutcome, kept current by queue.changed (and read once more in case X answered before
// the notice was listening).
import { useCallback, useEffect, useState } from 'react';
import type { QueuedPost } from '../../../shared/queue';
import { getApi } from '../api';
import { mergeFollowed } from './post-outcome';

type Listener = (posts: QueuedPost[]) => void;
const listeners = new Set<Listener>();

export function followPostOutcome(posts: QueuedPost[]): void {
  for (const listener of listeners) listener(posts);
}

export interface FollowedPosts {
  /** The posts of the latest "Post now", as the queue has them now; null when nothing is followed. */
  posts: QueuedPost[] | null;
  dismiss: () => void;
}

export function usePostOutcome(): FollowedPosts {
  const [posts, setPosts] = useState<QueuedPost[] | null>(null);

  useEffect(() => {
    const api = getApi();
    const onFollow = (next: QueuedPost[]): void => {
      setPosts(next);
      const accountIds = [...new Set(next.map((post) => post.accountId))];
      const ids = new Set(next.map((post) => post.id));
      void Promise.all(accountIds.map((accountId) => api.call('queue.list', { accountId })))
        .then((lists) => {
          const now = lists.flat().filter((post) => ids.has(post.id));
          setPosts((shown) => (shown ? mergeFollowed(shown, now) : shown));
        })
        .catch(() => undefined);
    };
    listeners.add(onFollow);
    const off = api.on('queue.changed', (changed) => setPosts((shown) => (shown ? mergeFollowed(shown, changed) : shown)));
    return () => {
      listeners.delete(onFollow);
      off();
    };
  }, []);

  const dismiss = useCallback(() => setPosts(null), []);
  return { posts, dismiss };
}
