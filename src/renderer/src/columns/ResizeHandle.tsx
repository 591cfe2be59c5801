// The column's right edge: drag it, or focus it and use the arrow keys. Saved when the user lets go.
import { useRef } from 'react';

export const MIN_WIDTH = 240;
export const MAX_WIDTH = 800;
const STEP = 20;

const clamp = (width: number): number => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)));

interface ResizeHandleProps {
  label: string;
  width: number;
  onResize: (width: number) => void;
  onCommit: (width: number) => void;
}

export function ResizeHandle({ label, width, onResize, onCommit }: ResizeHandleProps): React.JSX.Element {
  const drag = useRef<{ startX: number; startWidth: number; width: number } | null>(null);
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={MIN_WIDTH}
      aria-valuemax={MAX_WIDTH}
      tabIndex={0}
      className="column__resize"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        drag.current = { startX: event.clientX, startWidth: width, width };
      }}
      onPointerMove={(event) => {
        if (!drag.current) return;
        drag.current.width = clamp(drag.current.startWidth + event.clientX - drag.current.startX);
        onResize(drag.current.width);
      }}
      onPointerUp={() => {
        if (drag.current) onCommit(drag.current.width);
        drag.current = null;
      }}
      onKeyDown={(event) => {
        const by = event.key === 'ArrowLeft' ? -STEP : event.key === 'ArrowRight' ? STEP : 0;
        if (by === 0) return;
        event.preventDefault();
        const next = clamp(width + by);
        onResize(next);
        onCommit(next);
      }}
    />
  );
}
