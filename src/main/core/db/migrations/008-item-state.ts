import type { Migration } from '../migration';

// What the user did to items through Columns, so it survives a restart:
// - items.liked / items.reposted: liked or reposted as the receiving account (X's timelines do not
//   say so; hidden is X's own fact and stays in the item's JSON).
// - muted_authors: authors an account muted; their cached posts are no longer listed in any column
//   of that account (X only stops sending new ones).
export const m008ItemState: Migration = {
  version: 8,
  name: 'item-state',
  up(db) {
    db.exec(`
      ALTER TABLE items ADD COLUMN liked INTEGER NOT NULL DEFAULT 0 CHECK (liked IN (0, 1));
      ALTER TABLE items ADD COLUMN reposted INTEGER NOT NULL DEFAULT 0 CHECK (reposted IN (0, 1));

      CREATE TABLE muted_authors (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        author_id TEXT NOT NULL,
        handle TEXT NOT NULL,
        muted_at TEXT NOT NULL,
        PRIMARY KEY (account_id, author_id)
      ) STRICT;
    `);
  },
};
