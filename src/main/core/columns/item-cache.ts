// The item cache (SQLite): items per (account, post id) and which column showed them, so columns
// are served at once after a restart, offline too.
import type { Database, Statement } from 'better-sqlite3';
import { cachedItemSchema, sortKey, type CachedItem } from './cached-item';

export interface CachedRow {
  accountId: string;
  item: CachedItem;
  handled: boolean;
  /** Liked / reposted as this account through Columns. */
  liked: boolean;
  reposted: boolean;
}

/** The local marks on a row, each set or cleared by an action. */
export type Mark = 'handled' | 'liked' | 'reposted';

interface Row {
  account_id: string;
  data: string;
  handled: number;
  liked: number;
  reposted: number;
  sort_key: string;
}

export class ItemCache {
  readonly #upsert: Statement<[string, string, string, string, string]>;
  readonly #ingestOne: Statement<[string, string, string, string, string]>;
  readonly #member: Statement<[string, string, string, string]>;
  readonly #root: Statement<[string, string]>;
  readonly #page: Statement<[string, string, number], Row>;
  readonly #get: Statement<[string, string], Row>;
  readonly #marks: Record<Mark, Statement<[number, string, string]>>;
  readonly #rootOf: Statement<[string], string>;

  constructor(private readonly db: Database) {
    this.#upsert = db.prepare(
      `INSERT INTO items (account_id, id, sort_key, author_handle, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account_id, id) DO UPDATE SET data = excluded.data, author_handle = excluded.author_handle`,
    );
    // X's post objects never say a reply is hidden (only the hide call does): a poll that reads a
    // post again keeps the hidden mark the account's own hide recorded (put() changes it).
    this.#ingestOne = db.prepare(
      `INSERT INTO items (account_id, id, sort_key, author_handle, data) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (account_id, id) DO UPDATE SET
         data = CASE WHEN json_extract(items.data, '$.hidden') = 1 THEN json_set(excluded.data, '$.hidden', json('true')) ELSE excluded.data END,
         author_handle = excluded.author_handle`,
    );
    this.#member = db.prepare('INSERT OR IGNORE INTO column_items (column_id, account_id, item_id, sort_key) VALUES (?, ?, ?, ?)');
    this.#root = db.prepare('INSERT OR IGNORE INTO conversation_roots (conversation_id, author_id) VALUES (?, ?)');
    this.#page = db.prepare(
      `SELECT i.account_id, i.data, i.handled, i.liked, i.reposted, c.sort_key FROM column_items c
       JOIN items i ON i.account_id = c.account_id AND i.id = c.item_id
       WHERE c.column_id = ? AND c.sort_key < ? ORDER BY c.sort_key DESC LIMIT ?`,
    );
    this.#get = db.prepare('SELECT account_id, data, handled, liked, reposted, sort_key FROM items WHERE account_id = ? AND id = ?');
    // Column names cannot be parameters: one fixed statement per mark.
    this.#marks = {
      handled: db.prepare('UPDATE items SET handled = ? WHERE account_id = ? AND id = ?'),
      liked: db.prepare('UPDATE items SET liked = ? WHERE account_id = ? AND id = ?'),
      reposted: db.prepare('UPDATE items SET reposted = ? WHERE account_id = ? AND id = ?'),
    };
    this.#rootOf = db.prepare<[string], string>('SELECT author_id FROM conversation_roots WHERE conversation_id = ?').pluck();
  }

  /**
   * Stores items one account received and adds them to the given columns, in one transaction.
   * Answers how many items each column did not have before (its "N new").
   */
  ingest(accountId: string, items: readonly CachedItem[], columnIds: readonly string[]): Map<string, number> {
    const added = new Map<string, number>(columnIds.map((id) => [id, 0]));
    this.db.transaction(() => {
      for (const item of items) {
        const key = sortKey(item.createdAt, item.id);
        this.#ingestOne.run(accountId, item.id, key, item.author.handle, JSON.stringify(item));
        if (item.id === item.conversationId) this.#root.run(item.conversationId, item.author.id);
        else if (item.replyToId === item.conversationId && item.inReplyToUserId) this.#root.run(item.conversationId, item.inReplyToUserId);
        for (const columnId of columnIds) {
          if (this.#member.run(columnId, accountId, item.id, key).changes > 0) added.set(columnId, (added.get(columnId) ?? 0) + 1);
        }
      }
    })();
    return added;
  }

  /**
   * Newest first from `cursor` (exclusive), keeping only what `keep` accepts; scans in batches so a
   * strict filter still fills the page. The cursor is the last scanned position.
   */
  page(columnId: string, cursor: string | undefined, limit: number, keep: (row: CachedRow) => boolean): { rows: CachedRow[]; cursor: string | null } {
    const rows: CachedRow[] = [];
    let position = cursor ?? '\uffff';
    const batch = Math.max(limit * 2, 100);
    for (;;) {
      const found = this.#page.all(columnId, position, batch);
      for (const row of found) {
        position = row.sort_key;
        const parsed = parse(row);
        if (parsed && keep(parsed)) rows.push(parsed);
        if (rows.length === limit) return { rows, cursor: position };
      }
      if (found.length < batch) return { rows, cursor: null };
    }
  }

  /** A column joining a request another column already polls starts with what that one has. */
  copyMembership(fromColumnId: string, toColumnId: string, accountId: string): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO column_items (column_id, account_id, item_id, sort_key)
         SELECT ?, account_id, item_id, sort_key FROM column_items WHERE column_id = ? AND account_id = ?`,
      )
      .run(toColumnId, fromColumnId, accountId);
  }

  get(accountId: string, id: string): CachedRow | null {
    const row = this.#get.get(accountId, id);
    return row ? parse(row) : null;
  }

  put(accountId: string, item: CachedItem): void {
    this.#upsert.run(accountId, item.id, sortKey(item.createdAt, item.id), item.author.handle, JSON.stringify(item));
  }

  setMark(accountId: string, id: string, mark: Mark, on: boolean): void {
    this.#marks[mark].run(on ? 1 : 0, accountId, id);
  }

  conversationRoot(conversationId: string): string | null {
    return this.#rootOf.get(conversationId) ?? null;
  }
}

function parse(row: Row): CachedRow | null {
  const result = cachedItemSchema.safeParse(JSON.parse(row.data));
  return result.success
    ? { accountId: row.account_id, item: result.data, handled: row.handled === 1, liked: row.liked === 1, reposted: row.reposted === 1 }
    : null;
}
