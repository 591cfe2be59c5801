// A cached row as the renderer sees it: segments from the text, permissions for the receiving account.
import type { ColumnItem } from '../../../shared/columns';
import type { AccountSummary, XApiPlan } from '../../../shared/accounts';
import type { AccountKnowledge } from './account-knowledge';
import type { CachedRow } from './item-cache';
import { itemPermissions } from './permissions';
import { mentionedHandles, segmentText } from './segments';

export interface PresentDeps {
  account(accountId: string): AccountSummary | null;
  knowledge: AccountKnowledge;
  conversationRoot(conversationId: string): string | null;
  /** The plan the account acts under (training sandbox's, or the one set for the X app). */
  planOf(account: AccountSummary): XApiPlan;
}

export function presentItem(row: CachedRow, deps: PresentDeps): ColumnItem {
  const { item } = row;
  const account = deps.account(row.accountId);
  const { hidden: _hidden, links, ...view } = item;
  const mentions = mentionedHandles(item.text);
  return {
    ...view,
    accountId: row.accountId,
    segments: segmentText(item.text, links),
    handled: row.handled,
    state: { liked: row.liked, reposted: row.reposted, hidden: item.hidden },
    allowed: itemPermissions({
      ownUserId: account?.userId ?? '',
      ownHandle: account?.handle ?? '',
      authorId: item.author.id,
      mentions,
      quotedAuthorId: item.quoted?.author.id ?? null,
      inReplyToUserId: item.inReplyToUserId,
      conversationRootAuthorId: deps.conversationRoot(item.conversationId),
      // An account that is gone reads as pay-per-use: nothing is offered that X would refuse.
      plan: account ? deps.planOf(account) : 'pay-per-use',
      likesExcludedReason: deps.knowledge.reason(row.accountId, 'likes_excluded'),
      training: account?.training ?? false,
    }),
    addressed: account !== null && (mentions.includes(account.handle.toLowerCase()) || (item.inReplyToUserId !== null && item.inReplyToUserId === account.userId)),
  };
}
