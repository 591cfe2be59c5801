// The confirmation decision, as a pure function: which accounts ask to be confirmed before they
// act, and which of those the user has not confirmed for this action. Every publishing path asks
// this (through confirmations/service.ts); nothing else decides it.
import type { AccountSummary } from '../../../shared/accounts';
import type { GuardedPath } from '../../../shared/guard';

/** Accounts (once each, in order) that ask for the large-type confirmation before acting. */
export function asking(accounts: readonly AccountSummary[]): AccountSummary[] {
  const seen = new Set<string>();
  return accounts.filter((account) => account.confirmBeforePosting && !seen.has(account.id) && seen.add(account.id));
}

/** The asking accounts the user did not confirm: the action must not go ahead while any remain. */
export function unconfirmed(accounts: readonly AccountSummary[], confirmedAccountIds: readonly string[]): AccountSummary[] {
  return asking(accounts).filter((account) => !confirmedAccountIds.includes(account.id));
}

const ACTS: Record<GuardedPath, string> = {
  composer: 'posting',
  repost: 'reposting',
  unrepost: 'undoing a repost',
  csv_import: 'scheduling posts from a CSV file',
  calendar_move: 'moving a post',
  reschedule: 'rescheduling a post',
  edit: 'changing a post that will go out',
  post_now: 'posting a held post now',
  retry: 'retrying a failed post',
  chat_post: 'posting',
  chat_schedule: 'scheduling a chat',
  cli_post: 'posting',
  cli_import: 'scheduling posts from a CSV file',
};

const HOW: Partial<Record<GuardedPath, (handle: string) => string>> = {
  cli_import: (handle) => `run the import again with --confirm @${handle}`,
  cli_post: (handle) => `name it with --as @${handle}`,
};

/** Why the action was refused, naming the account and what would confirm it. */
export function refusal(path: GuardedPath, missing: readonly AccountSummary[]): string {
  const handles = missing.map((account) => `@${account.handle}`).join(', ');
  const first = missing[0]?.handle ?? '';
  const how = HOW[path]?.(first) ?? `confirm in the large-type dialog showing @${first} first`;
  return `${handles} ${missing.length > 1 ? 'ask' : 'asks'} for confirmation before ${ACTS[path]}: ${how}.`;
}
