// The checks before publishing, in words: what blocks (and why) and what is only advice, with a
// one-click fix where there is a confident one (a CamelCase hashtag).
import type { Check } from './checks';

interface ChecksListProps {
  checks: Check[];
  onFix: (check: Check) => void;
  /** "Must fix" waits until the person typed or tried to send: an empty new post is not a mistake. */
  showBlocking: boolean;
}

export const CHECKS_HEADING_ID = 'compose-checks-heading';

export function ChecksList({ checks, onFix, showBlocking }: ChecksListProps): React.JSX.Element | null {
  const blocking = showBlocking ? checks.filter((check) => check.severity === 'blocking') : [];
  const warnings = checks.filter((check) => check.severity === 'warning');
  if (blocking.length === 0 && warnings.length === 0) return null;
  return (
    <section className="checks" aria-labelledby={CHECKS_HEADING_ID} data-testid="compose-checks">
      <h3 id={CHECKS_HEADING_ID} className="checks__heading" tabIndex={-1}>
        Before you post
      </h3>
      <ul className="checks__list">
        {[...blocking, ...warnings].map((check) => (
          <li key={check.id} className={`check check--${check.severity}`}>
            <span className="check__tag">{check.severity === 'blocking' ? 'Must fix' : 'Advice'}</span>
            <span className="check__message">{check.message}</span>
            {check.fix && (
              <button type="button" className="button button--small check__fix" onClick={() => onFix(check)}>
                {check.fix.label}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
