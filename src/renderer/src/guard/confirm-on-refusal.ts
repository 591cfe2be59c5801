// For calls whose need for confirmation only core can tell in advance (a scheduled chat's plan
// change moves its posts, or not): try without; when core refuses for want of confirmation,
// confirm in large type and try again. Null when the user cancelled.
import type { AccountSummary } from '../../../shared/accounts';
import { ApiError, getApi } from '../api';
import { confirmFor, type SingleConfirmation } from './guard-requests';

export async function confirmOnRefusal<T>(
  accounts: readonly AccountSummary[],
  show: Omit<SingleConfirmation, 'kind' | 'accounts'>,
  call: (confirmedAccountIds: string[]) => Promise<T>,
): Promise<T | null> {
  try {
    return await call([]);
  } catch (cause) {
    if (!(cause instanceof ApiError && cause.code === 'confirmation_required')) throw cause;
    const confirmed = await confirmFor(accounts, show);
    return confirmed === null ? null : call(confirmed);
  }
}

/** Confirms as the post's account when core says it asks (looked up by id), then calls; null when cancelled. */
export async function confirmAsAccount<T>(accountId: string, show: Omit<SingleConfirmation, 'kind' | 'accounts'>, call: (confirmedAccountIds: string[]) => Promise<T>): Promise<T | null> {
  const account = (await getApi().call('accounts.list', {})).find((candidate) => candidate.id === accountId);
  const confirmed = await confirmFor(account ? [account] : [], show);
  return confirmed === null ? null : call(confirmed);
}
