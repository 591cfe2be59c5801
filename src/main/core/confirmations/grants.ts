// "Don't ask again for this chat": after a corporate host confirms a chat post with dontAskAgain, core
// keeps a grant for that network, account and chat until the chat ends (its end plus the 15-minute
// tail). While it holds, chat.post of THAT chat as THAT account counts as confirmed; nothing else
// does (the queue, replies from columns, imports and the calendar open their own passes). A grant
// goes when the chat is cancelled or deleted, or when it is revoked.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { ChatPostingGrant } from '../../../shared/chat';
import { AppError } from '../errors';

interface GrantRow {
  id: string;
  network: string;
  account_id: string;
  chat_id: string;
  expires_at: string;
}

const view = (row: GrantRow): ChatPostingGrant => ({ id: row.id, accountId: row.account_id, expiresAt: row.expires_at });

export class ChatPostingGrants {
  constructor(private readonly db: Database) {}

  /** The chat's grant still in force at `now`, if any (expired rows are ignored, then cleared). */
  forChat(chatId: string, now: number): ChatPostingGrant | null {
    const row = this.db
      .prepare<[string, string], GrantRow>('SELECT * FROM chat_posting_grants WHERE chat_id = ? AND expires_at > ? ORDER BY created_at DESC LIMIT 1')
      .get(chatId, new Date(now).toISOString());
    return row ? view(row) : null;
  }

  /** Whether chat.post of this chat as this account needs no confirmation at `now`. */
  covers(network: string, accountId: string, chatId: string, now: number): boolean {
    const row = this.db
      .prepare<[string, string, string, string], { id: string }>('SELECT id FROM chat_posting_grants WHERE network = ? AND account_id = ? AND chat_id = ? AND expires_at > ?')
      .get(network, accountId, chatId, new Date(now).toISOString());
    return row !== undefined;
  }

  /** Records (or renews) the grant; it lapses at `expiresAt`. */
  grant(input: { network: string; accountId: string; chatId: string; expiresAt: number; now: number }): ChatPostingGrant {
    if (input.expiresAt <= input.now) throw new AppError('invalid_input', 'dontAskAgain: this chat has ended, so there is nothing left to post without asking.');
    this.db
      .prepare(
        `INSERT INTO chat_posting_grants (id, network, account_id, chat_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (network, account_id, chat_id) DO UPDATE SET expires_at = excluded.expires_at, created_at = excluded.created_at`,
      )
      .run(randomUUID(), input.network, input.accountId, input.chatId, new Date(input.expiresAt).toISOString(), new Date(input.now).toISOString());
    const row = this.db
      .prepare<[string, string, string], GrantRow>('SELECT * FROM chat_posting_grants WHERE network = ? AND account_id = ? AND chat_id = ?')
      .get(input.network, input.accountId, input.chatId);
    if (!row) throw new AppError('internal', 'The grant was not recorded.');
    return view(row);
  }

  /** Ends one grant ("Ask again"); returns its chat. */
  revoke(id: string): string {
    const row = this.db.prepare<[string], GrantRow>('SELECT * FROM chat_posting_grants WHERE id = ?').get(id);
    if (!row) throw new AppError('invalid_request', 'id: there is no such grant (it may have ended already).');
    this.db.prepare('DELETE FROM chat_posting_grants WHERE id = ?').run(id);
    return row.chat_id;
  }

  /** The chat was cancelled, deleted or has ended: its grants go. */
  endChat(chatId: string): void {
    this.db.prepare('DELETE FROM chat_posting_grants WHERE chat_id = ?').run(chatId);
  }
}
