// The composer closes when a post is on its way, so what happened is announced from outside it:
// a tiny store the always-mounted <ComposeAnnouncer> reads.
type Listener = (message: string) => void;

const listeners = new Set<Listener>();

export function announce(message: string): void {
  for (const listener of listeners) listener(message);
}

export function onAnnouncement(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
