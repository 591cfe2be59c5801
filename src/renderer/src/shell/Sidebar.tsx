import type { ReactNode } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { AccountList } from '../accounts/AccountList';

/** Where focus goes when accounts first appear (the button that brought them has gone with the welcome). */
export const ACCOUNTS_HEADING_ID = 'accounts-heading';

interface SidebarProps {
  accounts: AccountSummary[];
  onNewPost: () => void;
  onOpenSettings: () => void;
  onAddAccount: () => void;
  onReconnect: (accountId: string) => void;
  onOpenAccountSettings: (accountId: string) => void;
  /** Entries for the workspace's views (Columns, Schedule). */
  views?: ReactNode;
}

export function Sidebar({
  accounts,
  onNewPost,
  onOpenSettings,
  onAddAccount,
  onReconnect,
  onOpenAccountSettings,
  views,
}: SidebarProps): React.JSX.Element {
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
      {views && <div className="view-nav">{views}</div>}
      <section className="sidebar__accounts" aria-labelledby={ACCOUNTS_HEADING_ID}>
        <h2 id={ACCOUNTS_HEADING_ID} className="sidebar__heading" tabIndex={-1}>
          Accounts
        </h2>
        {accounts.length === 0 ? (
          <div className="sidebar__empty" data-testid="accounts-empty">
            <p>No accounts yet.</p>
            <p>Connect the X accounts you post from, corporate and personal, to see them here.</p>
          </div>
        ) : (
          <>
            <AccountList accounts={accounts} onReconnect={onReconnect} onOpenAccountSettings={onOpenAccountSettings} />
            <button type="button" className="button button--quiet sidebar__add" onClick={onAddAccount}>
              <span aria-hidden="true">+ </span>Add an X account
            </button>
          </>
        )}
      </section>
      <button type="button" className="button button--quiet sidebar__settings" onClick={onOpenSettings}>
        Settings
      </button>
    </nav>
  );
}
