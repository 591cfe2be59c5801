import { useId, useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { Dialog } from '../shell/Dialog';
import type { Clock } from './schedule-format';
import { QueueSlotsEditor } from './QueueSlotsEditor';

interface QueueSlotsDialogProps {
  accounts: AccountSummary[];
  initialAccountId: string | undefined;
  clock: Clock;
  onClose: () => void;
}

/** Each account's weekly queue times, one account at a time. */
export function QueueSlotsDialog({ accounts, initialAccountId, clock, onClose }: QueueSlotsDialogProps): React.JSX.Element {
  const [accountId, setAccountId] = useState(initialAccountId ?? accounts[0]?.id ?? '');
  const account = accounts.find((candidate) => candidate.id === accountId);
  const selectId = useId();
  return (
    <Dialog title="Queue times" onClose={onClose} testId="queue-slots-dialog">
      <p className="hint">
        &ldquo;Add to queue&rdquo; in the composer puts a post in the account&apos;s next free time. Times are in {clock.timeZone}.
      </p>
      <div className="field">
        <label htmlFor={selectId}>Account</label>
        <select id={selectId} value={accountId} onChange={(event) => setAccountId(event.target.value)}>
          {accounts.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              @{candidate.handle}
            </option>
          ))}
        </select>
      </div>
      {account && <QueueSlotsEditor key={account.id} accountId={account.id} handle={account.handle} locale={clock.locale} timeZone={clock.timeZone} />}
    </Dialog>
  );
}
