// Column filters and mute words, applied to cached items as they are served.
import type { ColumnFilters } from '../../../shared/columns';
import type { CachedItem } from './cached-item';

export const NO_FILTERS: ColumnFilters = { text: null, from: null, hasMedia: false, excludeReposts: false, muteWords: [], hideHandled: false };

/** A predicate for one column: its filters plus the global mute words. */
export function itemFilter(filters: ColumnFilters, globalMuteWords: readonly string[]): (item: CachedItem) => boolean {
  const text = filters.text?.toLowerCase() ?? null;
  const from = filters.from?.replace(/^@/, '').toLowerCase() ?? null;
  const mutes = [...filters.muteWords, ...globalMuteWords].map((word) => word.toLowerCase());
  return (item) => {
    const body = item.text.toLowerCase();
    if (text && !body.includes(text)) return false;
    if (from && item.author.handle.toLowerCase() !== from) return false;
    if (filters.hasMedia && item.media.length === 0) return false;
    if (filters.excludeReposts && item.repostOf) return false;
    if (mutes.some((word) => body.includes(word) || item.author.handle.toLowerCase() === word.replace(/^@/, ''))) return false;
    return true;
  };
}
