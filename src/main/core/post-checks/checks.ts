// The post checks: one list of rules every path that publishes runs (the composer through
// postChecks.run, CSV import, chats, the CLI, and queue.create for must_fix). Later governance
// rules are added to RULES; each returns findings {ruleId, severity, message, accounts, refs}.
import type { AccountSummary } from '../../../shared/accounts';
import type { PostFinding } from '../../../shared/guard';
import { AppError } from '../errors';
import { duplicateAcrossAccounts } from './duplicate-across-accounts';
import type { CheckedPost, PostCheckRule } from './rule';

export type { CheckedPost, PostCheckRule } from './rule';

export const RULES: readonly PostCheckRule[] = [duplicateAcrossAccounts];

export function runPostChecks(posts: readonly CheckedPost[], rules: readonly PostCheckRule[] = RULES): PostFinding[] {
  return rules.flatMap((rule) => rule.check(posts));
}

/** Refuses when any finding must be fixed first; returns the advice for the caller to show. */
export function enforcePostChecks(posts: readonly CheckedPost[], rules: readonly PostCheckRule[] = RULES): PostFinding[] {
  const findings = runPostChecks(posts, rules);
  const blocking = findings.find((finding) => finding.severity === 'must_fix');
  if (blocking) throw new AppError('invalid_input', blocking.message);
  return findings.filter((finding) => finding.severity === 'advice');
}

/** postChecks.run: the contract's input, with account ids looked up. */
export function checkByAccountId(accounts: readonly AccountSummary[], posts: readonly { accountId: string; texts: readonly string[] }[]): PostFinding[] {
  const known = new Map(accounts.map((account) => [account.id, account]));
  return runPostChecks(
    posts.map((post) => {
      const account = known.get(post.accountId);
      if (!account) throw new AppError('invalid_input', 'One of the accounts is not connected to Columns any more (it may have been removed).');
      return { account, texts: post.texts };
    }),
  );
}
