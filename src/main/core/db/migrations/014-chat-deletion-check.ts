import type { Migration } from '../migration';

// When an ended chat's kept posts were last looked up on X to find those deleted since they were
// read (chat/deletions.ts). NULL: not yet. One batched read per 100 posts, once per chat: a chat
// that was checked is never looked up again, so reports and exports after it cost nothing.
export const m014ChatDeletionCheck: Migration = {
  version: 14,
  name: 'chat-deletion-check',
  up(db) {
    db.exec('ALTER TABLE chats ADD COLUMN deletions_checked_at TEXT;');
  },
};
