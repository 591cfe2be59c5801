import type { Migration } from '../migration';

// The audit trail of corporate confirmations (issue 11): every time someone confirmed, in large
// type, that an account which asks for it may publish (or repost, or move a post), which path it
// came through, and the posts it covered. Keyed by network and account id so a removed account's
// trail stays readable, and Bluesky can join later.
export const m010Confirmations: Migration = {
  version: 10,
  name: 'confirmations',
  up(db) {
    db.exec(`
      CREATE TABLE confirmations (
        id TEXT PRIMARY KEY,
        network TEXT NOT NULL,
        account_id TEXT NOT NULL,
        handle TEXT NOT NULL,
        path TEXT NOT NULL,
        subjects TEXT NOT NULL CHECK (json_valid(subjects)),
        summary TEXT NOT NULL,
        confirmed_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX confirmations_by_account ON confirmations (network, account_id, confirmed_at DESC);
    `);
  },
};
