// What a chat's new hashtag column already holds within the chat's window: a column joining a
// request another column polls starts with that one's items (since_id would never bring them).
import type { ChatPlan } from '../../../shared/chat';
import type { CachedItem } from '../columns/cached-item';
import type { ItemCache } from '../columns/item-cache';
import { inWindow, transitions } from './plan-window';

const PAGE = 500;

/** Newest first, scanning the column back to the chat's start. */
export function cachedInWindow(cache: Pick<ItemCache, 'page'>, plan: ChatPlan, columnId: string): CachedItem[] {
  const [start] = transitions(plan) as [number];
  const items: CachedItem[] = [];
  for (let page = cache.page(columnId, undefined, PAGE, () => true); ; page = cache.page(columnId, page.cursor ?? undefined, PAGE, () => true)) {
    items.push(...page.rows.map((row) => row.item).filter((item) => inWindow(plan, Date.parse(item.createdAt))));
    const oldest = page.rows.at(-1);
    if (!page.cursor || !oldest || Date.parse(oldest.item.createdAt) < start) return items;
  }
}
