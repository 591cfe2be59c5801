import type { AccountSummary } from '../../../shared/contract';
import { AccountIdentity } from './AccountIdentity';
import { TrainingReconnect } from './TrainingReconnect';

interface AccountListProps {
  accounts: AccountSummary[];
  onReconnect: (accountId: string) => void;
  onOpenAccountSettings: (accountId: string) => void;
}

/** The sidebar's accounts: who each one is, its colour, and what needs the user's attention. */
export function AccountList({ accounts, onReconnect, onOpenAccountSettings }: AccountListProps): React.JSX.Element {
  return (
    <>
      <TrainingReconnect accounts={accounts} />
      <ul className="account-list">
        {accounts.map((account) => (
          <li key={account.id} className="account-list__item" data-testid={`account-${account.handle}`}>
            <div className="account-list__row">
              <span className="account-list__swatch" style={{ background: account.colour }} aria-hidden="true" />
              <AccountIdentity account={account} />
              <button
                type="button"
                className="icon-button account-list__menu"
                aria-label={`Settings for @${account.handle}`}
                title={`Settings for @${account.handle}`}
                onClick={() => onOpenAccountSettings(account.id)}
              >
                <span aria-hidden="true">⋯</span>
              </button>
            </div>
            {account.status === 'needs_reauth' && (
              <div className="account-list__reauth">
                <p>
                  <span aria-hidden="true">⚠ </span>
                  {account.statusNote}
                </p>
                <button type="button" className="button button--small" onClick={() => onReconnect(account.id)}>
                  Reconnect @{account.handle}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
