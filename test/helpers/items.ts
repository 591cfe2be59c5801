// Posts as tests build them: a CachedItem as the core's item cache keeps it, and a ColumnItem as a
// column shows it. Plain by default (one text segment, no media, nothing done, everything allowed);
// a test overrides only the fields it is about.
import type { CachedItem } from '../../src/main/core/columns/cached-item';
import { NO_ITEM_STATE, type ColumnItem, type ItemAuthorView, type ItemPermissions, type Permission } from '../../src/shared/columns';

const OK: Permission = { ok: true, reason: null };

export function itemAuthor(handle: string, displayName = handle, id = `u-${handle.toLowerCase()}`): ItemAuthorView {
  return { id, handle, displayName, avatarUrl: null };
}

export function allAllowed(): ItemPermissions {
  return { reply: OK, quote: OK, like: OK, repost: OK, hide: OK, mute: OK, block: OK };
}

/** The fields a cached item and a column item share; `conversationId` defaults to the item's own id. */
function post(id: string): Omit<CachedItem, 'hidden'> {
  return {
    id,
    text: 'hello',
    createdAt: '2026-11-25T12:00:00.000Z',
    author: itemAuthor('someone'),
    conversationId: id,
    replyToId: null,
    inReplyToUserId: null,
    quoted: null,
    repostOf: null,
    media: [],
    metrics: null,
  };
}

export function cachedItem(id: string, overrides: Partial<CachedItem> = {}): CachedItem {
  return { ...post(id), hidden: false, ...overrides };
}

/** Its one text segment is its text, unless `overrides` gives segments of their own. */
export function columnItem(id: string, overrides: Partial<ColumnItem> = {}): ColumnItem {
  const text = overrides.text ?? 'hello';
  return {
    ...post(id),
    accountId: 'acc-horizons',
    segments: [{ kind: 'text', text }],
    handled: false,
    state: { ...NO_ITEM_STATE },
    allowed: allAllowed(),
    addressed: true,
    ...overrides,
  };
}
