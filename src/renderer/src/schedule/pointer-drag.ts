// Follows one pointer press until it is released: a drag starts only past a few pixels, so a click
// stays a click, and Escape (or the system taking the pointer) cancels it.
const DRAG_THRESHOLD_PX = 4;

export interface DragHandlers {
  /** The pointer moved far enough to be a drag. */
  onStart: () => void;
  /** Offset from the press, in CSS pixels. */
  onMove: (dx: number, dy: number) => void;
  onDrop: () => void;
  onCancel: () => void;
}

export function followPointer(press: { clientX: number; clientY: number }, handlers: DragHandlers): void {
  let dragging = false;
  const move = (event: PointerEvent): void => {
    const dx = event.clientX - press.clientX;
    const dy = event.clientY - press.clientY;
    if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD_PX) return;
    if (!dragging) {
      dragging = true;
      handlers.onStart();
    }
    handlers.onMove(dx, dy);
  };
  const stop = (): void => {
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', cancel);
    window.removeEventListener('keydown', escape, true);
  };
  const up = (): void => {
    stop();
    if (dragging) handlers.onDrop();
  };
  const cancel = (): void => {
    stop();
    if (dragging) handlers.onCancel();
  };
  const escape = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !dragging) return;
    event.preventDefault();
    event.stopPropagation();
    cancel();
  };
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', cancel);
  window.addEventListener('keydown', escape, true);
}
