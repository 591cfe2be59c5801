// What the person is typing and has not saved ("unsaved text"), one row per place of writing
// (migration 011). The renderer saves it on every change and when the page is hidden, so it
// survives a reload, an engine loss and a new launch; it is cleared once the post is saved.
import type { Database } from 'better-sqlite3';
import type { UnsavedScope, UnsavedText } from '../../../shared/compose';

interface Key {
  kind: UnsavedScope['kind'];
  network: string;
  accountId: string;
  targetId: string;
}

function keyOf(scope: UnsavedScope): Key {
  switch (scope.kind) {
    case 'new':
      return { kind: 'new', network: '', accountId: '', targetId: '' };
    case 'reply':
    case 'quote':
      return { kind: scope.kind, network: scope.network, accountId: scope.accountId, targetId: scope.postId };
    case 'edit':
      return { kind: 'edit', network: '', accountId: '', targetId: scope.postId };
  }
}

const WHERE = 'kind = @kind AND network = @network AND account_id = @accountId AND target_id = @targetId';

export class UnsavedTextStore {
  readonly #db: Database;
  readonly #now: () => number;

  constructor(db: Database, now: () => number = Date.now) {
    this.#db = db;
    this.#now = now;
  }

  get(scope: UnsavedScope): UnsavedText | null {
    const row = this.#db.prepare<[Key], { content: string; updated_at: string }>(`SELECT content, updated_at FROM unsaved_texts WHERE ${WHERE}`).get(keyOf(scope));
    return row ? { scope, content: JSON.parse(row.content) as Record<string, unknown>, updatedAt: row.updated_at } : null;
  }

  save(scope: UnsavedScope, content: Record<string, unknown>): UnsavedText {
    const updatedAt = new Date(this.#now()).toISOString();
    this.#db
      .prepare(
        `INSERT INTO unsaved_texts (kind, network, account_id, target_id, content, updated_at) VALUES (@kind, @network, @accountId, @targetId, @content, @updatedAt)
         ON CONFLICT (kind, network, account_id, target_id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`,
      )
      .run({ ...keyOf(scope), content: JSON.stringify(content), updatedAt });
    return { scope, content, updatedAt };
  }

  clear(scope: UnsavedScope): { cleared: boolean } {
    return { cleared: this.#db.prepare(`DELETE FROM unsaved_texts WHERE ${WHERE}`).run(keyOf(scope)).changes > 0 };
  }
}
