import type { Measured } from '../../../shared/compose';

const RADIUS = 9;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;
/** Below this many characters left the ring turns to a warning colour. */
const NEAR_LIMIT = 20;

interface LengthMeterProps {
  id: string;
  measured: Measured | undefined;
  /** The figure is for an older text: shown dimmed while the new one is counted. */
  stale?: boolean;
}

/** Characters left as a ring and in words; over the limit it says so in text, not only in red. */
export function LengthMeter({ id, measured, stale = false }: LengthMeterProps): React.JSX.Element {
  if (!measured) {
    return (
      <span id={id} className="length-meter length-meter--pending">
        Counting…
      </span>
    );
  }
  const left = measured.max - measured.weightedLength;
  const over = left < 0;
  const state = over ? 'over' : left <= NEAR_LIMIT ? 'near' : 'ok';
  const fraction = Math.min(1, measured.weightedLength / measured.max);
  return (
    <span id={id} className={`length-meter length-meter--${state}${stale ? ' length-meter--stale' : ''}`} aria-busy={stale || undefined} data-testid="length-meter">
      <svg className="length-meter__ring" viewBox="0 0 24 24" aria-hidden="true">
        <circle className="length-meter__track" cx="12" cy="12" r={RADIUS} />
        <circle
          className="length-meter__fill"
          cx="12"
          cy="12"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
        />
      </svg>
      <span className="length-meter__text">
        {over ? (
          <>
            <span aria-hidden="true">⚠ </span>
            {-left} {-left === 1 ? 'character' : 'characters'} over the {measured.max} limit
          </>
        ) : (
          <>
            {left} {left === 1 ? 'character' : 'characters'} left
          </>
        )}
      </span>
    </span>
  );
}
