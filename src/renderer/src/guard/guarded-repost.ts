// Repost and undo repost, guarded as every publishing path is: the user picks which connected
// account reposts (TweetDeck's dialog; the receiving account first, training and live never mixed),
// and a "confirm before posting" account is confirmed in large type first (core says which ask,
// and refuses without it).
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnItem } from '../../../shared/columns';
import { getApi } from '../api';
import { ask, confirmFor } from './guard-requests';
import { repostChoices } from './repost-choices';

/** Runs the repost or its undo; null when the user cancelled. Rejects as items.act does. */
export async function guardedRepost(
  item: ColumnItem,
  action: 'repost' | 'unrepost',
  accounts: readonly AccountSummary[],
): Promise<{ changed: ColumnItem; as: AccountSummary } | null> {
  const receiving = accounts.find((account) => account.id === item.accountId);
  if (!receiving) throw new Error('That account is not connected to Columns any more.');
  let acting = receiving;
  if (action === 'repost') {
    const choices = repostChoices(receiving, accounts);
    if (choices.length > 1) {
      const picked = await ask({ kind: 'repost', choices, initial: receiving.id, author: item.author.handle, text: item.text });
      const chosen = choices.find((account) => account.id === picked?.[0]);
      if (!chosen) return null;
      acting = chosen;
    }
  }
  const confirmed = await confirmFor([acting], {
    text: item.text,
    verb: action === 'repost' ? 'Repost' : 'Undo repost',
    when: 'Now.',
    reference: `${action === 'repost' ? 'A repost' : 'Undoing the repost'} of @${item.author.handle}’s post.`,
  });
  if (confirmed === null) return null;
  const changed = await getApi().call('items.act', { accountId: item.accountId, itemId: item.id, action, asAccountId: acting.id, confirmedAccountIds: confirmed });
  return { changed, as: acting };
}
