import type { Migration } from '../migration';

// A chat keeps what moderation did to each of its posts, so a post hidden or marked handled during
// the chat stays so once the chat's column is gone (the item cache may no longer hold it). NULL: not
// seen by the live feed yet. `deleted`: the post is gone from X.
export const m012ChatPostModeration: Migration = {
  version: 12,
  name: 'chat-post-moderation',
  up(db) {
    db.exec(`
      ALTER TABLE chat_posts ADD COLUMN hidden INTEGER CHECK (hidden IN (0, 1));
      ALTER TABLE chat_posts ADD COLUMN handled INTEGER CHECK (handled IN (0, 1));
      ALTER TABLE chat_posts ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1));
    `);
  },
};
