// One poll of a request: a page since the request's cursor and, when more arrived than a page
// holds, up to CATCH_UP_PAGES more (polling with since_id answers newest first). If those cannot
// be read now, the poll is incomplete and the cursor must stay, so the next poll reads the gap again.
import type { Provider, TimelineItem, TimelineRequest } from '../providers/provider';

export const PAGE_SIZE = 50;
/** When more arrived since the last poll than one page holds, up to this many more pages. */
export const CATCH_UP_PAGES = 4;
/** What one poll can read at most: its page and the catch-up pages. */
export const POSTS_PER_POLL = PAGE_SIZE * (1 + CATCH_UP_PAGES);

/** `sinceId` undefined: the first fill (one page, no catch-up). The first page's failure is thrown. */
export async function pollPages(provider: Provider, request: TimelineRequest, sinceId: string | undefined): Promise<{ items: TimelineItem[]; complete: boolean }> {
  const since = sinceId ? { sinceId } : {};
  let page = await provider.timeline(request, { maxResults: PAGE_SIZE, ...since });
  const items = [...page.items];
  for (let extra = 0; sinceId && page.nextCursor; extra++) {
    if (extra === CATCH_UP_PAGES) return { items, complete: false };
    try {
      page = await provider.timeline(request, { maxResults: PAGE_SIZE, ...since, cursor: page.nextCursor });
    } catch {
      return { items, complete: false };
    }
    items.push(...page.items);
  }
  return { items, complete: true };
}
