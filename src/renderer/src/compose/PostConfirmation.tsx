// The last look before a corporate account speaks: each account that asks for confirmation, in
// large type, with what it will post and when. Focus starts on Cancel, no key confirms by default,
// and only a click on the button naming the account goes ahead (one per account when several ask).
import { useEffect, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import { Dialog } from '../shell/Dialog';
import type { Part } from './composer-state';
import { ConfirmGo, ConfirmWho } from './ConfirmWho';

export interface ConfirmationItem {
  account: AccountSummary;
  parts: Part[];
}

interface PostConfirmationProps {
  items: ConfirmationItem[];
  /** "Post", "Schedule", "Queue": the verb on each account's button. */
  verb: string;
  /** When it goes out, in words. */
  when: string;
  /** "This is a reply to @nurse_jo.": replies and quotes are confirmed like new posts, and say so. */
  reference?: string | null;
  /** Shown above the account's confirm button (a chat post's "Don't ask again for this chat"). */
  extra?: React.ReactNode;
  onConfirmed: (accountIds: string[]) => void;
  onCancel: () => void;
}

export function PostConfirmation({ items, verb, when, reference = null, extra = null, onConfirmed, onCancel }: PostConfirmationProps): React.JSX.Element {
  const cancel = useRef<HTMLButtonElement>(null);
  const [confirmed, setConfirmed] = useState<string[]>([]);

  // Runs after the <dialog> opened (child effects first): the browser put focus on its first control.
  useEffect(() => {
    cancel.current?.focus();
  }, []);

  const confirm = (accountId: string): void => {
    const next = [...confirmed, accountId];
    setConfirmed(next);
    if (items.every((item) => next.includes(item.account.id))) onConfirmed(next);
  };

  return (
    <Dialog title={items.length > 1 ? 'Check the accounts' : 'Check the account'} onClose={onCancel} testId="post-confirmation">
      <div className="confirm">
        <p className="confirm__lead">
          {items.length > 1 ? 'These accounts ask to be confirmed before they post. Confirm each one.' : 'This account asks to be confirmed before it posts.'}{' '}
          <strong>{when}</strong>
        </p>
        {reference && <p className="confirm__reference">{reference}</p>}
        <ul className="confirm__accounts">
          {items.map(({ account, parts }) => {
            const done = confirmed.includes(account.id);
            const first = parts[0];
            return (
              <li key={account.id} className="confirm__account" style={{ '--account-colour': account.colour } as React.CSSProperties}>
                <ConfirmWho account={account} />
                <blockquote className="confirm__text">{first?.text || '(no text)'}</blockquote>
                {extrasOf(parts) && <p className="confirm__more">{extrasOf(parts)}</p>}
                <ConfirmGo account={account} confirmed={done} label={`${verb} as @${account.handle}`} onConfirm={() => confirm(account.id)} />
              </li>
            );
          })}
        </ul>
        {extra}
        <div className="dialog__actions">
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}

/** "With 1 image. And 1 more part in the thread." — what the preview does not show. */
function extrasOf(parts: Part[]): string {
  const media = parts[0]?.media.length ?? 0;
  const more = parts.length - 1;
  return [
    media > 0 ? `With ${media} ${media === 1 ? 'attachment' : 'attachments'}.` : '',
    more > 0 ? `And ${more} more ${more === 1 ? 'part' : 'parts'} in the thread.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}
