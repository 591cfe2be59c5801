import { useEffect, useState } from 'react';
import type { AccountSummary, ConnectProgress } from '../../../shared/contract';

/** After this long without an answer, an error page on X is likelier than a slow sign-in. */
export const CONNECT_HINT_AFTER_MS = 20_000;

interface ConnectWaitingProps {
  progress: ConnectProgress;
  reconnect: AccountSummary | undefined;
  onCancel: () => void;
  onOpenXAppSettings: () => void;
}

/** "Waiting for you to sign in on X", and after 20 s what an error page on X means, with a way back. */
export function ConnectWaiting({ progress, reconnect, onCancel, onOpenXAppSettings }: ConnectWaitingProps): React.JSX.Element {
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), CONNECT_HINT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [progress.attemptId]);
  const training = reconnect?.training === true;
  return (
    <>
      <h3 className="connect__waiting">
        <span className="spinner" aria-hidden="true" />
        Waiting for you to sign in on X
      </h3>
      <p>
        Finish on the X page in your browser{reconnect ? ` as @${reconnect.handle}` : ''}, and choose{' '}
        <strong>Authorize app</strong>. This window follows along on its own.
      </p>
      {progress.authorizeUrl && (
        <p className="hint">
          The page did not open?{' '}
          <a href={progress.authorizeUrl} target="_blank" rel="noopener noreferrer" data-testid="authorize-link">
            Open the X sign-in page
          </a>
        </p>
      )}
      {late && !training && (
        <div className="connect__late" role="status" data-testid="connect-late-hint">
          <p>
            <strong>Still waiting.</strong> If X showed an error page instead of <strong>Authorize app</strong> (&ldquo;Something
            went wrong&rdquo;, or &ldquo;You weren&apos;t able to give access to the App&rdquo;), X does not know this
            Client ID or its callback URL: nothing will arrive here. Go back and check the X app settings (or ask your IT
            team, if they set it up).
          </p>
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onCancel}>
              Go back
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                onCancel();
                onOpenXAppSettings();
              }}
            >
              Check the X app settings
            </button>
          </div>
        </div>
      )}
      {!late && (
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </>
  );
}
