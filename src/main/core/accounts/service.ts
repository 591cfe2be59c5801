// The accounts a person has connected: listing, their settings, storing a fresh connection,
// removing one, and marking one as needing to reconnect. Tokens go to the keychain, metadata to
// SQLite, always in that order, and never one without the other.
import type { AccountSummary } from '../../../shared/accounts';
import { AppError } from '../errors';
import type { Identity, TokenSet } from '../providers/provider';
import type { EventHub } from '../rpc/events';
import { describeError } from '../safe-error';
import { tokenKey, type TokenVault } from '../vault/token-store';
import { nextAccountColour } from './colours';
import type { ConnectRequest } from './connect-flow';
import type { AccountSettingsPatch, AccountsRepository } from './repository';
import type { OrganisationAccounts } from '../organisation/accounts';

export type QueuedPostsChoice = 'keep' | 'delete';

export interface Removal {
  removed: AccountSummary;
  accounts: AccountSummary[];
  queuedPosts: QueuedPostsChoice;
  /** Whether X confirmed the revocation; removal goes ahead either way. */
  revoked: boolean;
  /** Why revoking failed, for the person to act on (revoke access on x.com). */
  revokeMessage: string | null;
}

export interface AccountsServiceDeps {
  repo: AccountsRepository;
  tokens: TokenVault;
  events: EventHub;
  /** Revokes the account's sign-in at X (its provider's revoke()). */
  revoke(account: AccountSummary): Promise<void>;
  /** Drops a cached provider (after reconnect or removal). */
  forgetProvider(accountId: string): void;
  /** The organisation file's corporate accounts (organisation/accounts.ts). */
  organisation?: Pick<OrganisationAccounts, 'defaultsFor' | 'apply' | 'refuseLocked'>;
  log?: (line: string) => void;
}

export class AccountsService {
  readonly #deps: AccountsServiceDeps;
  readonly #log: (line: string) => void;

  constructor(deps: AccountsServiceDeps) {
    this.#deps = deps;
    this.#log = deps.log ?? ((line) => console.error(`[columns] ${line}`));
  }

  list(): AccountSummary[] {
    return this.#deps.repo.list();
  }

  get(id: string): AccountSummary {
    const account = this.#deps.repo.get(id);
    if (!account) throw new AppError('invalid_request', 'That account is not connected to Columns (it may have been removed).');
    return account;
  }

  update(id: string, patch: AccountSettingsPatch): AccountSummary {
    this.#deps.organisation?.refuseLocked(this.get(id), patch);
    const updated = this.#deps.repo.updateSettings(id, patch);
    if (!updated) throw new AppError('invalid_request', 'That account is not connected to Columns (it may have been removed).');
    this.#changed();
    return updated;
  }

  /** Stores a connection: keychain first, then SQLite; if SQLite fails the keychain is put back as it was. */
  async complete(request: ConnectRequest, tokens: TokenSet, identity: Identity): Promise<AccountSummary> {
    const { reconnectOf, target } = request;
    if (reconnectOf && (reconnectOf.userId !== identity.userId || reconnectOf.training !== target.training)) {
      throw new AppError(
        'invalid_request',
        `You signed in as @${identity.handle}, but Columns was reconnecting @${reconnectOf.handle}. Sign in to X as @${reconnectOf.handle} and try again.`,
      );
    }
    const key = tokenKey({ training: target.training, userId: identity.userId });
    const vault = this.#deps.tokens.vault;
    const previous = await vault.get(key);
    await this.#deps.tokens.save(key, tokens);
    let account: AccountSummary;
    try {
      const listed = this.#deps.organisation?.defaultsFor({ handle: identity.handle, training: target.training });
      account = this.#deps.repo.upsertConnected(
        { ...identity, training: target.training, scope: tokens.scope },
        { kind: listed?.kind ?? request.newAccountKind, colour: listed?.colour ?? nextAccountColour(this.#deps.repo.coloursInUse()) },
      );
      if (listed && this.#deps.organisation?.apply(reconnectOf ? null : account.id)) account = this.get(account.id);
    } catch (error) {
      await (previous === null ? vault.delete(key) : vault.set(key, previous)).catch((undo: unknown) =>
        this.#log(`could not undo a keychain write after a failed save: ${describeError(undo)}`),
      );
      throw error;
    }
    this.#deps.forgetProvider(account.id);
    this.#changed();
    return account;
  }

  /**
   * Revokes at X (best effort: a failure is reported, not blocking), deletes the keychain entry,
   * then the row, recording the queued-posts choice for the queue (see migration 003).
   */
  async remove(id: string, queuedPosts: QueuedPostsChoice): Promise<Removal> {
    const account = this.get(id);
    let revokeMessage: string | null = null;
    try {
      await this.#deps.revoke(account);
    } catch (error) {
      this.#log(`revoking @${account.handle} at X failed: ${describeError(error)}`);
      revokeMessage = `X could not be told to revoke Columns' access to @${account.handle}. Columns has forgotten the account; to be sure, remove Columns under "Connected apps" in @${account.handle}'s X settings.`;
    }
    try {
      await this.#deps.tokens.delete(tokenKey(account));
    } catch (error) {
      this.#log(`deleting @${account.handle}'s keychain entry failed: ${describeError(error)}`);
      throw new AppError('unavailable', 'Columns could not reach your system keychain to delete the sign-in, so the account was kept. Unlock your keyring and try again.');
    }
    this.#deps.repo.remove({ account, queuedPosts, revoked: revokeMessage === null });
    this.#deps.forgetProvider(id);
    const accounts = this.#changed();
    if (revokeMessage !== null) this.#deps.events.emit('app.notice', { code: 'revoke_failed', message: revokeMessage, at: new Date().toISOString() });
    return { removed: account, accounts, queuedPosts, revoked: revokeMessage === null, revokeMessage };
  }

  /** X refused the refresh token: this account waits for the person to reconnect; the others carry on. */
  markNeedsReauth(id: string, reason: string): void {
    const account = this.#deps.repo.get(id);
    if (!account) return;
    if (this.#deps.repo.setStatus(id, 'needs_reauth')) {
      this.#log(`@${account.handle} needs reconnecting: ${reason.split('\n')[0]?.slice(0, 200) ?? ''}`);
      this.#changed();
    }
  }

  /** The organisation file changed: its accounts' settings follow (see organisation/accounts.ts). */
  organisationChanged(): void {
    if (this.#deps.organisation?.apply()) this.#changed();
  }

  #changed(): AccountSummary[] {
    const accounts = this.list();
    this.#deps.events.emit('accounts.changed', accounts);
    return accounts;
  }
}

