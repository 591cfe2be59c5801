import type { Migration } from '../migration';

// Columns of kind 'activity' (other people's reposts of the account's posts, GET /2/users/reposts_of_me).
// SQLite cannot change a CHECK in place, so `columns` is rebuilt. column_items (which cascades
// from columns) is set aside and rebuilt around it: dropping `columns` with it still attached
// would delete every column's items, and foreign_keys cannot be switched off inside the
// migration's transaction.
export const m009ActivityColumns: Migration = {
  version: 9,
  name: 'activity-columns',
  up(db) {
    db.exec(`
      CREATE TABLE columns_next (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('home', 'mentions', 'activity', 'search', 'user', 'scheduled', 'drafts', 'sent', 'failed', 'all_mentions')),
        account_id TEXT REFERENCES accounts (id) ON DELETE CASCADE,
        query TEXT,
        title TEXT NOT NULL,
        width INTEGER NOT NULL CHECK (width BETWEEN 240 AND 800),
        position INTEGER NOT NULL,
        filters TEXT NOT NULL CHECK (json_valid(filters)),
        new_count INTEGER NOT NULL DEFAULT 0,
        last_refreshed_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO columns_next SELECT id, kind, account_id, query, title, width, position, filters, new_count, last_refreshed_at, created_at FROM columns;

      CREATE TEMP TABLE column_items_saved AS SELECT column_id, account_id, item_id, sort_key FROM column_items;
      DROP TABLE column_items;
      DROP TABLE columns;
      ALTER TABLE columns_next RENAME TO columns;

      CREATE TABLE column_items (
        column_id TEXT NOT NULL REFERENCES columns (id) ON DELETE CASCADE,
        account_id TEXT NOT NULL,
        item_id TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        PRIMARY KEY (column_id, account_id, item_id),
        FOREIGN KEY (account_id, item_id) REFERENCES items (account_id, id) ON DELETE CASCADE
      ) STRICT;
      CREATE INDEX column_items_by_sort ON column_items (column_id, sort_key DESC);
      CREATE INDEX column_items_by_item ON column_items (account_id, item_id);
      INSERT INTO column_items SELECT column_id, account_id, item_id, sort_key FROM column_items_saved;
      DROP TABLE column_items_saved;
    `);
  },
};
