// Live chat arrivals against what the view shows, by the columns' own rule (merge-arrivals): entries
// already shown change in place, unknown ones are new.
import type { ChatEntry } from '../../../shared/chat';
import { mergeArrivals } from '../columns/merge-arrivals';

export function mergeEntries(shown: ChatEntry[], arrivals: ChatEntry[]): { shown: ChatEntry[]; fresh: ChatEntry[] } {
  const byId = new Map(arrivals.map((entry) => [entry.item.id, entry]));
  const merged = mergeArrivals(
    shown.map((entry) => entry.item),
    arrivals.map((entry) => entry.item),
  );
  const changed = shown.some((entry) => byId.has(entry.item.id));
  const next = changed ? shown.map((entry) => byId.get(entry.item.id) ?? entry) : shown;
  return { shown: next, fresh: merged.fresh.map((item) => byId.get(item.id)).filter((entry): entry is ChatEntry => entry !== undefined) };
}

/** Oldest first, as the feed sends them (ties by id: X ids grow with time). */
export function byTime(a: ChatEntry, b: ChatEntry): number {
  const diff = Date.parse(a.item.createdAt) - Date.parse(b.item.createdAt);
  if (diff !== 0) return diff;
  return a.item.id.length - b.item.id.length || (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0);
}
