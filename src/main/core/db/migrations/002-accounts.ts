import type { Migration } from '../migration';

// Account metadata only: tokens live in the OS keychain under `<network>:<user_id>` (DESIGN rule 3).
export const m002Accounts: Migration = {
  version: 2,
  name: 'accounts',
  up(db) {
    db.exec(`
      CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        network TEXT NOT NULL CHECK (network IN ('x')),
        user_id TEXT NOT NULL,
        handle TEXT NOT NULL,
        display_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('corporate', 'personal')),
        colour TEXT NOT NULL,
        avatar_url TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'needs_reauth')),
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        UNIQUE (network, user_id)
      ) STRICT;
    `);
  },
};
