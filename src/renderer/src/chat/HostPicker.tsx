// "Hosted by": one account, each shown as who it is (picture, colour, handle, kind, Training).
import type { AccountSummary } from '../../../shared/accounts';
import { AccountIdentity } from '../accounts/AccountIdentity';

interface HostPickerProps {
  accounts: AccountSummary[];
  value: string;
  error?: string | undefined;
  onChange: (accountId: string) => void;
}

export function HostPicker({ accounts, value, error, onChange }: HostPickerProps): React.JSX.Element {
  return (
    <fieldset className="host-picker" aria-describedby={error ? 'host-picker-error' : undefined} aria-invalid={error ? true : undefined}>
      <legend className="plan__legend">Hosted by</legend>
      <ul className="host-picker__list">
        {accounts.map((account) => {
          const reason = account.status === 'needs_reauth' ? 'Needs reconnecting before it can post.' : null;
          return (
            <li
              key={account.id}
              className={`host-picker__item${value === account.id ? ' host-picker__item--chosen' : ''}`}
              style={{ '--account-colour': account.colour } as React.CSSProperties}
            >
              <label className="host-picker__choice">
                <input type="radio" name="chat-host" checked={value === account.id} disabled={reason !== null} aria-label={`Host as @${account.handle}`} onChange={() => onChange(account.id)} />
                <AccountIdentity account={account} />
              </label>
              {account.confirmBeforePosting && <p className="hint host-picker__note">Asks you to confirm before it posts.</p>}
              {reason && <p className="hint host-picker__note">{reason}</p>}
            </li>
          );
        })}
      </ul>
      {error && (
        <p id="host-picker-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
