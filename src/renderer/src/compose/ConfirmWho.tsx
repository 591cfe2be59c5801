// Who is about to speak, in large type: the head of each account's entry in a corporate confirmation
// (the composer's, and a batch's such as a CSV import).
import type { AccountSummary } from '../../../shared/accounts';
import { AccountAvatar } from '../accounts/AccountAvatar';
import { KIND_LABELS } from '../accounts/AccountIdentity';

export function ConfirmWho({ account }: { account: AccountSummary }): React.JSX.Element {
  return (
    <div className="confirm__who">
      <AccountAvatar account={account} size="large" />
      <div className="confirm__names">
        <span className="confirm__handle">@{account.handle}</span>
        <span className="confirm__name">{account.displayName}</span>
        <span className="identity__tags">
          <span className="identity__kind">{KIND_LABELS[account.kind]}</span>
          {account.training && <span className="badge badge--training">Training</span>}
        </span>
      </div>
    </div>
  );
}

/** One account's go button, or the mark that it is confirmed (the large-type dialogs confirm each account on its own). */
export function ConfirmGo({ account, confirmed, label, onConfirm }: { account: AccountSummary; confirmed: boolean; label: string; onConfirm: () => void }): React.JSX.Element {
  return confirmed ? (
    <p className="confirm__done">✓ Confirmed @{account.handle}</p>
  ) : (
    <button type="button" className="button button--primary button--large confirm__go" onClick={onConfirm}>
      {label}
    </button>
  );
}
