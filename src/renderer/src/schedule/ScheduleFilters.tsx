import { useId } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import type { PostState } from '../../../shared/queue';

export const STATE_FILTERS = {
  upcoming: { label: 'Upcoming', states: ['scheduled', 'sending'] },
  scheduled: { label: 'Scheduled', states: ['scheduled'] },
  sent: { label: 'Sent', states: ['sent'] },
  failed: { label: 'Failed', states: ['failed'] },
  held: { label: 'Held', states: ['held', 'missed'] },
  drafts: { label: 'Drafts', states: ['draft'] },
  all: { label: 'Everything', states: ['scheduled', 'sending', 'sent', 'failed', 'missed', 'held'] },
} as const satisfies Record<string, { label: string; states: readonly PostState[] }>;

export type StateFilter = keyof typeof STATE_FILTERS;

interface ScheduleFiltersProps {
  accounts: AccountSummary[];
  accountId: string | undefined;
  onAccount: (accountId: string | undefined) => void;
  /** Absent in the week view, which shows every state. */
  state?: StateFilter;
  onState?: (state: StateFilter) => void;
}

/** Which account's posts, and which states, the schedule shows. */
export function ScheduleFilters({ accounts, accountId, onAccount, state, onState }: ScheduleFiltersProps): React.JSX.Element {
  const accountSelect = useId();
  const stateSelect = useId();
  return (
    <div className="schedule-filters">
      <div className="schedule-filters__field">
        <label htmlFor={accountSelect}>Account</label>
        <select id={accountSelect} value={accountId ?? ''} onChange={(event) => onAccount(event.target.value || undefined)}>
          <option value="">All accounts</option>
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              @{account.handle}
            </option>
          ))}
        </select>
      </div>
      {state && onState && (
        <div className="schedule-filters__field">
          <label htmlFor={stateSelect}>Show</label>
          <select id={stateSelect} value={state} onChange={(event) => onState(event.target.value as StateFilter)}>
            {Object.entries(STATE_FILTERS).map(([key, filter]) => (
              <option key={key} value={key}>
                {filter.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
