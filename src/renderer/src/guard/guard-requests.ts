// What the guard dialogs are asked to show, as one small store: any code (a hook, a promise chain)
// asks and awaits the user's answer; <GuardHost> (mounted once in App) shows the dialog. Core
// decides which accounts need confirming (confirmations.required); the renderer only shows it.
import type { AccountSummary } from '../../../shared/accounts';
import type { CsvConfirmationNeed } from '../../../shared/schedule';
import { getApi } from '../api';

/** One account's confirmation in large type: what it will say (or repost), shown as a post would be. */
export interface SingleConfirmation {
  kind: 'single';
  accounts: AccountSummary[];
  text: string;
  /** "Repost", "Move", "Undo repost": the verb on each account's button. */
  verb: string;
  when: string;
  reference: string | null;
}

/** One confirmation per account covering a batch (a CSV file), listing every post it covers. */
export interface BatchConfirmation {
  kind: 'batch';
  needs: { account: AccountSummary; posts: CsvConfirmationNeed['posts'] }[];
  verb: string;
}

/** TweetDeck's repost dialog: which connected account reposts. */
export interface RepostChoice {
  kind: 'repost';
  choices: AccountSummary[];
  initial: string;
  author: string;
  text: string;
}

export type GuardRequest = SingleConfirmation | BatchConfirmation | RepostChoice;
type Pending = { request: GuardRequest; resolve: (answer: string[] | null) => void; returnFocus: HTMLElement | null };

let pending: Pending | null = null;
const listeners = new Set<() => void>();
const emit = (): void => listeners.forEach((listener) => listener());

export const guardStore = {
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: (): Pending | null => pending,
  answer(answer: string[] | null): void {
    const done = pending;
    pending = null;
    emit();
    // Focus goes back where the user was (a card, a calendar block), as when any dialog closes.
    // After the modal has gone: while it is open the rest of the page is inert.
    const back = done?.returnFocus;
    requestAnimationFrame(() => {
      if (back?.isConnected && !document.querySelector('dialog[open]')) back.focus();
    });
    done?.resolve(answer);
  },
};

/** Shows the request; resolves with the confirmed (or picked) account ids, or null when cancelled. */
export function ask(request: GuardRequest): Promise<string[] | null> {
  pending?.resolve(null);
  return new Promise((resolve) => {
    const active = document.activeElement;
    pending = { request, resolve, returnFocus: active instanceof HTMLElement && active !== document.body ? active : null };
    emit();
  });
}

/** Which of these accounts ask for the large-type confirmation, as core answers (the composer may use it too). */
export async function askingAccounts<A extends AccountSummary>(accounts: readonly A[]): Promise<A[]> {
  if (accounts.length === 0) return [];
  const needs = await getApi().call('confirmations.required', { accountIds: accounts.map((account) => account.id) });
  return accounts.filter((account) => needs.some((need) => need.accountId === account.id));
}

/**
 * The confirmed ids for an action as these accounts: [] when core says none of them asks, the
 * user's confirmation when some do, null when the user cancelled.
 */
export async function confirmFor(accounts: readonly AccountSummary[], show: Omit<SingleConfirmation, 'kind' | 'accounts'>): Promise<string[] | null> {
  const asking = await askingAccounts(accounts);
  if (asking.length === 0) return [];
  return ask({ kind: 'single', accounts: asking, ...show });
}
