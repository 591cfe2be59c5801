import { useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { useOrganisation } from '../settings/useOrganisation';

interface WelcomeScreenProps {
  /** The training accounts, once the sandbox has connected them. */
  onTrainingConnected: (accounts: AccountSummary[]) => void;
  onConnectX: () => void;
  onShowXAppSteps: () => void;
}

type Practice = { state: 'idle' } | { state: 'busy' } | { state: 'failed'; message: string };

/** First start: practise safely, or connect a real account. Written for someone who has never used X. */
export function WelcomeScreen({ onTrainingConnected, onConnectX, onShowXAppSteps }: WelcomeScreenProps): React.JSX.Element {
  const [practice, setPractice] = useState<Practice>({ state: 'idle' });
  const busy = practice.state === 'busy';
  const organisation = useOrganisation();
  // With the organisation's X app in the file, connecting is one button and nothing to register.
  const managedBy = organisation?.file?.x ? organisation.file.organisation : null;

  const startPractice = (): void => {
    if (busy) return;
    setPractice({ state: 'busy' });
    getApi()
      .call('training.connect')
      .then(onTrainingConnected)
      .catch((cause: unknown) => setPractice({ state: 'failed', message: errorMessage(cause) }));
  };

  return (
    <main className="welcome" aria-labelledby="welcome-title" data-testid="welcome">
      <div className="welcome__inner">
        <h1 id="welcome-title">Welcome to Columns</h1>
        <p className="welcome__lead">
          Columns shows every X account you run side by side, and schedules posts so they go out exactly once. How would
          you like to start?
        </p>
        <div className="welcome__choices">
          <section className="choice choice--recommended" aria-labelledby="choice-practise" aria-busy={busy}>
            <p className="choice__tag">Recommended if you are new to X</p>
            <h2 id="choice-practise">Practise in the training sandbox</h2>
            <ul className="choice__points">
              <li>
                <strong>Nothing is posted publicly.</strong> Everything stays on this computer; X never sees it.
              </li>
              <li>
                You get three practice accounts: <strong>@HorizonsNHS</strong> and <strong>@Sch4Change</strong> (corporate
                accounts of a programme) and <strong>@sam_comms</strong> (a personal one).
              </li>
              <li>Simulated people follow, reply and join tweet chats, so you can practise replying and moderating.</li>
            </ul>
            <button
              type="button"
              className="button button--primary button--large"
              onClick={startPractice}
              // Not `disabled`: that would drop keyboard focus to the page while the sandbox starts.
              aria-disabled={busy}
            >
              {busy && <span className="spinner spinner--on-accent" aria-hidden="true" />}
              {busy ? 'Setting up the sandbox…' : 'Practise in the training sandbox'}
            </button>
            <p className="choice__status" role="status">
              {busy ? 'Starting the training sandbox and signing in its three accounts. This takes a few seconds.' : ''}
            </p>
            {practice.state === 'failed' && (
              <div className="form-error" role="alert">
                <p>
                  <strong>The training sandbox did not start.</strong> {practice.message}
                </p>
                <p>Press the button again to try again.</p>
              </div>
            )}
          </section>
          <section className="choice" aria-labelledby="choice-connect">
            <p className="choice__tag">For posting for real</p>
            <h2 id="choice-connect">Connect an X account</h2>
            {managedBy ? (
              <p data-testid="welcome-organisation">
                {managedBy} has set Columns up for you. Sign in to each account you run, one button each.
              </p>
            ) : (
              <p>
                To post to X, Columns needs your own <strong>X developer app</strong>: free to register, about ten minutes
                once. Settings shows every step. Then you sign in to each account you run.
              </p>
            )}
            <div className="choice__actions">
              <button type="button" className="button" onClick={onConnectX}>
                Connect an X account
              </button>
              {!managedBy && (
                <button type="button" className="link-button" onClick={onShowXAppSteps}>
                  How to set up the X developer app
                </button>
              )}
            </div>
          </section>
        </div>
      </div>
    </main>
  );
}
