// The local columns (Scheduled, Drafts, Sent, Failed and held) read the post queue. A post not yet
// on X becomes a ColumnItem whose id is the queue id, and nothing acts on X from it ("not on X
// yet"). A sent post is on X: each part that went out is an item with its X id, kept in the item
// cache like any post a column read (so it takes live actions, handled marks and X's own copy
// when a timeline brings it).
import type { AccountSummary } from '../../../shared/accounts';
import { NO_ITEM_STATE, type ColumnConfig, type ColumnItem, type ItemsPage } from '../../../shared/columns';
import type { PostState, QueuedPost } from '../../../shared/queue';
import type { CachedItem } from './cached-item';
import type { CachedRow } from './item-cache';
import { localPermissions } from './permissions';
import { segmentText } from './segments';

export const LOCAL_STATES: Partial<Record<ColumnConfig['kind'], PostState[]>> = {
  scheduled: ['scheduled'],
  drafts: ['draft'],
  sent: ['sent'],
  failed: ['failed', 'held', 'missed'],
};

type Author = CachedItem['author'];

const authorOf = (account: AccountSummary | null): Author => ({
  id: account?.userId ?? '',
  handle: account?.handle ?? '',
  displayName: account?.displayName ?? '',
  avatarUrl: account?.avatarUrl ?? null,
});

function queuedItem(post: QueuedPost, author: Author): CachedItem {
  return {
    id: post.id,
    text: post.parts.map((part) => part.text).join('\n\n'),
    createdAt: post.dueAt ?? post.updatedAt,
    author,
    conversationId: post.remoteIds[0] ?? post.id,
    replyToId: post.replyToId,
    inReplyToUserId: null,
    quoted: null,
    repostOf: null,
    media: [],
    metrics: null,
    hidden: false,
  };
}

/** The parts of a sent post that X has, each as X keeps it: its own id, a thread's parts replying in turn. */
export function sentItems(post: QueuedPost, author: Author): CachedItem[] {
  const first = post.remoteIds[0] ?? null;
  return post.parts.flatMap((part, index) => {
    const id = post.remoteIds[index];
    if (!id) return [];
    const previous = index > 0 ? (post.remoteIds[index - 1] ?? null) : null;
    return [
      {
        id,
        text: part.text,
        // A sent post's last change is its going out.
        createdAt: post.updatedAt,
        author,
        conversationId: first ?? id,
        replyToId: index > 0 ? previous : post.replyToId,
        inReplyToUserId: index > 0 ? author.id : null,
        quoted: null,
        repostOf: null,
        media: part.media.map((media) => ({ key: media.id, type: media.kind, altText: media.altText, width: null, height: null })),
        metrics: null,
        hidden: false,
      },
    ];
  });
}

export interface LocalPageDeps {
  account: (id: string) => AccountSummary | null;
  /** Column filters and mute words. */
  keep: (item: CachedItem) => boolean;
  /** For sent posts: the cached row of an X post (stored first when the cache lacks it). */
  onX: (accountId: string, item: CachedItem) => CachedRow | null;
  /** A cached row as the renderer sees it (live permissions, handled). */
  present: (row: CachedRow) => ColumnItem;
  hideHandled: boolean;
}

/** Newest first (by due time, else last change); the cursor is an offset into that order. */
export function localPage(posts: readonly QueuedPost[], deps: LocalPageDeps, cursor: string | undefined, limit: number): ItemsPage {
  const rows: { createdAt: string; id: string; show: () => ColumnItem }[] = [];
  for (const post of posts) {
    const author = authorOf(deps.account(post.accountId));
    if (post.state === 'sent' && post.remoteIds.some((id) => id !== null)) {
      for (const item of sentItems(post, author)) {
        const row = deps.onX(post.accountId, item);
        if (!row || !deps.keep(row.item) || (deps.hideHandled && row.handled)) continue;
        rows.push({ createdAt: row.item.createdAt, id: row.item.id, show: () => deps.present(row) });
      }
      continue;
    }
    const item = queuedItem(post, author);
    if (!deps.keep(item)) continue;
    rows.push({
      createdAt: item.createdAt,
      id: item.id,
      show: () => {
        const { hidden: _hidden, ...view } = item;
        return { ...view, accountId: post.accountId, segments: segmentText(item.text), handled: false, state: NO_ITEM_STATE, allowed: localPermissions(), addressed: false };
      },
    });
  }
  // X ids grow with time: a thread's later parts come first, as on X.
  rows.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.padStart(20, '0').localeCompare(a.id.padStart(20, '0')));
  const start = Math.max(0, Number.parseInt(cursor ?? '0', 10) || 0);
  const items = rows.slice(start, start + limit).map((row) => row.show());
  return { items, cursor: start + limit < rows.length ? String(start + limit) : null };
}
