import type { AccountSummary } from '../../../shared/contract';

/** The account a post belongs to; undefined once the account has been removed. */
export function accountById(accounts: readonly AccountSummary[], id: string): AccountSummary | undefined {
  return accounts.find((account) => account.id === id);
}
