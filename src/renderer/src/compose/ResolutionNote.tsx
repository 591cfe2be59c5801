// A wall time as the core resolved it, under the date and time fields: a note while it is checked,
// and the DST questions (a time that does not exist, or one that happens twice) for the user to answer.
import type { Resolution } from './useResolvedTime';

type Occurrence = 'earlier' | 'later';

interface ResolutionNoteProps {
  resolution: Resolution;
  /** Names the radio group, its heading (`<name>-ambiguous`) and the resolved note (`<name>-resolved`). */
  name: string;
  occurrence: Occurrence | null;
  /** What the resolved note says about the instant. */
  resolved: (dueAt: string) => React.ReactNode;
  onOccurrence: (occurrence: Occurrence) => void;
  onSuggestion: (dueAt: string) => void;
}

export function ResolutionNote({ resolution, name, occurrence, resolved, onOccurrence, onSuggestion }: ResolutionNoteProps): React.JSX.Element | null {
  switch (resolution.kind) {
    case 'idle':
      return <p className="when__note">Choose a date and a time.</p>;
    case 'resolving':
      return <p className="when__note">Checking the time…</p>;
    case 'failed':
      return (
        <p className="field-error" role="alert">
          {resolution.message}
        </p>
      );
    case 'ok':
      return (
        <p className="when__note when__note--ok" data-testid={`${name}-resolved`}>
          {resolved(resolution.dueAt)}
        </p>
      );
    case 'nonexistent':
      return (
        <div className="when__question" role="alert">
          <p>{resolution.message}</p>
          <button type="button" className="button button--small" onClick={() => onSuggestion(resolution.suggestion.dueAt)}>
            Use {resolution.suggestion.label} instead
          </button>
        </div>
      );
    case 'ambiguous':
      return (
        <div className="when__question" role="radiogroup" aria-labelledby={`${name}-ambiguous`}>
          <p id={`${name}-ambiguous`}>{resolution.message}</p>
          {resolution.options.map((option, index) => {
            const which = index === 0 ? 'earlier' : 'later';
            return (
              <label key={option.dueAt} className="radio">
                <input type="radio" name={`${name}-occurrence`} checked={occurrence === which} onChange={() => onOccurrence(which)} />
                {option.label}
              </label>
            );
          })}
        </div>
      );
  }
}
