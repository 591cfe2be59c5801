// A live account and a training account can never be selected together in one post: the training
// sandbox must never be mistaken for X, nor X for practice. Pure, so the composer, the scheduler and
// (if moved to src/shared) the core's publisher can all ask the same question.
import type { AccountSummary } from '../../../shared/contract';

export type PostingMix = 'none' | 'live' | 'training' | 'mixed';

/** What a selection of accounts is made of. */
export function postingMixOf(accounts: readonly Pick<AccountSummary, 'training'>[]): PostingMix {
  if (accounts.length === 0) return 'none';
  const training = accounts.filter((account) => account.training).length;
  if (training === 0) return 'live';
  return training === accounts.length ? 'training' : 'mixed';
}

/** Whether these accounts may be selected together in one post (all live, or all training). */
export function canPostTogether(accounts: readonly Pick<AccountSummary, 'training'>[]): boolean {
  return postingMixOf(accounts) !== 'mixed';
}

export const MIXED_SELECTION_MESSAGE =
  'A training account and a live X account cannot post together. Choose only training accounts, or only live ones.';
