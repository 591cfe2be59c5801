import type { Migration } from '../migration';

// The post queue (DESIGN rule 4). One row per post per account; its parts (one, or a thread) with
// the X id each part got the moment it went out, so a crash resumes mid-thread; and every state
// change in post_transitions, written in the same transaction as the change.
//
// account_id has no foreign key on purpose: removing an account deletes its row, yet a person who
// chose "keep" must keep its posts (held), and the queue must still know whose they were to apply
// the choice recorded in account_removals. The queue checks the account exists before it posts.
//
// missed_after = due_at + grace: the instant past which a post that has not gone out is missed and
// held, kept as a column so the scheduler finds them with one indexed range scan.
export const m004Queue: Migration = {
  version: 4,
  name: 'queue',
  up(db) {
    db.exec(`
      CREATE TABLE posts (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        account_id TEXT NOT NULL,
        account_handle TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('draft', 'scheduled', 'sending', 'sent', 'failed', 'missed', 'held')),
        due_at TEXT,
        zone TEXT NOT NULL,
        grace_minutes INTEGER NOT NULL CHECK (grace_minutes >= 0),
        missed_after TEXT,
        reply_to_id TEXT,
        quote_of_id TEXT,
        group_id TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        verify_before_send INTEGER NOT NULL DEFAULT 0 CHECK (verify_before_send IN (0, 1)),
        first_claimed_at TEXT,
        last_error_code TEXT,
        last_error_message TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (state = 'draft' OR due_at IS NOT NULL)
      ) STRICT;

      CREATE TABLE post_parts (
        post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL CHECK (idx >= 0),
        text TEXT NOT NULL,
        media_ids TEXT NOT NULL DEFAULT '[]',
        remote_id TEXT,
        PRIMARY KEY (post_id, idx)
      ) STRICT;

      CREATE TABLE post_transitions (
        id INTEGER PRIMARY KEY,
        post_id TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
        from_state TEXT,
        to_state TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT
      ) STRICT;

      -- The one process allowed to publish from this data folder (app or CLI): pid and a heartbeat.
      CREATE TABLE publisher_lock (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        owner TEXT NOT NULL,
        pid INTEGER NOT NULL,
        heartbeat_at TEXT NOT NULL
      ) STRICT;

      -- The scheduler: each account's next post in due order, and what passed its grace window.
      CREATE INDEX posts_due ON posts (state, account_id, due_at, seq);
      CREATE INDEX posts_missed ON posts (state, missed_after);
      CREATE INDEX post_transitions_post ON post_transitions (post_id, id);
      CREATE INDEX post_parts_remote ON post_parts (remote_id) WHERE remote_id IS NOT NULL;
    `);
  },
};
