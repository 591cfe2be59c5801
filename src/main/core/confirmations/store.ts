// The confirmations table (migration 010): the audit trail, written once per confirmed account per
// action, never changed.
import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import type { ConfirmationRecord, GuardedPath } from '../../../shared/guard';

interface Row {
  id: string;
  network: 'x';
  account_id: string;
  handle: string;
  path: GuardedPath;
  subjects: string;
  summary: string;
  confirmed_at: string;
}

const toRecord = (row: Row): ConfirmationRecord => ({
  id: row.id,
  network: row.network,
  accountId: row.account_id,
  handle: row.handle,
  path: row.path,
  subjects: JSON.parse(row.subjects) as string[],
  summary: row.summary,
  confirmedAt: row.confirmed_at,
});

export class ConfirmationsStore {
  readonly #insert: Statement<[string, string, string, string, string, string, string, string]>;
  readonly #all: Statement<[number], Row>;
  readonly #byAccount: Statement<[string, number], Row>;

  constructor(db: Database) {
    this.#insert = db.prepare(
      'INSERT INTO confirmations (id, network, account_id, handle, path, subjects, summary, confirmed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.#all = db.prepare('SELECT * FROM confirmations ORDER BY confirmed_at DESC, rowid DESC LIMIT ?');
    this.#byAccount = db.prepare("SELECT * FROM confirmations WHERE network = 'x' AND account_id = ? ORDER BY confirmed_at DESC, rowid DESC LIMIT ?");
  }

  add(entry: Omit<ConfirmationRecord, 'id'>): ConfirmationRecord {
    const record = { id: randomUUID(), ...entry };
    this.#insert.run(record.id, record.network, record.accountId, record.handle, record.path, JSON.stringify(record.subjects), record.summary, record.confirmedAt);
    return record;
  }

  list(filter: { accountId?: string | undefined; limit: number }): ConfirmationRecord[] {
    const rows = filter.accountId ? this.#byAccount.all(filter.accountId, filter.limit) : this.#all.all(filter.limit);
    return rows.map(toRecord);
  }
}
