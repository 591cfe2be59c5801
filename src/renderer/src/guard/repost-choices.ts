// Who may repost what an account received: that account first, then the other connected accounts of
// the same network and kind (training with training, live with live: never mixed).
import type { AccountSummary } from '../../../shared/accounts';

export function repostChoices(receiving: AccountSummary, accounts: readonly AccountSummary[]): AccountSummary[] {
  return [receiving, ...accounts.filter((account) => account.id !== receiving.id && account.network === receiving.network && account.training === receiving.training)];
}
