interface CalendarNavProps {
  /** 'week' or 'month': names the buttons ("Previous week", "This month"). */
  unit: 'week' | 'month';
  onStep: (by: -1 | 1) => void;
  onToday: () => void;
}

/** ‹ Previous · This week/month · Next › above a calendar. */
export function CalendarNav({ unit, onStep, onToday }: CalendarNavProps): React.JSX.Element {
  return (
    <div className="week__nav">
      <button type="button" className="button button--small" onClick={() => onStep(-1)} aria-label={`Previous ${unit}`}>
        ‹ Previous
      </button>
      <button type="button" className="button button--small" onClick={onToday}>
        This {unit}
      </button>
      <button type="button" className="button button--small" onClick={() => onStep(1)} aria-label={`Next ${unit}`}>
        Next ›
      </button>
    </div>
  );
}
