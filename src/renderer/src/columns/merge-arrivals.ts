// Live arrivals against what a column shows (pure, tested without a DOM).
import type { ColumnItem } from '../../../shared/columns';

/** Items already shown are updated in place; unknown ones are new. */
export function mergeArrivals(shown: ColumnItem[], arrivals: ColumnItem[]): { shown: ColumnItem[]; fresh: ColumnItem[] } {
  const byId = new Map(arrivals.map((item) => [item.id, item]));
  const next = shown.map((item) => {
    const update = byId.get(item.id);
    if (!update) return item;
    byId.delete(item.id);
    return update;
  });
  return { shown: byId.size === arrivals.length && next.every((item, index) => item === shown[index]) ? shown : next, fresh: [...byId.values()] };
}
