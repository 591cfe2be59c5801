import type { Migration } from '../migration';

// "Don't ask again for this chat": a corporate host confirmed a chat post and asked not to be asked
// again until the chat ends. One grant per network, account and chat; it covers only chat.post of
// that chat and lapses at expires_at (the chat's end plus its 15-minute tail), or when the chat is
// cancelled or deleted (the row goes), or when revoked.
export const m013ChatPostingGrants: Migration = {
  version: 13,
  name: 'chat-posting-grants',
  up(db) {
    db.exec(`
      CREATE TABLE chat_posting_grants (
        id TEXT PRIMARY KEY,
        network TEXT NOT NULL,
        account_id TEXT NOT NULL,
        chat_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (network, account_id, chat_id)
      ) STRICT;
      CREATE INDEX chat_posting_grants_chat ON chat_posting_grants (chat_id);
    `);
  },
};
