// The user's columns (SQLite): add, update, remove, reorder, and their "N new" counts.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { columnFiltersSchema, type ColumnConfig, type ColumnFilters, type ColumnKind } from '../../../shared/columns';
import { NO_FILTERS } from './filters';

interface Row {
  id: string;
  kind: ColumnKind;
  account_id: string | null;
  query: string | null;
  title: string;
  width: number;
  position: number;
  filters: string;
  new_count: number;
  last_refreshed_at: string | null;
}

export const DEFAULT_WIDTH = 340;

export interface NewColumn {
  kind: ColumnKind;
  accountId: string | null;
  query: string | null;
  title: string;
}

export interface ColumnPatch {
  title?: string;
  width?: number;
  filters?: Partial<ColumnFilters>;
}

const storedFilters = columnFiltersSchema.catch(NO_FILTERS);

export class ColumnsStore {
  constructor(private readonly db: Database) {}

  list(): ColumnConfig[] {
    return this.#rows().map(toConfig);
  }

  get(id: string): ColumnConfig | null {
    const row = this.db.prepare<[string], Row>('SELECT * FROM columns WHERE id = ?').get(id);
    return row ? toConfig(row) : null;
  }

  add(input: NewColumn, now = new Date()): ColumnConfig {
    const id = randomUUID();
    const position = (this.db.prepare('SELECT coalesce(max(position) + 1, 0) FROM columns').pluck().get() as number) ?? 0;
    this.db
      .prepare('INSERT INTO columns (id, kind, account_id, query, title, width, position, filters, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(id, input.kind, input.accountId, input.query, input.title, DEFAULT_WIDTH, position, JSON.stringify(NO_FILTERS), now.toISOString());
    return this.get(id) as ColumnConfig;
  }

  update(id: string, patch: ColumnPatch): ColumnConfig | null {
    const current = this.get(id);
    if (!current) return null;
    const filters = { ...current.filters, ...patch.filters };
    this.db
      .prepare('UPDATE columns SET title = ?, width = ?, filters = ? WHERE id = ?')
      .run(patch.title ?? current.title, patch.width ?? current.width, JSON.stringify(filters), id);
    return this.get(id);
  }

  /** A search column's query changes (a tweet chat adds its questions' conversations). */
  setQuery(id: string, query: string): void {
    this.db.prepare('UPDATE columns SET query = ? WHERE id = ?').run(query, id);
  }

  remove(id: string): boolean {
    return this.db.prepare('DELETE FROM columns WHERE id = ?').run(id).changes > 0;
  }

  /** The given ids first, in that order; columns not named keep their order after them. */
  reorder(ids: readonly string[]): ColumnConfig[] {
    const known = this.#rows().map((row) => row.id);
    const order = [...new Set(ids.filter((id) => known.includes(id))), ...known.filter((id) => !ids.includes(id))];
    const set = this.db.prepare('UPDATE columns SET position = ? WHERE id = ?');
    this.db.transaction(() => order.forEach((id, position) => set.run(position, id)))();
    return this.list();
  }

  newCount(id: string): number {
    return (this.db.prepare('SELECT new_count FROM columns WHERE id = ?').pluck().get(id) as number | undefined) ?? 0;
  }

  addNew(id: string, count: number, refreshedAt: string): void {
    this.db.prepare('UPDATE columns SET new_count = new_count + ?, last_refreshed_at = ? WHERE id = ?').run(count, refreshedAt, id);
  }

  markSeen(id: string): void {
    this.db.prepare('UPDATE columns SET new_count = 0 WHERE id = ?').run(id);
  }

  lastRefreshedAt(id: string): string | null {
    return (this.db.prepare('SELECT last_refreshed_at FROM columns WHERE id = ?').pluck().get(id) as string | null | undefined) ?? null;
  }

  #rows(): Row[] {
    return this.db.prepare<[], Row>('SELECT * FROM columns ORDER BY position, created_at').all();
  }
}

function toConfig(row: Row): ColumnConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(row.filters);
  } catch {
    raw = null;
  }
  return {
    id: row.id,
    kind: row.kind,
    accountId: row.account_id,
    query: row.query,
    title: row.title,
    width: row.width,
    position: row.position,
    filters: storedFilters.parse(raw),
  };
}

/** The global mute words (settings table, key columns.muteWords, JSON). */
export class GlobalMuteWords {
  constructor(private readonly db: Database) {}

  get(): string[] {
    const raw = this.db.prepare("SELECT value FROM settings WHERE key = 'columns.muteWords'").pluck().get() as string | undefined;
    if (raw === undefined) return [];
    try {
      return z.array(z.string()).catch([]).parse(JSON.parse(raw));
    } catch {
      return [];
    }
  }

  set(words: readonly string[], now = new Date()): string[] {
    // Matching ignores case, so "Hello" and "hello" are one word: the first spelling is kept.
    const byKey = new Map<string, string>();
    for (const word of words.map((candidate) => candidate.trim()).filter((candidate) => candidate.length > 0)) {
      if (!byKey.has(word.toLowerCase())) byKey.set(word.toLowerCase(), word);
    }
    const clean = [...byKey.values()];
    this.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES ('columns.muteWords', ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(JSON.stringify(clean), now.toISOString());
    return clean;
  }
}
