import { useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';

type Reconnect = { state: 'idle' } | { state: 'busy' } | { state: 'failed'; message: string };

/**
 * Training accounts sign in without the person (core approves on the sandbox), so one button
 * reconnects them all; the list refreshes through accounts.changed as each comes back.
 */
export function TrainingReconnect({ accounts }: { accounts: AccountSummary[] }): React.JSX.Element | null {
  const [reconnect, setReconnect] = useState<Reconnect>({ state: 'idle' });
  const lost = accounts.filter((account) => account.training && account.status === 'needs_reauth');
  if (lost.length === 0) return null;
  const busy = reconnect.state === 'busy';

  const start = (): void => {
    if (busy) return;
    setReconnect({ state: 'busy' });
    getApi()
      .call('training.reconnect')
      .then(() => setReconnect({ state: 'idle' }))
      .catch((cause: unknown) => setReconnect({ state: 'failed', message: errorMessage(cause) }));
  };

  return (
    <div className="account-list__reauth" data-testid="training-reconnect" aria-busy={busy}>
      <button type="button" className="button button--small" onClick={start} disabled={busy}>
        {busy ? 'Reconnecting training accounts…' : 'Reconnect training accounts'}
      </button>
      {reconnect.state === 'failed' && <p role="alert">{reconnect.message}</p>}
    </div>
  );
}
