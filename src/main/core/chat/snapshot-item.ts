// A chat post as the renderer sees it when the item cache no longer has it (the host account was
// removed): the kept copy, read-only, every action disabled with the reason, hidden and handled as
// moderation left them while the chat's column read it (the chat's record, migration 012).
import { NO_ITEM_STATE, type ColumnItem, type Permission } from '../../../shared/columns';
import type { CachedItem } from '../columns/cached-item';
import { segmentText } from '../columns/segments';
import type { KeptModeration } from './store';

const GONE: Permission = { ok: false, reason: 'The account that received this post is no longer connected.' };

export function snapshotItem(accountId: string, item: CachedItem, kept?: KeptModeration): ColumnItem {
  const { hidden, links, ...view } = item;
  return {
    ...view,
    accountId,
    segments: segmentText(item.text, links),
    handled: kept?.handled ?? false,
    state: { ...NO_ITEM_STATE, hidden: hidden || (kept?.hidden ?? false) },
    allowed: { reply: GONE, quote: GONE, like: GONE, repost: GONE, hide: GONE, mute: GONE, block: GONE },
    // The account is gone: nothing here can say whom the post spoke to.
    addressed: false,
  };
}
