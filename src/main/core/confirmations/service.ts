// Corporate confirmations, decided and recorded in core (issue 11). Every path that publishes or
// changes what will be published as an account opens a pass here first: the pass refuses when an
// account that asks for confirmation was not confirmed, and once the action is done it records
// which account, which path, which posts and when. One pass may cover a batch (a CSV import, a
// chat's plan): it is recorded once per account, listing every post it covered.
import type { AccountSummary } from '../../../shared/accounts';
import type { ConfirmationNeed, ConfirmationRecord, GuardedPath } from '../../../shared/guard';
import { AppError } from '../errors';
import { asking, refusal, unconfirmed } from './decide';
import type { ConfirmationsStore } from './store';

export interface ConfirmationsDeps {
  store: ConfirmationsStore;
  accounts(): AccountSummary[];
  now?: () => number;
}

export class ConfirmationPass {
  readonly #covered = new Map<string, string[]>();
  readonly #write: (pass: ConfirmationPass, covered: ReadonlyMap<string, string[]>, summary: string) => ConfirmationRecord[];
  #recorded = false;

  constructor(
    readonly path: GuardedPath,
    /** The accounts that asked and were confirmed for this action. */
    readonly confirmed: readonly AccountSummary[],
    write: (pass: ConfirmationPass, covered: ReadonlyMap<string, string[]>, summary: string) => ConfirmationRecord[],
  ) {
    this.#write = write;
  }

  /** Refuses any account here that asks but is not among those this pass confirmed (a batch's part). */
  admit(accounts: readonly AccountSummary[]): void {
    const missing = unconfirmed(accounts, this.confirmed.map((account) => account.id));
    if (missing.length > 0) throw new AppError('confirmation_required', refusal(this.path, missing));
  }

  /** Adds what the action did as `accountId` (queue post ids, an X post id) to what this pass covers. */
  cover(accountId: string, subjects: readonly string[]): void {
    if (!this.confirmed.some((account) => account.id === accountId)) return;
    this.#covered.set(accountId, [...(this.#covered.get(accountId) ?? []), ...subjects]);
  }

  /** Writes the audit trail, once: one row per confirmed account that covered something. */
  record(summary: string): ConfirmationRecord[] {
    if (this.#recorded) return [];
    this.#recorded = true;
    return this.#write(this, this.#covered, summary);
  }
}

export class Confirmations {
  readonly #d: ConfirmationsDeps;

  constructor(deps: ConfirmationsDeps) {
    this.#d = deps;
  }

  /** Which of these accounts ask to be confirmed: what the renderer asks before showing the dialog. */
  required(accountIds: readonly string[]): ConfirmationNeed[] {
    const known = new Map(this.#d.accounts().map((account) => [account.id, account]));
    const accounts = accountIds.map((id) => {
      const account = known.get(id);
      if (!account) throw new AppError('invalid_input', 'One of the accounts is not connected to Columns any more (it may have been removed).');
      return account;
    });
    return asking(accounts).map((account) => ({ accountId: account.id, network: account.network, handle: account.handle }));
  }

  /** Opens a pass for one action: throws AppError('confirmation_required') naming every unconfirmed account that asks. */
  open(path: GuardedPath, accounts: readonly AccountSummary[], confirmedAccountIds: readonly string[]): ConfirmationPass {
    const missing = unconfirmed(accounts, confirmedAccountIds);
    if (missing.length > 0) throw new AppError('confirmation_required', refusal(path, missing));
    return new ConfirmationPass(path, asking(accounts), (pass, covered, summary) => this.#write(pass, covered, summary));
  }

  list(filter: { accountId?: string | undefined; limit: number }): ConfirmationRecord[] {
    return this.#d.store.list(filter);
  }

  #write(pass: ConfirmationPass, covered: ReadonlyMap<string, string[]>, summary: string): ConfirmationRecord[] {
    const confirmedAt = new Date((this.#d.now ?? Date.now)()).toISOString();
    return pass.confirmed
      .filter((account) => (covered.get(account.id)?.length ?? 0) > 0)
      .map((account) =>
        this.#d.store.add({ network: account.network, accountId: account.id, handle: account.handle, path: pass.path, subjects: covered.get(account.id) ?? [], summary, confirmedAt }),
      );
  }
}
