// The header's "~$0.02 a day": a button whose basis shows on hover and on keyboard focus (a
// tooltip described by it, so a screen reader reads the basis too).
import { useId } from 'react';
import type { ColumnCost } from '../../../shared/columns';
import { costBasis, costText } from './cost-basis';

export function CostLine({ cost, columnTitle }: { cost: ColumnCost; columnTitle: string }): React.JSX.Element {
  const tipId = useId();
  return (
    <span className="column__cost">
      <button type="button" className="column__cost-button" aria-describedby={tipId} aria-label={`${costText(cost)}: what ${columnTitle} costs (estimate)`}>
        {costText(cost)}
      </button>
      <span role="tooltip" id={tipId} className="column__cost-tip">
        {costBasis(cost).map((line) => (
          <span key={line} className="column__cost-tip-line">
            {line}
          </span>
        ))}
      </span>
    </span>
  );
}
