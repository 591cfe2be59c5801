// Advice under one field of the plan, as the composer's checks show it, with the one-click fix.
// The fix puts focus back in the field it changed (the button itself goes away).
import { useRef } from 'react';
import type { HashtagAdvice } from '../compose/hashtag-case';

export function PlanAdviceList({ advice, onFix }: { advice: HashtagAdvice[] | undefined; onFix: (advice: HashtagAdvice) => void }): React.JSX.Element | null {
  const listRef = useRef<HTMLUListElement>(null);
  if (!advice || advice.length === 0) return null;
  const fix = (item: HashtagAdvice): void => {
    const field = listRef.current?.closest('.plan__advised')?.querySelector<HTMLElement>('input, textarea');
    onFix(item);
    requestAnimationFrame(() => field?.focus());
  };
  return (
    <ul ref={listRef} className="checks__list plan__advice" data-testid="plan-advice">
      {advice.map((item) => (
        <li key={item.original} className="check check--warning">
          <span className="check__tag">Advice</span>
          <span className="check__message">{item.message}</span>
          <button type="button" className="button button--small check__fix" onClick={() => fix(item)}>
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}
