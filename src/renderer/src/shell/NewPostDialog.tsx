import type { AccountSummary } from '../../../shared/contract';
import { Dialog } from './Dialog';

interface NewPostDialogProps {
  accounts: AccountSummary[];
  onClose: () => void;
  onOpenSettings: () => void;
}

export function NewPostDialog({ accounts, onClose, onOpenSettings }: NewPostDialogProps): React.JSX.Element {
  return (
    <Dialog title="New post" onClose={onClose}>
      {accounts.length === 0 ? (
        <div className="empty-state">
          <p>A post needs an account to come from. Connect an X account first, or practise in the training sandbox.</p>
          <button type="button" className="button button--primary" onClick={onOpenSettings}>
            Go to accounts
          </button>
        </div>
      ) : (
        <p>The composer opens here.</p>
      )}
    </Dialog>
  );
}
