import type { Migration } from '../migration';

// Tweet chats:
// - chats: a chat's plan (JSON, as ChatPlan) and state; the ids of its queued posts (welcome, Q1…Qn,
//   closing) and its hashtag column. No foreign key to accounts or columns: a chat and its
//   transcript outlive the host account's removal.
// - chat_posts: every post the chat's column received, copied (the transcript is readable offline
//   whatever happens to the item cache), in creation order by sort_key.
// - chat_templates: reusable plans (everything but the start and the host).
export const m007Chats: Migration = {
  version: 7,
  name: 'chats',
  up(db) {
    db.exec(`
      CREATE TABLE chats (
        id TEXT PRIMARY KEY,
        plan TEXT NOT NULL CHECK (json_valid(plan)),
        state TEXT NOT NULL CHECK (state IN ('draft', 'scheduled', 'live', 'ended', 'cancelled')),
        column_id TEXT,
        post_ids TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(post_ids)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE chat_posts (
        chat_id TEXT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
        item_id TEXT NOT NULL,
        sort_key TEXT NOT NULL,
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (chat_id, item_id)
      ) STRICT;
      CREATE INDEX chat_posts_in_order ON chat_posts (chat_id, sort_key);

      CREATE TABLE chat_templates (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        plan TEXT NOT NULL CHECK (json_valid(plan)),
        updated_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
