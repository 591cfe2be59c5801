// The composer closes when a post is on its way, so what happened is announced from outside it:
// a tiny store the always-mounted <ComposeAnnouncer> reads. Posts sent now are handed to the
// post-outcome notice instead, which says what X answered ("Posted ✓ as @x — View post").
import type { QueuedPost } from '../../../shared/queue';
import { followPostOutcome } from './usePostOutcome';

type Listener = (message: string) => void;

const listeners = new Set<Listener>();

/** `follow`: the posts of a "Post now", followed until X answers (the notice says it instead of `message`). */
export function announce(message: string, follow?: QueuedPost[]): void {
  if (follow && follow.length > 0) {
    followPostOutcome(follow);
    return;
  }
  for (const listener of listeners) listener(message);
}

export function onAnnouncement(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
