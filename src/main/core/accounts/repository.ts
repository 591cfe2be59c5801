import type { Database } from 'better-sqlite3';
import type { AccountSummary } from '../../../shared/contract';

interface AccountRow {
  id: string;
  network: 'x';
  handle: string;
  display_name: string;
  kind: AccountSummary['kind'];
  colour: string;
  avatar_url: string | null;
  status: AccountSummary['status'];
}

export class AccountsRepository {
  readonly #list;

  constructor(db: Database) {
    this.#list = db.prepare<[], AccountRow>(
      `SELECT id, network, handle, display_name, kind, colour, avatar_url, status
       FROM accounts ORDER BY position, created_at`,
    );
  }

  list(): AccountSummary[] {
    return this.#list.all().map((row) => ({
      id: row.id,
      network: row.network,
      handle: row.handle,
      displayName: row.display_name,
      kind: row.kind,
      colour: row.colour,
      avatarUrl: row.avatar_url,
      status: row.status,
    }));
  }
}
