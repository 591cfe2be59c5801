import { useEffect, useRef } from 'react';
import type { InstantOption, ResolvedLocal } from '../../../shared/schedule';

interface TimeChoiceProps {
  resolved: Exclude<ResolvedLocal, { kind: 'ok' }>;
  busy: boolean;
  onPick: (option: InstantOption) => void;
}

/** A wall time the clocks skip (offer the nearest real one) or repeat (ask which). */
export function TimeChoice({ resolved, busy, onPick }: TimeChoiceProps): React.JSX.Element {
  const options = resolved.kind === 'nonexistent' ? [resolved.suggestion] : resolved.options;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    // The choice is the next thing to do: start there. A frame later, so that a dialog opening with
    // the choice (a drop on such a time) has finished placing its own focus.
    const frame = requestAnimationFrame(() => first.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [resolved]);
  return (
    <div className="time-choice" role="alert">
      <p>{resolved.message}</p>
      <div className="time-choice__options">
        {options.map((option, index) => (
          <button
            key={option.dueAt}
            type="button"
            className={`button button--small${resolved.kind === 'nonexistent' ? ' button--primary' : ''}`}
            disabled={busy}
            ref={index === 0 ? first : undefined}
            onClick={() => onPick(option)}
          >
            {resolved.kind === 'nonexistent' ? `Use ${option.label}` : option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
