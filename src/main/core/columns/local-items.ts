// The local columns (Scheduled, Drafts, Sent, Failed and held) read the post queue. A queued post
// becomes a ColumnItem whose id is the queue id (a sent post's X id is in its text's place only
// once X has it); nothing acts on X from these items, so permissions are all "not on X yet".
import type { AccountSummary } from '../../../shared/accounts';
import { NO_ITEM_STATE, type ColumnConfig, type ColumnItem, type ItemsPage } from '../../../shared/columns';
import type { PostState, QueuedPost } from '../../../shared/queue';
import type { CachedItem } from './cached-item';
import { localPermissions } from './permissions';
import { segmentText } from './segments';

export const LOCAL_STATES: Partial<Record<ColumnConfig['kind'], PostState[]>> = {
  scheduled: ['scheduled'],
  drafts: ['draft'],
  sent: ['sent'],
  failed: ['failed', 'held', 'missed'],
};

function toItem(post: QueuedPost, account: AccountSummary | null): CachedItem {
  const text = post.parts.map((part) => part.text).join('\n\n');
  const author = { id: account?.userId ?? '', handle: account?.handle ?? '', displayName: account?.displayName ?? '', avatarUrl: account?.avatarUrl ?? null };
  return {
    id: post.id,
    text,
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

/** Newest first (by due time, else last change); the cursor is an offset into that order. */
export function localPage(
  posts: readonly QueuedPost[],
  account: (id: string) => AccountSummary | null,
  keep: (item: CachedItem) => boolean,
  cursor: string | undefined,
  limit: number,
): ItemsPage {
  const rows = posts
    .map((post) => ({ post, item: toItem(post, account(post.accountId)) }))
    .filter(({ item }) => keep(item))
    .sort((a, b) => b.item.createdAt.localeCompare(a.item.createdAt));
  const start = Math.max(0, Number.parseInt(cursor ?? '0', 10) || 0);
  const slice = rows.slice(start, start + limit);
  const items: ColumnItem[] = slice.map(({ post, item }) => {
    const { hidden: _hidden, ...view } = item;
    return { ...view, accountId: post.accountId, segments: segmentText(item.text), handled: false, state: NO_ITEM_STATE, allowed: localPermissions(), addressed: false };
  });
  return { items, cursor: start + limit < rows.length ? String(start + limit) : null };
}
