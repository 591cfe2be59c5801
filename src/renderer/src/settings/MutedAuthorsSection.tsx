// Settings › Muted accounts: the authors each account muted through Columns, with Unmute (X is
// told, and their posts are listed in that account's columns again).
import { useId, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { MutedAuthorView } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { useLoaded } from '../api/useLoaded';
import './settings.css';

export function MutedAuthorsSection({ accounts }: { accounts: AccountSummary[] }): React.JSX.Element {
  const headingId = useId();
  const [muted, setMuted, loadError] = useLoaded('mutedAuthors.list');
  const [actionError, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const error = actionError ?? loadError;

  const handleOf = (accountId: string): string => accounts.find((account) => account.id === accountId)?.handle ?? 'a removed account';
  const unmute = async (entry: MutedAuthorView): Promise<void> => {
    setBusy(`${entry.accountId}/${entry.authorId}`);
    setError(null);
    try {
      setMuted(await getApi().call('mutedAuthors.unmute', { accountId: entry.accountId, authorId: entry.authorId }));
      setDone(`Unmuted @${entry.handle} for @${handleOf(entry.accountId)}: their posts are listed again.`);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="settings-section" aria-labelledby={headingId} data-testid="muted-authors">
      <h3 id={headingId}>Muted accounts</h3>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {muted && muted.length === 0 && <p>Nobody is muted. “Mute” on a post hides its author from that account’s columns.</p>}
      {muted && muted.length > 0 && (
        <ul className="muted-authors">
          {muted.map((entry) => (
            <li key={`${entry.accountId}/${entry.authorId}`} className="muted-authors__row">
              <span>
                <strong>@{entry.handle}</strong> muted by @{handleOf(entry.accountId)}
              </span>
              <button
                type="button"
                className="button"
                disabled={busy !== null}
                aria-label={`Unmute @${entry.handle} for @${handleOf(entry.accountId)}`}
                onClick={() => void unmute(entry)}
              >
                {busy === `${entry.accountId}/${entry.authorId}` ? 'Unmuting…' : 'Unmute'}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="muted-authors__status" role="status">
        {done}
      </p>
    </section>
  );
}
