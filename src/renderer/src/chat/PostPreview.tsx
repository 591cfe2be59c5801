// A planned post as it will go out (the Qn prefix and the hashtag added) with its length.
import type { Measured } from '../../../shared/compose';
import { LengthMeter } from '../compose/LengthMeter';

interface PostPreviewProps {
  id: string;
  text: string;
  measured: Measured | undefined;
  stale: boolean;
}

export function PostPreview({ id, text, measured, stale }: PostPreviewProps): React.JSX.Element {
  return (
    <div className="plan-preview" id={id}>
      <p className="plan-preview__text">
        <span className="plan-preview__label">Goes out as: </span>
        {text}
      </p>
      <LengthMeter id={`${id}-length`} measured={measured} stale={stale} />
    </div>
  );
}
