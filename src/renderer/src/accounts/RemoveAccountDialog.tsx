import { useId, useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../shell/Dialog';
import { AccountAvatar } from './AccountAvatar';

type QueuedPosts = 'keep' | 'delete';

interface RemoveAccountDialogProps {
  account: AccountSummary;
  onRemoved: (accounts: AccountSummary[]) => void;
  onCancel: () => void;
}

/** Removing an account is not undoable: name it in large type and make the queued posts an explicit choice. */
export function RemoveAccountDialog({ account, onRemoved, onCancel }: RemoveAccountDialogProps): React.JSX.Element {
  const [queuedPosts, setQueuedPosts] = useState<QueuedPosts | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = useId();
  const choiceErrorId = useId();

  const choose = (choice: QueuedPosts): void => {
    setQueuedPosts(choice);
    setError(null);
  };

  const remove = (): void => {
    if (!queuedPosts) {
      setError('Choose what happens to its queued posts first.');
      return;
    }
    setError(null);
    setBusy(true);
    getApi()
      .call('accounts.remove', { id: account.id, queuedPosts })
      .then(onRemoved)
      .catch((cause: unknown) => {
        setBusy(false);
        setError(errorMessage(cause));
      });
  };

  return (
    <Dialog title="Remove account" onClose={onCancel} testId="remove-account">
      <div className="remove-account__who">
        <AccountAvatar account={account} size="large" />
        <p className="remove-account__name">
          <span className="remove-account__handle">@{account.handle}</span>
          <span>{account.displayName}</span>
        </p>
      </div>
      <p>
        Columns signs out of this account and deletes its sign-in from your keychain. Its posts on{' '}
        {account.training ? 'the training sandbox' : 'X'} are not touched. You can connect it again later.
      </p>
      <fieldset className="settings-section" aria-describedby={error && !queuedPosts ? choiceErrorId : undefined}>
        <legend>What should happen to its queued posts?</legend>
        <label className="radio radio--described">
          <input type="radio" name={name} checked={queuedPosts === 'keep'} onChange={() => choose('keep')} />
          <span>
            Keep them
            <span className="hint">Its drafts and scheduled posts stay in Columns, but none is sent from this account.</span>
          </span>
        </label>
        <label className="radio radio--described">
          <input type="radio" name={name} checked={queuedPosts === 'delete'} onChange={() => choose('delete')} />
          <span>
            Delete queued posts
            <span className="hint">Its drafts and scheduled posts are deleted from Columns.</span>
          </span>
        </label>
      </fieldset>
      {error && (
        <p id={choiceErrorId} className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={remove} disabled={busy}>
          {busy ? 'Removing…' : `Remove @${account.handle}`}
        </button>
      </div>
    </Dialog>
  );
}
