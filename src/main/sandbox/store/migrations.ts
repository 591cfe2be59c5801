// The sandbox keeps its own SQLite file, so a training session survives a restart.
import { defineMigrationSet, type Migration } from '../../core/db/migration';

const m001Schema: Migration = {
  version: 1,
  name: 'sandbox schema',
  up(db) {
    db.exec(`
      CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        location TEXT,
        url TEXT,
        profile_image_url TEXT NOT NULL,
        verified INTEGER NOT NULL DEFAULT 0,
        protected INTEGER NOT NULL DEFAULT 0,
        kind TEXT NOT NULL CHECK (kind IN ('corporate', 'personal', 'community')),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE posts (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL REFERENCES users (id),
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        conversation_id TEXT NOT NULL,
        in_reply_to_post_id TEXT,
        in_reply_to_user_id TEXT,
        quoted_post_id TEXT,
        repost_of_id TEXT,
        media_keys TEXT NOT NULL DEFAULT '[]',
        poll TEXT,
        hidden INTEGER NOT NULL DEFAULT 0,
        lang TEXT NOT NULL DEFAULT 'en',
        source TEXT NOT NULL CHECK (source IN ('api', 'simulation', 'seed')),
        deleted_at TEXT
      ) STRICT;
      CREATE INDEX posts_by_author ON posts (author_id, id);
      CREATE INDEX posts_by_conversation ON posts (conversation_id, id);
      CREATE UNIQUE INDEX one_repost_per_user ON posts (author_id, repost_of_id) WHERE repost_of_id IS NOT NULL AND deleted_at IS NULL;

      CREATE TABLE post_mentions (
        post_id TEXT NOT NULL REFERENCES posts (id),
        user_id TEXT NOT NULL REFERENCES users (id),
        PRIMARY KEY (user_id, post_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE likes (
        user_id TEXT NOT NULL REFERENCES users (id),
        post_id TEXT NOT NULL REFERENCES posts (id),
        created_at TEXT NOT NULL,
        PRIMARY KEY (user_id, post_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX likes_by_post ON likes (post_id);

      CREATE TABLE follows (
        user_id TEXT NOT NULL REFERENCES users (id),
        target_id TEXT NOT NULL REFERENCES users (id),
        PRIMARY KEY (user_id, target_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE mutes (
        user_id TEXT NOT NULL REFERENCES users (id),
        target_id TEXT NOT NULL REFERENCES users (id),
        PRIMARY KEY (user_id, target_id)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE media (
        id TEXT PRIMARY KEY,
        media_key TEXT NOT NULL UNIQUE,
        owner_id TEXT NOT NULL REFERENCES users (id),
        type TEXT NOT NULL CHECK (type IN ('photo', 'animated_gif', 'video')),
        mime_type TEXT NOT NULL,
        category TEXT NOT NULL,
        total_bytes INTEGER NOT NULL,
        received_bytes INTEGER NOT NULL DEFAULT 0,
        segments INTEGER NOT NULL DEFAULT 0,
        width INTEGER,
        height INTEGER,
        duration_ms INTEGER,
        alt_text TEXT,
        state TEXT NOT NULL CHECK (state IN ('initialized', 'pending', 'in_progress', 'succeeded', 'failed')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE oauth_codes (
        code_hash TEXT PRIMARY KEY,
        client_id TEXT NOT NULL,
        user_id TEXT NOT NULL REFERENCES users (id),
        redirect_uri TEXT NOT NULL,
        code_challenge TEXT NOT NULL,
        code_challenge_method TEXT NOT NULL,
        scope TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
      ) STRICT;

      -- Only hashes of tokens are stored; a leaked sandbox file leaks no usable token.
      CREATE TABLE oauth_tokens (
        token_hash TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('access', 'refresh')),
        user_id TEXT NOT NULL REFERENCES users (id),
        client_id TEXT NOT NULL,
        scope TEXT NOT NULL,
        grant_id TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX oauth_tokens_by_user ON oauth_tokens (user_id);
      CREATE INDEX oauth_tokens_by_grant ON oauth_tokens (grant_id);

      CREATE TABLE usage (
        id INTEGER PRIMARY KEY,
        user_id TEXT,
        client_id TEXT NOT NULL,
        endpoint TEXT NOT NULL,
        item TEXT NOT NULL,
        units INTEGER NOT NULL,
        cost_micros INTEGER NOT NULL,
        at TEXT NOT NULL
      ) STRICT;
    `);
  },
};

// public_metrics counts a post's replies, quotes and reposts on every render; without these each
// count scanned the whole posts table (a search page of 100 posts over 10k stored ones: 300 scans).
const m002MetricIndexes: Migration = {
  version: 2,
  name: 'indexes for reply, quote and repost counts',
  up(db) {
    db.exec(`
      CREATE INDEX posts_by_reply_target ON posts (in_reply_to_post_id) WHERE in_reply_to_post_id IS NOT NULL;
      CREATE INDEX posts_by_quoted ON posts (quoted_post_id) WHERE quoted_post_id IS NOT NULL;
      CREATE INDEX posts_by_repost_of ON posts (repost_of_id) WHERE repost_of_id IS NOT NULL;
    `);
  },
};

export const SANDBOX_MIGRATIONS = defineMigrationSet('the Columns sandbox', [m001Schema, m002MetricIndexes]);
