// items.act: like, repost, hide, mute through the receiving account's provider; handled is local.
// What X accepted is recorded on the cached item (liked, reposted, hidden) or for the account
// (muted authors), so the column shows it and offers the undo, after a restart too.
// Replies and quotes go through the composer and queue (with the corporate confirm rule), not here.
import type { ColumnItem, ITEM_ACTIONS } from '../../../shared/columns';
import { AppError } from '../errors';
import { ProviderError, type Provider } from '../providers/provider';
import type { AccountKnowledge } from './account-knowledge';
import type { ItemCache } from './item-cache';
import type { MutedAuthors } from './muted-authors';
import { REASONS } from './permissions';

export type ItemAction = (typeof ITEM_ACTIONS)[number];

export interface ActDeps {
  cache: ItemCache;
  knowledge: AccountKnowledge;
  mutedAuthors: MutedAuthors;
  providerFor(accountId: string): Promise<Provider>;
  present(accountId: string, itemId: string): ColumnItem;
}

export async function actOnItem(deps: ActDeps, input: { accountId: string; itemId: string; action: ItemAction }): Promise<ColumnItem> {
  const row = deps.cache.get(input.accountId, input.itemId);
  if (!row) throw new AppError('invalid_request', 'That post is not in any column of this account.');
  const { item } = row;
  const current = deps.present(input.accountId, input.itemId);
  const refuse = (reason: string | null): never => {
    throw new AppError('invalid_request', reason ?? 'X does not allow this for this account.');
  };
  switch (input.action) {
    case 'handled':
    case 'unhandled':
      deps.cache.setMark(input.accountId, input.itemId, 'handled', input.action === 'handled');
      return deps.present(input.accountId, input.itemId);
    case 'block':
      return refuse(REASONS.block);
    case 'like':
    case 'unlike':
      if (!current.allowed.like.ok) refuse(current.allowed.like.reason);
      break;
    case 'hide':
    case 'unhide':
      if (!current.allowed.hide.ok) refuse(current.allowed.hide.reason);
      break;
    case 'mute':
      if (!current.allowed.mute.ok) refuse(current.allowed.mute.reason);
      break;
    default:
      break;
  }
  const provider = await deps.providerFor(input.accountId);
  try {
    switch (input.action) {
      case 'like':
      case 'unlike':
        await (input.action === 'like' ? provider.like(item.id) : provider.unlike(item.id));
        deps.cache.setMark(input.accountId, input.itemId, 'liked', input.action === 'like');
        break;
      case 'repost':
      case 'unrepost':
        await (input.action === 'repost' ? provider.repost(item.id) : provider.unrepost(item.id));
        deps.cache.setMark(input.accountId, input.itemId, 'reposted', input.action === 'repost');
        break;
      case 'hide':
      case 'unhide':
        await provider.hideReply(item.id, input.action === 'hide');
        deps.cache.put(input.accountId, { ...item, hidden: input.action === 'hide' });
        break;
      case 'mute':
        await provider.mute(item.author.id);
        deps.mutedAuthors.add(input.accountId, item.author);
        break;
    }
  } catch (error) {
    if (error instanceof ProviderError && (input.action === 'like' || input.action === 'unlike') && error.details.planExcludes) {
      const reason = error.message || REASONS.planExcludesLikes;
      deps.knowledge.learn(input.accountId, 'likes_excluded', reason);
      refuse(reason);
    }
    if (error instanceof ProviderError) refuse(error.message);
    throw error;
  }
  return deps.present(input.accountId, input.itemId);
}
