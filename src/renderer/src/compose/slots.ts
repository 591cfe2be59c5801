// A "slot" is one part of one thread: where a length, a check or a core error is shown.
import { threadKey, type ThreadId } from './composer-state';

export function slotId(thread: ThreadId, partKey: string): string {
  return `${threadKey(thread)}:${partKey}`;
}

/** The DOM id of a part's text box (focus moves there after adding, removing or fixing a part). */
export function partTextId(thread: ThreadId, partKey: string): string {
  return `compose-text-${slotId(thread, partKey).replace(/[^\w-]/g, '_')}`;
}
