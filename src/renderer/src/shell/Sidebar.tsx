import type { AccountSummary } from '../../../shared/contract';

interface SidebarProps {
  accounts: AccountSummary[];
  onNewPost: () => void;
  onOpenSettings: () => void;
}

export function Sidebar({ accounts, onNewPost, onOpenSettings }: SidebarProps): React.JSX.Element {
  return (
    <nav className="sidebar" aria-label="Accounts and actions">
      <div className="sidebar__brand">
        <span className="sidebar__logo" aria-hidden="true">
          ▥
        </span>
        <span>Columns</span>
      </div>
      <button type="button" className="button button--primary sidebar__new-post" onClick={onNewPost}>
        New post
      </button>
      <section className="sidebar__accounts" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading" className="sidebar__heading">
          Accounts
        </h2>
        {accounts.length === 0 ? (
          <div className="sidebar__empty" data-testid="accounts-empty">
            <p>No accounts yet.</p>
            <p>Connect the X accounts you post from, corporate and personal, to see them here.</p>
          </div>
        ) : (
          <ul className="account-list">
            {accounts.map((account) => (
              <li key={account.id} className="account-list__item">
                <span className="account-list__swatch" style={{ background: account.colour }} aria-hidden="true" />
                <span className="account-list__names">
                  <span className="account-list__name">{account.displayName}</span>
                  <span className="account-list__handle">@{account.handle}</span>
                </span>
                {account.status === 'needs_reauth' && <span className="badge badge--warning">Reconnect</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <button type="button" className="button button--quiet sidebar__settings" onClick={onOpenSettings}>
        Settings
      </button>
    </nav>
  );
}
