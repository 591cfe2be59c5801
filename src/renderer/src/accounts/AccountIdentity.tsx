import type { AccountSummary } from '../../../shared/contract';
import { AccountAvatar } from './AccountAvatar';

export const KIND_LABELS: Record<AccountSummary['kind'], string> = {
  corporate: 'Corporate',
  personal: 'Personal',
};

interface AccountIdentityProps {
  account: AccountSummary;
  size?: 'small' | 'large';
}

/** Who an account is at a glance: picture, name, @handle, kind, and whether it is a practice account. */
export function AccountIdentity({ account, size = 'small' }: AccountIdentityProps): React.JSX.Element {
  return (
    <span className={`identity identity--${size}`}>
      <AccountAvatar account={account} size={size} />
      <span className="identity__names">
        <span className="identity__name">{account.displayName}</span>
        <span className="identity__handle">@{account.handle}</span>
        <span className="identity__tags">
          <span className="identity__kind">{KIND_LABELS[account.kind]}</span>
          {account.training && <span className="badge badge--training">Training</span>}
        </span>
      </span>
    </span>
  );
}
