// "Post as": one or several accounts, each shown as who it is (picture, handle, colour, kind,
// Training). An account that cannot join the current choice is disabled with the reason beside it.
import type { AccountSummary } from '../../../shared/accounts';
import { AccountIdentity } from '../accounts/AccountIdentity';
import { canPostTogether } from '../accounts/posting-mix';

interface AccountPickerProps {
  accounts: AccountSummary[];
  chosenIds: string[];
  customisedIds: string[];
  error?: string | undefined;
  onToggle: (accountId: string) => void;
  onCustomise: (accountId: string, on: boolean) => void;
  /** One sender only (a reply): radio buttons, the receiving account chosen first. */
  single?: boolean;
}

function reasonUnavailable(account: AccountSummary, chosen: AccountSummary[]): string | null {
  if (account.status === 'needs_reauth') return 'Needs reconnecting before it can post.';
  if (chosen.includes(account) || canPostTogether([...chosen, account])) return null;
  return account.training
    ? 'A training account cannot post together with live X accounts.'
    : 'A live X account cannot post together with training accounts.';
}

export function AccountPicker({ accounts, chosenIds, customisedIds, error, onToggle, onCustomise, single = false }: AccountPickerProps): React.JSX.Element {
  const chosen = accounts.filter((account) => chosenIds.includes(account.id));
  return (
    <fieldset className="post-as" aria-describedby={error ? 'post-as-error' : undefined}>
      <legend className="compose__legend">{single ? 'Reply as (one account)' : 'Post as'}</legend>
      <ul className="post-as__list">
        {accounts.map((account) => {
          const isChosen = chosenIds.includes(account.id);
          // One sender: any connected account may take over from the one chosen.
          const reason = single ? (account.status === 'needs_reauth' ? 'Needs reconnecting before it can post.' : null) : reasonUnavailable(account, chosen);
          const reasonId = `post-as-reason-${account.id}`;
          return (
            <li
              key={account.id}
              className={`post-as__item${isChosen ? ' post-as__item--chosen' : ''}`}
              style={{ '--account-colour': account.colour } as React.CSSProperties}
            >
              <label className="post-as__choice">
                <input
                  type={single ? 'radio' : 'checkbox'}
                  name={single ? 'post-as-one' : undefined}
                  checked={isChosen}
                  disabled={reason !== null && !isChosen}
                  aria-describedby={reason ? reasonId : undefined}
                  aria-label={`${single ? 'Reply' : 'Post'} as @${account.handle}`}
                  onChange={() => onToggle(account.id)}
                />
                <AccountIdentity account={account} />
              </label>
              {reason && !isChosen && (
                <p id={reasonId} className="post-as__reason">
                  {reason}
                </p>
              )}
              {isChosen && chosenIds.length > 1 && (
                <label className="checkbox post-as__customise">
                  <input type="checkbox" checked={customisedIds.includes(account.id)} onChange={(event) => onCustomise(account.id, event.target.checked)} />
                  <span>Customise for @{account.handle}</span>
                </label>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p id="post-as-error" className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
