import { useEffect } from 'react';
import type { AccountSummary, ConnectProgress } from '../../../shared/contract';
import { Dialog } from '../shell/Dialog';
import { AccountIdentity } from './AccountIdentity';
import { ConnectWaiting } from './ConnectWaiting';
import { OrganisationSecretStep } from './OrganisationSecretStep';
import { endedExplanation } from './connect-progress';
import { useConnectAttempt, type ConnectPhase } from './useConnectAttempt';

interface ConnectAccountDialogProps {
  /** The account to sign in again (needs_reauth); without it, a new account is added. */
  reconnect?: AccountSummary;
  /** The account as the finished attempt left it, so the sidebar shows it without waiting for the list event. */
  onConnected: (account: AccountSummary) => void;
  onClose: () => void;
  onOpenXAppSettings: () => void;
}

/** "Add an X account" and "Reconnect": sign in on X's own page, caught back by Columns. */
export function ConnectAccountDialog({
  reconnect,
  onConnected,
  onClose,
  onOpenXAppSettings,
}: ConnectAccountDialogProps): React.JSX.Element {
  const { phase, start, cancel, saveSecret } = useConnectAttempt(reconnect);
  const connected = phase.step === 'progress' && phase.progress.state === 'connected' ? phase.progress.account : null;
  useEffect(() => {
    if (connected) onConnected(connected);
  }, [connected, onConnected]);
  const title = reconnect ? `Reconnect @${reconnect.handle}` : 'Add an X account';
  return (
    <Dialog title={title} onClose={onClose} testId="connect-dialog">
      <div className="connect" aria-live="polite">
        <ConnectStep
          phase={phase}
          reconnect={reconnect}
          onStart={start}
          onCancel={cancel}
          onClose={onClose}
          onOpenXAppSettings={onOpenXAppSettings}
          onSaveSecret={saveSecret}
        />
      </div>
    </Dialog>
  );
}

interface ConnectStepProps {
  phase: ConnectPhase;
  reconnect: AccountSummary | undefined;
  onStart: () => void;
  onCancel: () => void;
  onClose: () => void;
  onOpenXAppSettings: () => void;
  onSaveSecret: (secret: string) => void;
}

function ConnectStep({ phase, reconnect, onStart, onCancel, onClose, onOpenXAppSettings, onSaveSecret }: ConnectStepProps): React.JSX.Element {
  switch (phase.step) {
    case 'checking':
      return <Busy>Checking the keychain and your X app settings…</Busy>;
    case 'vault_unavailable':
      return (
        <>
          <h3>Columns cannot keep X sign-ins safely on this computer</h3>
          <p className="form-error">{phase.message}</p>
          <p>
            Columns keeps sign-ins only in your system keychain, never in a file, so it will not connect an account
            without one. Once the keychain works, open this again.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      );
    case 'needs_app':
      return (
        <>
          <h3>First, register your X developer app</h3>
          <p>
            Columns signs in to X through an X developer app that you register once, free. Settings shows each step and
            where to paste the app&apos;s Client ID. Then come back here.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              Not now
            </button>
            <button type="button" className="button button--primary" onClick={onOpenXAppSettings}>
              Show me the steps
            </button>
          </div>
        </>
      );
    case 'needs_secret':
      return <OrganisationSecretStep organisation={phase.organisation} error={phase.error} onSave={onSaveSecret} onClose={onClose} />;
    case 'ready':
      return phase.organisation ? (
        <>
          <p>
            Columns opens X in your browser. Sign in as the {phase.organisation} account you want to add, choose{' '}
            <strong>Authorize app</strong>, and come back here.
          </p>
          <p className="hint">Signed in to X as someone else? Sign out on x.com first.</p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button--primary" onClick={onStart}>
              Connect X
            </button>
          </div>
        </>
      ) : (
        <>
          <ol className="steps">
            <li>Columns opens X&apos;s sign-in page in your browser.</li>
            <li>
              Sign in as the account you want to add, and choose <strong>Authorize app</strong>.
            </li>
            <li>Come back here: the account appears in the sidebar.</li>
          </ol>
          <p className="hint">
            Already signed in to X as someone else? Sign out on x.com first, or you will connect that account.
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button--primary" onClick={onStart}>
              Continue to X
            </button>
          </div>
        </>
      );
    case 'starting':
      return <Busy>Opening X…</Busy>;
    case 'error':
      return <Ended title="Something went wrong" detail={phase.message} onRetry={onStart} onClose={onClose} />;
    case 'progress':
      return (
        <Progress
          progress={phase.progress}
          reconnect={reconnect}
          onStart={onStart}
          onCancel={onCancel}
          onClose={onClose}
          onOpenXAppSettings={onOpenXAppSettings}
        />
      );
  }
}

interface ProgressProps {
  progress: ConnectProgress;
  reconnect: AccountSummary | undefined;
  onStart: () => void;
  onCancel: () => void;
  onClose: () => void;
  onOpenXAppSettings: () => void;
}

function Progress({ progress, reconnect, onStart, onCancel, onClose, onOpenXAppSettings }: ProgressProps): React.JSX.Element {
  switch (progress.state) {
    case 'waiting':
      return <ConnectWaiting progress={progress} reconnect={reconnect} onCancel={onCancel} onOpenXAppSettings={onOpenXAppSettings} />;
    case 'exchanging':
      return <Busy>X said yes. Finishing the sign-in…</Busy>;
    case 'connected':
      return (
        <>
          <h3>{progress.account ? `@${progress.account.handle} is connected` : 'Connected'}</h3>
          {progress.account && (
            <div className="connect__account">
              <AccountIdentity account={progress.account} size="large" />
            </div>
          )}
          <p>It is in the sidebar. Its sign-in is kept in your system keychain.</p>
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      );
    default: {
      const { title, detail } = endedExplanation(progress);
      return <Ended title={title} detail={detail} onRetry={onStart} onClose={onClose} />;
    }
  }
}

function Busy({ children }: { children: React.ReactNode }): React.JSX.Element {
  return (
    <p role="status" className="connect__busy">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

interface EndedProps {
  title: string;
  detail: string;
  onRetry: () => void;
  onClose: () => void;
}

function Ended({ title, detail, onRetry, onClose }: EndedProps): React.JSX.Element {
  return (
    <div role="alert">
      <h3>{title}</h3>
      <p>{detail}</p>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="button button--primary" onClick={onRetry}>
          Try again
        </button>
      </div>
    </div>
  );
}
