import { useState } from 'react';
import type { QueueTransition } from '../../../shared/queue';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { formatInstant, STATE_LABELS, type Clock } from './schedule-format';

type Loaded = { kind: 'idle' } | { kind: 'loading' } | { kind: 'ready'; transitions: QueueTransition[] } | { kind: 'failed'; message: string };

/** The post's audit trail, fetched when the user opens it: every state it went through, when and why. */
export function PostHistory({ postId, clock }: { postId: string; clock: Clock }): React.JSX.Element {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'idle' });

  const load = (): void => {
    setLoaded({ kind: 'loading' });
    getApi()
      .call('queue.history', { id: postId })
      .then((transitions) => setLoaded({ kind: 'ready', transitions }))
      .catch((cause: unknown) => setLoaded({ kind: 'failed', message: errorMessage(cause) }));
  };

  return (
    <details
      className="post-history"
      onToggle={(event) => {
        if (event.currentTarget.open) load();
      }}
    >
      <summary>History</summary>
      {loaded.kind === 'loading' && <p className="hint">Loading…</p>}
      {loaded.kind === 'failed' && <p className="field-error">{loaded.message}</p>}
      {loaded.kind === 'ready' && (
        <ol className="post-history__list">
          {loaded.transitions.map((transition, index) => (
            <li key={index}>
              <time dateTime={transition.at}>{formatInstant(new Date(transition.at), clock)}</time>
              {' — '}
              <span>{transition.from ? `${STATE_LABELS[transition.from]} → ${STATE_LABELS[transition.to]}` : `Created as ${STATE_LABELS[transition.to].toLowerCase()}`}</span>
              {transition.reason && transition.reason.toLowerCase() !== transition.to && <span className="hint-inline"> ({transition.reason})</span>}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
