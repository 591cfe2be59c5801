// Account metadata in SQLite (tokens live in the keychain, vault/token-store.ts). Same X user
// connected again is the same row: (network, training, user_id) is unique.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { AccountKind, AccountStatus, AccountSummary } from '../../../shared/accounts';

interface AccountRow {
  id: string;
  network: 'x';
  user_id: string;
  training: 0 | 1;
  handle: string;
  display_name: string;
  kind: AccountKind;
  colour: string;
  avatar_url: string | null;
  status: AccountStatus;
  confirm_before_posting: 0 | 1;
  require_alt_text: 0 | 1;
}

const COLUMNS = `id, network, user_id, training, handle, display_name, kind, colour, avatar_url, status,
  confirm_before_posting, require_alt_text`;

// The keychain is where Columns keeps the sign-in; a token X refused and one that is gone both end
// as "not there any more" from the person's side, so one sentence says it, without blaming X.
export const LOST_SIGN_IN_NOTE = "Columns can no longer find this account's sign-in in the keychain. Nothing posts from it until you reconnect.";

function toSummary(row: AccountRow): AccountSummary {
  return {
    id: row.id,
    network: row.network,
    userId: row.user_id,
    handle: row.handle,
    displayName: row.display_name,
    kind: row.kind,
    colour: row.colour,
    avatarUrl: row.avatar_url,
    status: row.status,
    statusNote: row.status === 'needs_reauth' ? LOST_SIGN_IN_NOTE : null,
    training: row.training === 1,
    confirmBeforePosting: row.confirm_before_posting === 1,
    requireAltText: row.require_alt_text === 1,
  };
}

/** Who the person signed in as, and what X granted. */
export interface ConnectedIdentity {
  userId: string;
  handle: string;
  displayName: string;
  avatarUrl: string | null;
  training: boolean;
  scope: string[];
}

export interface NewAccountDefaults {
  kind: AccountKind;
  colour: string;
}

export interface AccountSettingsPatch {
  kind?: AccountKind;
  colour?: string;
  confirmBeforePosting?: boolean;
  requireAltText?: boolean;
}

export interface RemovalRecord {
  account: AccountSummary;
  queuedPosts: 'keep' | 'delete';
  revoked: boolean;
}

const bit = (value: boolean): 0 | 1 => (value ? 1 : 0);

export class AccountsRepository {
  readonly #db: Database;
  readonly #list;
  readonly #get;
  readonly #byUser;

  constructor(db: Database) {
    this.#db = db;
    this.#list = db.prepare<[], AccountRow>(`SELECT ${COLUMNS} FROM accounts ORDER BY position, created_at`);
    this.#get = db.prepare<[string], AccountRow>(`SELECT ${COLUMNS} FROM accounts WHERE id = ?`);
    this.#byUser = db.prepare<[string, number, string], AccountRow>(
      `SELECT ${COLUMNS} FROM accounts WHERE network = ? AND training = ? AND user_id = ?`,
    );
  }

  list(): AccountSummary[] {
    return this.#list.all().map(toSummary);
  }

  get(id: string): AccountSummary | null {
    const row = this.#get.get(id);
    return row ? toSummary(row) : null;
  }

  findByUser(training: boolean, userId: string): AccountSummary | null {
    const row = this.#byUser.get('x', bit(training), userId);
    return row ? toSummary(row) : null;
  }

  /**
   * Inserts a new account, or refreshes the identity of the one this X user already is (a
   * reconnect: needs_reauth is cleared, the user's own settings are kept).
   */
  upsertConnected(identity: ConnectedIdentity, defaults: NewAccountDefaults, now: Date = new Date()): AccountSummary {
    const at = now.toISOString();
    return this.#db.transaction(() => {
      const existing = this.findByUser(identity.training, identity.userId);
      if (existing) {
        this.#db
          .prepare(
            `UPDATE accounts SET handle = ?, display_name = ?, avatar_url = ?, scope = ?, status = 'active', updated_at = ? WHERE id = ?`,
          )
          .run(identity.handle, identity.displayName, identity.avatarUrl, identity.scope.join(' '), at, existing.id);
        return this.get(existing.id) as AccountSummary;
      }
      const id = randomUUID();
      const position = (this.#db.prepare('SELECT coalesce(max(position) + 1, 0) FROM accounts').pluck().get() as number) ?? 0;
      const corporate = defaults.kind === 'corporate';
      this.#db
        .prepare(
          `INSERT INTO accounts (id, network, user_id, training, handle, display_name, kind, colour, avatar_url, status,
             confirm_before_posting, require_alt_text, scope, position, created_at, updated_at)
           VALUES (?, 'x', ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, identity.userId, bit(identity.training), identity.handle, identity.displayName, defaults.kind, defaults.colour,
          identity.avatarUrl, bit(corporate), bit(corporate), identity.scope.join(' '), position, at, at);
      return this.get(id) as AccountSummary;
    })();
  }

  updateSettings(id: string, patch: AccountSettingsPatch, now: Date = new Date()): AccountSummary | null {
    const columns: Record<string, string | number | undefined> = {
      kind: patch.kind,
      colour: patch.colour?.toLowerCase(),
      confirm_before_posting: patch.confirmBeforePosting === undefined ? undefined : bit(patch.confirmBeforePosting),
      require_alt_text: patch.requireAltText === undefined ? undefined : bit(patch.requireAltText),
    };
    const changed = Object.entries(columns).filter((entry): entry is [string, string | number] => entry[1] !== undefined);
    const sets = changed.map(([column]) => `${column} = ?`);
    const values: (string | number)[] = changed.map(([, value]) => value);
    sets.push('updated_at = ?');
    values.push(now.toISOString());
    this.#db.prepare(`UPDATE accounts SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
    return this.get(id);
  }

  /** True when the status changed. */
  setStatus(id: string, status: AccountStatus, now: Date = new Date()): boolean {
    return this.#db.prepare('UPDATE accounts SET status = ?, updated_at = ? WHERE id = ? AND status <> ?').run(status, now.toISOString(), id, status).changes > 0;
  }

  /** Deletes the row and records the queued-posts choice for the queue to apply, in one transaction. */
  remove({ account, queuedPosts, revoked }: RemovalRecord, now: Date = new Date()): void {
    this.#db.transaction(() => {
      this.#db
        .prepare(
          `INSERT INTO account_removals (account_id, network, user_id, training, handle, queued_posts, revoked, removed_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(account.id, account.network, account.userId, bit(account.training), account.handle, queuedPosts, bit(revoked), now.toISOString());
      this.#db.prepare('DELETE FROM accounts WHERE id = ?').run(account.id);
    })();
  }

  /** Delete a row just inserted when what must go with it (the keychain entry) could not be kept. */
  deleteRow(id: string): void {
    this.#db.prepare('DELETE FROM accounts WHERE id = ?').run(id);
  }

  coloursInUse(): string[] {
    return this.#db.prepare<[], string>('SELECT colour FROM accounts').pluck().all();
  }
}
