import { useEffect, useState } from 'react';
import type { PublisherStatus } from '../../../shared/queue';
import { getApi } from '../api';

const REFRESH_MS = 15_000;

/** Says which process publishes this queue: this app's engine, or a headless publisher on this computer. */
export function PublisherLine(): React.JSX.Element | null {
  const [status, setStatus] = useState<PublisherStatus | null>(null);
  useEffect(() => {
    let cancelled = false;
    const read = (): void => {
      getApi()
        .call('queue.publisher')
        .then((next) => {
          if (!cancelled) setStatus(next);
        })
        .catch(() => undefined);
    };
    read();
    const timer = setInterval(read, REFRESH_MS);
    return () => {
      cancelled = true;
      clearInterval(timer);
    };
  }, []);
  if (!status) return null;
  return (
    <p className="hint" data-testid="publisher-line">
      {status.publisher === 'this'
        ? `Published from this computer (${status.host}) while Columns runs. A publisher on another machine sends only the posts queued there.`
        : status.publisher === 'other'
          ? `Published on this computer (${status.host}) by ${status.holder ?? 'another Columns process'} (process ${status.pid ?? '?'}); this window takes over when it stops.`
          : `Nothing is publishing this queue at the moment: due posts wait until Columns' engine runs.`}
    </p>
  );
}
