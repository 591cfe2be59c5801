import type { PostState } from '../../../shared/queue';
import { STATE_LABELS } from './schedule-format';

/** A post's state in words (never colour alone). */
export function StateChip({ state }: { state: PostState }): React.JSX.Element {
  return <span className={`state-chip state-chip--${state}`}>{STATE_LABELS[state]}</span>;
}
