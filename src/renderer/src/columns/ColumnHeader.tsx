// A column's title, the account it reads as, how fresh it is and what it costs, and its controls.
import { useEffect, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnConfig, ColumnStatus } from '../../../shared/columns';
import { readableTextOn } from '../accounts/colour';
import { useEngineReachable } from '../api/connection';
import { refreshText } from './refresh-status';
import { CostLine } from './CostLine';
import { coreNow } from '../core-clock';

interface ColumnHeaderProps {
  column: ColumnConfig;
  number: number;
  titleId: string;
  account: AccountSummary | undefined;
  status: ColumnStatus | undefined;
  first: boolean;
  last: boolean;
  onMove: (by: -1 | 1) => void;
  onRefresh: () => void;
  onSettings: () => void;
}

/** Its own second timer, so only this line re-renders as the countdown ticks. */
function RefreshLine({ status, columnTitle }: { status: ColumnStatus | undefined; columnTitle: string }): React.JSX.Element {
  const [now, setNow] = useState(() => new Date(coreNow()));
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date(coreNow())), 1000);
    return () => clearInterval(timer);
  }, []);
  // While the engine cannot be reached its last countdown means nothing: say what is true.
  const reachable = useEngineReachable();
  return (
    <p className="column__status">
      <span className={status?.waiting || !reachable ? 'column__waiting' : undefined}>{reachable ? refreshText(status, now) : 'Not refreshing: the engine is not answering'}</span>
      {status && (
        <>
          {' · '}
          <CostLine cost={status.cost} columnTitle={columnTitle} />
        </>
      )}
    </p>
  );
}

export function ColumnHeader({ column, number, titleId, account, status, first, last, onMove, onRefresh, onSettings }: ColumnHeaderProps): React.JSX.Element {
  return (
    <header className="column__header" style={account ? ({ '--column-account': account.colour } as React.CSSProperties) : undefined}>
      <div className="column__title-row">
        <h2 id={titleId} className="column__title" tabIndex={-1}>
          <span className="column__number" aria-hidden="true">
            {number <= 9 ? number : ''}
          </span>
          {column.title}
        </h2>
        <div className="column__tools">
          <button type="button" className="column__tool" aria-label={`Move ${column.title} left`} disabled={first} onClick={() => onMove(-1)}>
            ←
          </button>
          <button type="button" className="column__tool" aria-label={`Move ${column.title} right`} disabled={last} onClick={() => onMove(1)}>
            →
          </button>
          <button type="button" className="column__tool" aria-label={`Refresh ${column.title}`} onClick={onRefresh}>
            ↻
          </button>
          <button type="button" className="column__tool" aria-label={`Settings for ${column.title}`} onClick={onSettings}>
            ⚙
          </button>
        </div>
      </div>
      {account ? (
        <p className="column__account">
          <span className="column__account-chip" style={{ background: account.colour, color: readableTextOn(account.colour) }}>
            @{account.handle}
          </span>
        </p>
      ) : (
        <p className="column__account">Every account</p>
      )}
      <RefreshLine status={status} columnTitle={column.title} />
    </header>
  );
}
