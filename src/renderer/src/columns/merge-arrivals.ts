// Live arrivals against what a column shows (pure, tested without a DOM).
import { itemSortKey, type ColumnItem } from '../../../shared/columns';

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

const keyOf = (item: ColumnItem): string => itemSortKey(item.createdAt, item.id);

/**
 * New items placed among the shown ones by time, newest first, as the item cache orders a column:
 * a column fed by several requests (All mentions) hears them answer in any order, so "on top" would
 * put an older post above a newer one. The shown items keep their order.
 */
export function placeByTime(fresh: readonly ColumnItem[], shown: readonly ColumnItem[]): ColumnItem[] {
  const incoming = [...fresh].sort((a, b) => (keyOf(a) < keyOf(b) ? 1 : keyOf(a) > keyOf(b) ? -1 : 0));
  const placed: ColumnItem[] = [];
  let next = 0;
  for (const item of shown) {
    while (next < incoming.length && keyOf(incoming[next] as ColumnItem) > keyOf(item)) placed.push(incoming[next++] as ColumnItem);
    placed.push(item);
  }
  return [...placed, ...incoming.slice(next)];
}
