// items.act: like, repost, hide, mute through the receiving account's provider; handled is local.
// What X accepted is recorded on the cached item (liked, reposted, hidden) or for the account
// (muted authors), so the column shows it and offers the undo, after a restart too.
// A repost (and its undo) may be made as another connected account of the same kind (training or
// live, never mixed), as TweetDeck's dialog allows; as a "confirm before posting" account it needs
// that account's confirmation, decided and recorded by confirmations/. Mute may cover every
// connected account. Replies and quotes go through the composer and queue, not here.
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem, ITEM_ACTIONS } from '../../../shared/columns';
import type { Confirmations } from '../confirmations/service';
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
  accounts(): AccountSummary[];
  confirmations: Pick<Confirmations, 'open'>;
  providerFor(accountId: string): Promise<Provider>;
  present(accountId: string, itemId: string): ColumnItem;
}

export interface ActInput {
  accountId: string;
  itemId: string;
  action: ItemAction;
  /** Repost or undo it as this connected account (default: the receiving one). */
  asAccountId?: string | undefined;
  confirmedAccountIds?: readonly string[];
  /** Mute the author for every connected account of the same kind. */
  allAccounts?: boolean;
}

const refuse = (reason: string | null): never => {
  throw new AppError('invalid_request', reason ?? 'X does not allow this for this account.');
};

/** The account a repost is made as: connected, same network, and training only with training. */
export function actingAccount(accounts: readonly AccountSummary[], receiving: AccountSummary, asAccountId: string | undefined): AccountSummary {
  const acting = accounts.find((account) => account.id === (asAccountId ?? receiving.id));
  if (!acting) return refuse('That account is not connected to Columns any more.');
  if (acting.network !== receiving.network) return refuse(`@${acting.handle} is on another network.`);
  if (acting.training !== receiving.training) return refuse('A training account and a live X account never act on each other’s posts.');
  return acting;
}

/** Who a mute covers: the receiving account, or every connected account of its kind (never the author themself). */
function mutingAccounts(accounts: readonly AccountSummary[], receiving: AccountSummary, authorId: string, all: boolean): AccountSummary[] {
  if (!all) return [receiving];
  return accounts.filter((account) => account.network === receiving.network && account.training === receiving.training && account.userId !== authorId);
}

export async function actOnItem(deps: ActDeps, input: ActInput): Promise<ColumnItem> {
  const row = deps.cache.get(input.accountId, input.itemId);
  if (!row) throw new AppError('invalid_request', 'That post is not in any column of this account.');
  const { item } = row;
  const current = deps.present(input.accountId, input.itemId);
  const accounts = deps.accounts();
  const receiving = accounts.find((account) => account.id === input.accountId);
  if (!receiving) return refuse('That account is not connected to Columns any more.');
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
  try {
    switch (input.action) {
      case 'like':
      case 'unlike': {
        const provider = await deps.providerFor(input.accountId);
        await (input.action === 'like' ? provider.like(item.id) : provider.unlike(item.id));
        deps.cache.setMark(input.accountId, input.itemId, 'liked', input.action === 'like');
        break;
      }
      case 'repost':
      case 'unrepost': {
        const acting = actingAccount(accounts, receiving, input.asAccountId);
        const pass = deps.confirmations.open(input.action, [acting], input.confirmedAccountIds ?? []);
        const provider = await deps.providerFor(acting.id);
        await (input.action === 'repost' ? provider.repost(item.id) : provider.unrepost(item.id));
        // The mark is the acting account's: shown where that account has the post in a column.
        if (deps.cache.get(acting.id, item.id)) deps.cache.setMark(acting.id, item.id, 'reposted', input.action === 'repost');
        pass.cover(acting.id, [item.id]);
        pass.record(`${input.action === 'repost' ? 'repost' : 'undo repost'} of @${item.author.handle}'s post ${item.id}`);
        break;
      }
      case 'hide':
      case 'unhide':
        await (await deps.providerFor(input.accountId)).hideReply(item.id, input.action === 'hide');
        deps.cache.put(input.accountId, { ...item, hidden: input.action === 'hide' });
        break;
      case 'mute':
        for (const account of mutingAccounts(accounts, receiving, item.author.id, input.allAccounts === true)) {
          await (await deps.providerFor(account.id)).mute(item.author.id);
          deps.mutedAuthors.add(account.id, item.author);
        }
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
