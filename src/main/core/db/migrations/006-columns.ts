import type { Migration } from '../migration';

// The column view's tables:
// - columns: the user's columns, in order, with their filters (JSON) and "N new" count.
// - items: posts as received by one account (the JSON a ColumnItem is built from), plus the local
//   "handled" mark; column_items says which column showed which item (newest first by sort_key).
// - conversation_roots: who started a conversation (hide reply is for the root author only).
// - request_cursors: the newest id seen per shared request (polling with since_id).
// - account_knowledge: what an earlier answer taught about an account's plan (likes excluded).
// - spend_ledger: items read per account, day and billable kind, with their cost in micro-dollars.
export const m006Columns: Migration = {
  version: 6,
  name: 'columns',
  up(db) {
    db.exec(`
      CREATE TABLE columns (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('home', 'mentions', 'search', 'user', 'scheduled', 'drafts', 'sent', 'failed', 'all_mentions')),
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

      CREATE TABLE items (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        author_handle TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        handled INTEGER NOT NULL DEFAULT 0 CHECK (handled IN (0, 1)),
        PRIMARY KEY (account_id, id)
      ) STRICT;

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

      CREATE TABLE conversation_roots (
        conversation_id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL
      ) STRICT;

      CREATE TABLE request_cursors (
        request_key TEXT PRIMARY KEY,
        newest_id TEXT NOT NULL,
        items_per_request REAL NOT NULL DEFAULT 0
      ) STRICT;

      CREATE TABLE account_knowledge (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        fact TEXT NOT NULL,
        reason TEXT NOT NULL,
        learnt_at TEXT NOT NULL,
        PRIMARY KEY (account_id, fact)
      ) STRICT;

      CREATE TABLE spend_ledger (
        account_id TEXT NOT NULL,
        day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        billable TEXT NOT NULL,
        requests INTEGER NOT NULL DEFAULT 0,
        items INTEGER NOT NULL DEFAULT 0,
        micros INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, day, billable)
      ) STRICT;
    `);
  },
};
