// Cached column items for benches: replies to @HorizonsNHS from 300 authors, one a second from
// 1 Nov 2026, ids ascending. `text` gives each item its words.
import type { CachedItem } from '../../src/main/core/columns/cached-item';
import { cachedItem, itemAuthor } from '../helpers/items';

export function syntheticItems(count: number, text: (index: number) => string): CachedItem[] {
  const base = Date.parse('2026-11-01T00:00:00Z');
  return Array.from({ length: count }, (_, index) => {
    const id = String(1_900_000_000_000_000_000n + BigInt(index));
    return cachedItem(id, {
      text: text(index),
      createdAt: new Date(base + index * 1000).toISOString(),
      author: itemAuthor(`user${index % 300}`, `User ${index % 300}`, String(5000 + (index % 300))),
      metrics: { likes: index % 7, reposts: 0, replies: 0, quotes: 0 },
    });
  });
}
