// The large-type confirmation for a batch (a CSV file): each account that asks, with every post the
// one confirmation covers, listed with its time. Focus starts on Cancel; only the button naming the
// account confirms it, one per account.
import { useEffect, useRef, useState } from 'react';
import { ConfirmGo, ConfirmWho } from '../compose/ConfirmWho';
import { Dialog } from '../shell/Dialog';
import type { BatchConfirmation as Batch } from './guard-requests';

const TIME: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };

export function BatchConfirmation({ request, timeZone, onConfirmed, onCancel }: { request: Batch; timeZone: string; onConfirmed: (ids: string[]) => void; onCancel: () => void }): React.JSX.Element {
  const cancel = useRef<HTMLButtonElement>(null);
  const [confirmed, setConfirmed] = useState<string[]>([]);
  useEffect(() => cancel.current?.focus(), []);
  const time = (iso: string): string => new Intl.DateTimeFormat('en-GB', { ...TIME, timeZone }).format(new Date(iso));
  const confirm = (accountId: string): void => {
    const next = [...confirmed, accountId];
    setConfirmed(next);
    if (request.needs.every((need) => next.includes(need.account.id))) onConfirmed(next);
  };
  const many = request.needs.length > 1;
  return (
    <Dialog title={many ? 'Check the accounts' : 'Check the account'} onClose={onCancel} testId="batch-confirmation" wide>
      <div className="confirm">
        <p className="confirm__lead">
          {many ? 'These accounts ask to be confirmed before they post. One confirmation each covers every post listed.' : 'This account asks to be confirmed before it posts. One confirmation covers every post listed.'}
        </p>
        <ul className="confirm__accounts">
          {request.needs.map(({ account, posts }) => (
            <li key={account.id} className="confirm__account" style={{ '--account-colour': account.colour } as React.CSSProperties}>
              <ConfirmWho account={account} />
              <ol className="guard-batch__posts" aria-label={`Posts from @${account.handle}`}>
                {posts.map((post) => (
                  <li key={post.line} className="guard-batch__post">
                    <span className="guard-batch__when">
                      {time(post.dueAt)} <span className="hint">line {post.line}</span>
                    </span>
                    <blockquote className="confirm__text">{post.text || '(no text)'}</blockquote>
                  </li>
                ))}
              </ol>
              <ConfirmGo
                account={account}
                confirmed={confirmed.includes(account.id)}
                label={`${request.verb} ${posts.length} ${posts.length === 1 ? 'post' : 'posts'} as @${account.handle}`}
                onConfirm={() => confirm(account.id)}
              />
            </li>
          ))}
        </ul>
        <div className="dialog__actions">
          <button ref={cancel} type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </div>
    </Dialog>
  );
}
