// A chat post as the renderer sees it when the item cache no longer has it (the host account was
// removed): the kept copy, read-only, every action disabled with the reason.
import { NO_ITEM_STATE, type ColumnItem, type Permission } from '../../../shared/columns';
import type { CachedItem } from '../columns/cached-item';
import { segmentText } from '../columns/segments';

const GONE: Permission = { ok: false, reason: 'The account that received this post is no longer connected.' };

export function snapshotItem(accountId: string, item: CachedItem): ColumnItem {
  const { hidden, links, ...view } = item;
  return {
    ...view,
    accountId,
    segments: segmentText(item.text, links),
    handled: false,
    state: { ...NO_ITEM_STATE, hidden },
    allowed: { reply: GONE, quote: GONE, like: GONE, repost: GONE, hide: GONE, mute: GONE, block: GONE },
    // The account is gone: nothing here can say whom the post spoke to.
    addressed: false,
  };
}
