// Authors each account muted through Columns (SQLite). X stops sending their new posts; this keeps
// the posts already cached out of every column of that account, after a restart too.
import type { Database, Statement } from 'better-sqlite3';
import type { MutedAuthorView } from '../../../shared/columns';

export interface MutedAuthor {
  id: string;
  handle: string;
}

export class MutedAuthors {
  readonly #add: Statement<[string, string, string, string]>;
  readonly #all: Statement<[], { account_id: string; author_id: string; handle: string; muted_at: string }>;
  readonly #remove: Statement<[string, string]>;

  constructor(db: Database) {
    this.#add = db.prepare(
      `INSERT INTO muted_authors (account_id, author_id, handle, muted_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (account_id, author_id) DO UPDATE SET handle = excluded.handle`,
    );
    this.#all = db.prepare('SELECT account_id, author_id, handle, muted_at FROM muted_authors ORDER BY handle COLLATE NOCASE');
    this.#remove = db.prepare('DELETE FROM muted_authors WHERE account_id = ? AND author_id = ?');
  }

  list(): MutedAuthorView[] {
    return this.#all.all().map((row) => ({ accountId: row.account_id, authorId: row.author_id, handle: row.handle, mutedAt: row.muted_at }));
  }

  remove(accountId: string, authorId: string): boolean {
    return this.#remove.run(accountId, authorId).changes > 0;
  }

  add(accountId: string, author: MutedAuthor, now = new Date()): void {
    this.#add.run(accountId, author.id, author.handle, now.toISOString());
  }

  /** Read once per page served: who each account muted. */
  snapshot(): (accountId: string, authorId: string) => boolean {
    const byAccount = new Map<string, Set<string>>();
    for (const row of this.#all.iterate()) {
      const set = byAccount.get(row.account_id) ?? new Set<string>();
      set.add(row.author_id);
      byAccount.set(row.account_id, set);
    }
    return (accountId, authorId) => byAccount.get(accountId)?.has(authorId) ?? false;
  }
}
