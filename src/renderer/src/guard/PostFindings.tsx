// What the post checks found (core's post-checks module), in words: advice, or what must be fixed.
import './guard.css';
import type { PostFinding } from '../../../shared/guard';

export function PostFindings({ findings, testId = 'post-findings' }: { findings: readonly PostFinding[]; testId?: string }): React.JSX.Element | null {
  if (findings.length === 0) return null;
  return (
    <ul className="checks__list guard-findings" data-testid={testId} aria-label="What the post checks found">
      {findings.map((finding, index) => (
        <li key={`${finding.ruleId}:${index}`} className={`check check--${finding.severity === 'must_fix' ? 'blocking' : 'warning'}`}>
          <span className="check__tag">{finding.severity === 'must_fix' ? 'Must fix' : 'Advice'}</span>
          <span className="check__message">
            {finding.refs.length > 0 && <strong>{finding.refs.join(', ')}: </strong>}
            {finding.message}
          </span>
        </li>
      ))}
    </ul>
  );
}
