// A cached row as the renderer sees it: segments from the text, permissions for the receiving account.
import type { ColumnItem } from '../../../shared/columns';
import type { AccountSummary } from '../../../shared/accounts';
import type { AccountKnowledge } from './account-knowledge';
import type { CachedRow } from './item-cache';
import { itemPermissions } from './permissions';
import { mentionedHandles, segmentText } from './segments';

export interface PresentDeps {
  account(accountId: string): AccountSummary | null;
  knowledge: AccountKnowledge;
  conversationRoot(conversationId: string): string | null;
}

/** X's words when likes are refused on a plan, for when the refusal carried none. */
export const LIKES_EXCLUDED = 'Your X plan does not include likes and quotes (removed from self-serve access in April 2026).';

export function presentItem(row: CachedRow, deps: PresentDeps): ColumnItem {
  const { item } = row;
  const account = deps.account(row.accountId);
  const { hidden: _hidden, ...view } = item;
  return {
    ...view,
    accountId: row.accountId,
    segments: segmentText(item.text),
    handled: row.handled,
    allowed: itemPermissions({
      ownUserId: account?.userId ?? '',
      ownHandle: account?.handle ?? '',
      authorId: item.author.id,
      mentions: mentionedHandles(item.text),
      quotedAuthorId: item.quoted?.author.id ?? null,
      inReplyToUserId: item.inReplyToUserId,
      conversationRootAuthorId: deps.conversationRoot(item.conversationId),
      likesExcludedReason: deps.knowledge.reason(row.accountId, 'likes_excluded'),
    }),
  };
}
