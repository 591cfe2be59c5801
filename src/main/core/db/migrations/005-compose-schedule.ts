import type { Migration } from '../migration';

// The composer's and scheduler's own tables:
// - media: files the user attached, copied into <dataDir>/media/<id> (never re-read from where the
//   user picked them, so a scheduled post still has its image when the original is moved).
// - drafts: the composer's autosaved state, kept as JSON (its shape belongs to the renderer).
// - queue_slots: per-account weekly wall-clock slots for "add to queue"; they go with the account.
export const m005ComposeSchedule: Migration = {
  version: 5,
  name: 'compose-schedule',
  up(db) {
    db.exec(`
      CREATE TABLE media (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        mime_type TEXT NOT NULL CHECK (mime_type IN ('image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4')),
        kind TEXT NOT NULL CHECK (kind IN ('photo', 'animated_gif', 'video')),
        bytes INTEGER NOT NULL CHECK (bytes > 0),
        alt_text TEXT CHECK (alt_text IS NULL OR length(alt_text) <= 1000),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE drafts (
        id TEXT PRIMARY KEY,
        content TEXT NOT NULL CHECK (json_valid(content)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX drafts_by_updated ON drafts (updated_at DESC);

      CREATE TABLE queue_slots (
        account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        time TEXT NOT NULL CHECK (time GLOB '[0-2][0-9]:[0-5][0-9]'),
        created_at TEXT NOT NULL,
        PRIMARY KEY (account_id, weekday, time)
      ) STRICT;
    `);
  },
};
