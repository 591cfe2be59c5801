// An action changed posts (items.changed): every column showing one updates it in place, and a
// column that hides handled posts lets a handled one go (pure, tested without a DOM).
import type { ColumnItem } from '../../../shared/columns';

const keyOf = (item: Pick<ColumnItem, 'accountId' | 'id'>): string => `${item.accountId}:${item.id}`;

export interface AppliedChanges {
  items: ColumnItem[];
  /** A post now marked not handled that this column hid: it belongs here again (read the column). */
  returning: boolean;
}

/** The same post received by another account is another item: matched by account and id. */
export function applyItemChanges(shown: ColumnItem[], changed: readonly ColumnItem[], hideHandled: boolean): AppliedChanges {
  const updates = new Map(changed.map((item) => [keyOf(item), item]));
  let touched = false;
  const items: ColumnItem[] = [];
  for (const item of shown) {
    const update = updates.get(keyOf(item));
    if (!update) {
      items.push(item);
      continue;
    }
    touched = true;
    updates.delete(keyOf(item));
    if (!(hideHandled && update.handled)) items.push(update);
  }
  const returning = hideHandled && [...updates.values()].some((item) => !item.handled);
  return { items: touched ? items : shown, returning };
}
