// The composer's autosaved drafts: the renderer's state as JSON, newest first. Saving with an id
// updates that draft (or creates it under that id: the renderer may name a draft before its first save).
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { SavedDraft } from '../../../shared/compose';

interface DraftRow {
  id: string;
  content: string;
  updated_at: string;
}

const toDraft = (row: DraftRow): SavedDraft => ({ id: row.id, content: JSON.parse(row.content) as Record<string, unknown>, updatedAt: row.updated_at });

export class DraftsStore {
  readonly #db: Database;

  constructor(db: Database) {
    this.#db = db;
  }

  list(): SavedDraft[] {
    return this.#db.prepare<[], DraftRow>('SELECT id, content, updated_at FROM drafts ORDER BY updated_at DESC, id').all().map(toDraft);
  }

  save(draft: { id?: string | undefined; content: Record<string, unknown> }, now: Date = new Date()): SavedDraft {
    const id = draft.id ?? randomUUID();
    const at = now.toISOString();
    this.#db
      .prepare(
        `INSERT INTO drafts (id, content, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET content = excluded.content, updated_at = excluded.updated_at`,
      )
      .run(id, JSON.stringify(draft.content), at, at);
    return toDraft(this.#db.prepare<[string], DraftRow>('SELECT id, content, updated_at FROM drafts WHERE id = ?').get(id) as DraftRow);
  }

  delete(id: string): { deleted: boolean } {
    return { deleted: this.#db.prepare('DELETE FROM drafts WHERE id = ?').run(id).changes > 0 };
  }
}
