import type { Migration } from '../migration';

// Per-account settings (training, confirm before posting, alt text required), the granted scope and
// updated_at. The table is rebuilt because a training-sandbox account and a live X account are
// different accounts even if their user ids coincide: uniqueness becomes (network, training, user_id).
// Corporate accounts default to confirm-before-posting and required alt text.
//
// account_removals records what the user chose for an account's queued posts when removing it. The
// queue arrives in a later migration; it applies each pending choice ('keep': the posts stay, held
// without an account; 'delete': they go) and stamps applied_at.
export const m003AccountSettings: Migration = {
  version: 3,
  name: 'account-settings',
  up(db) {
    db.exec(`
      CREATE TABLE accounts_v3 (
        id TEXT PRIMARY KEY,
        network TEXT NOT NULL CHECK (network IN ('x')),
        user_id TEXT NOT NULL,
        training INTEGER NOT NULL DEFAULT 0 CHECK (training IN (0, 1)),
        handle TEXT NOT NULL,
        display_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('corporate', 'personal')),
        colour TEXT NOT NULL,
        avatar_url TEXT,
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'needs_reauth')),
        confirm_before_posting INTEGER NOT NULL CHECK (confirm_before_posting IN (0, 1)),
        require_alt_text INTEGER NOT NULL CHECK (require_alt_text IN (0, 1)),
        scope TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (network, training, user_id)
      ) STRICT;

      INSERT INTO accounts_v3 (id, network, user_id, training, handle, display_name, kind, colour, avatar_url, status,
                               confirm_before_posting, require_alt_text, scope, position, created_at, updated_at)
      SELECT id, network, user_id, 0, handle, display_name, kind, colour, avatar_url, status,
             kind = 'corporate', kind = 'corporate', '', position, created_at, created_at
      FROM accounts;

      DROP TABLE accounts;
      ALTER TABLE accounts_v3 RENAME TO accounts;

      CREATE TABLE account_removals (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL,
        network TEXT NOT NULL,
        user_id TEXT NOT NULL,
        training INTEGER NOT NULL CHECK (training IN (0, 1)),
        handle TEXT NOT NULL,
        queued_posts TEXT NOT NULL CHECK (queued_posts IN ('keep', 'delete')),
        revoked INTEGER NOT NULL CHECK (revoked IN (0, 1)),
        removed_at TEXT NOT NULL,
        applied_at TEXT
      ) STRICT;
    `);
  },
};
