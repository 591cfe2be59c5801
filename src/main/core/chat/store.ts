// Chats, their received posts and the plan templates, in SQLite (migration 007; moderation state per
// post, 012; when the posts were checked for deletion on X, 014).
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import { CHAT_STATES, type ChatPlan, type ChatState, type ChatTemplate } from '../../../shared/chat';
import { cachedItemSchema, sortKey, type CachedItem } from '../columns/cached-item';

/** The queue posts a scheduled chat made, by role. */
export interface ChatPostIds {
  welcome?: string;
  closing?: string;
  /** Index 0 is Q1. */
  questions?: (string | null)[];
}

export interface ChatRecord {
  id: string;
  plan: ChatPlan;
  state: ChatState;
  columnId: string | null;
  postIds: ChatPostIds;
  createdAt: string;
  updatedAt: string;
}

interface ChatRow {
  id: string;
  plan: string;
  state: ChatState;
  column_id: string | null;
  post_ids: string;
  created_at: string;
  updated_at: string;
}

const questionsShape = z.array(z.object({ text: z.string(), offsetMinutes: z.number() }));
const storedPlan = z.object({
  name: z.string(),
  hashtag: z.string(),
  hostAccountId: z.string(),
  cohosts: z.array(z.string()),
  guests: z.array(z.string()),
  startsAt: z.string(),
  zone: z.string(),
  durationMinutes: z.number(),
  questions: questionsShape,
  welcome: z.string().nullable(),
  closing: z.string().nullable(),
  rehearsalOf: z.string().optional(),
});
const storedPostIds = z.object({ welcome: z.string().optional(), closing: z.string().optional(), questions: z.array(z.string().nullable()).optional() }).catch({});
const storedTemplate = storedPlan.omit({ hostAccountId: true, startsAt: true, zone: true, rehearsalOf: true });

/** What moderation did to a kept post, as last seen while the chat's column read it. */
export interface KeptModeration {
  hidden: boolean;
  handled: boolean;
  deleted: boolean;
}

type TemplateFields = Omit<ChatTemplate, 'id' | 'updatedAt'>;

/** The queue ids of a chat's posts in plan order: welcome, Q1…Qn, closing (those it has). */
export function queueIds(postIds: ChatPostIds): string[] {
  return [postIds.welcome, ...(postIds.questions ?? []), postIds.closing].filter((id): id is string => typeof id === 'string');
}

function parseJson<T>(schema: z.ZodType<T>, text: string): T | null {
  try {
    const result = schema.safeParse(JSON.parse(text));
    return result.success ? result.data : null;
  } catch {
    return null;
  }
}

export class ChatsStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
  ) {}

  list(): ChatRecord[] {
    return this.db
      .prepare<[], ChatRow>("SELECT * FROM chats ORDER BY json_extract(plan, '$.startsAt') DESC")
      .all()
      .flatMap((row) => this.#record(row) ?? []);
  }

  get(id: string): ChatRecord | null {
    const row = this.db.prepare<[string], ChatRow>('SELECT * FROM chats WHERE id = ?').get(id);
    return row ? this.#record(row) : null;
  }

  /** The chat whose hashtag column this is. */
  byColumn(columnId: string): ChatRecord | null {
    const row = this.db.prepare<[string], ChatRow>('SELECT * FROM chats WHERE column_id = ?').get(columnId);
    return row ? this.#record(row) : null;
  }

  /** The chats that queued any of these posts (one read of the chats, however many posts). */
  byQueuePosts(postIds: readonly string[]): ChatRecord[] {
    const wanted = new Set(postIds);
    return this.list().filter((chat) => queueIds(chat.postIds).some((id) => wanted.has(id)));
  }

  create(plan: ChatPlan): ChatRecord {
    const id = randomUUID();
    const at = this.#stamp();
    this.db.prepare("INSERT INTO chats (id, plan, state, post_ids, created_at, updated_at) VALUES (?, ?, 'draft', '{}', ?, ?)").run(id, JSON.stringify(plan), at, at);
    return this.get(id) as ChatRecord;
  }

  update(id: string, patch: { plan?: ChatPlan; state?: ChatState; columnId?: string | null; postIds?: ChatPostIds }): ChatRecord {
    const current = this.get(id);
    if (!current) throw new Error(`No chat ${id}`);
    const next = { ...current, ...patch };
    this.db
      .prepare('UPDATE chats SET plan = ?, state = ?, column_id = ?, post_ids = ?, updated_at = ? WHERE id = ?')
      .run(JSON.stringify(next.plan), next.state, next.columnId, JSON.stringify(next.postIds), this.#stamp(), id);
    return this.get(id) as ChatRecord;
  }

  delete(id: string): void {
    this.db.prepare('DELETE FROM chats WHERE id = ?').run(id);
  }

  /** Keeps a copy of posts the chat's column received; answers the ids it did not have. */
  addPosts(chatId: string, items: readonly CachedItem[]): string[] {
    const insert = this.db.prepare('INSERT INTO chat_posts (chat_id, item_id, sort_key, data) VALUES (?, ?, ?, ?) ON CONFLICT (chat_id, item_id) DO UPDATE SET data = excluded.data');
    const known = this.db.prepare<[string, string], number>('SELECT 1 FROM chat_posts WHERE chat_id = ? AND item_id = ?').pluck();
    const added: string[] = [];
    this.db.transaction(() => {
      for (const item of items) {
        if (known.get(chatId, item.id) === undefined) added.push(item.id);
        insert.run(chatId, item.id, sortKey(item.createdAt, item.id), JSON.stringify(item));
      }
    })();
    return added;
  }

  /** Every post kept for the chat, oldest first. */
  posts(chatId: string): CachedItem[] {
    return this.db
      .prepare<[string], string>('SELECT data FROM chat_posts WHERE chat_id = ? ORDER BY sort_key')
      .pluck()
      .all(chatId)
      .flatMap((data) => parseJson(cachedItemSchema, data) ?? []);
  }

  /** The moderation state kept per post (posts the live feed never saw are absent, unless deleted). */
  moderation(chatId: string): Map<string, KeptModeration> {
    const rows = this.db
      .prepare<[string], { item_id: string; hidden: number | null; handled: number | null; deleted: number }>(
        'SELECT item_id, hidden, handled, deleted FROM chat_posts WHERE chat_id = ? AND (hidden IS NOT NULL OR handled IS NOT NULL OR deleted = 1)',
      )
      .all(chatId);
    return new Map(rows.map((row) => [row.item_id, { hidden: row.hidden === 1, handled: row.handled === 1, deleted: row.deleted === 1 }]));
  }

  /** Keeps what moderation did to these posts of the chat (hidden, handled), in one transaction. */
  keepModeration(chatId: string, states: readonly { itemId: string; hidden: boolean; handled: boolean }[]): void {
    const update = this.db.prepare('UPDATE chat_posts SET hidden = ?, handled = ? WHERE chat_id = ? AND item_id = ? AND (hidden IS NOT ? OR handled IS NOT ?)');
    this.db.transaction(() => {
      for (const { itemId, hidden, handled } of states) update.run(Number(hidden), Number(handled), chatId, itemId, Number(hidden), Number(handled));
    })();
  }

  /** When the chat's posts were looked up for deletions on X (ISO), or null. */
  deletionsCheckedAt(chatId: string): string | null {
    return (this.db.prepare<[string], string | null>('SELECT deletions_checked_at FROM chats WHERE id = ?').pluck().get(chatId) ?? null);
  }

  /** The kept posts not yet known to be deleted from X, with their authors (for billing). */
  undeletedPosts(chatId: string): { id: string; authorId: string }[] {
    return this.db
      .prepare<[string], { id: string; authorId: string | null }>("SELECT item_id AS id, json_extract(data, '$.author.id') AS authorId FROM chat_posts WHERE chat_id = ? AND deleted = 0 ORDER BY sort_key")
      .all(chatId)
      .map((row) => ({ id: row.id, authorId: row.authorId ?? '' }));
  }

  /** Marks these posts deleted from X and, when the whole chat was looked up, the chat checked; one transaction. */
  keepDeletions(chatId: string, deletedIds: readonly string[], checkedAt: string | null): void {
    const mark = this.db.prepare('UPDATE chat_posts SET deleted = 1 WHERE chat_id = ? AND item_id = ?');
    this.db.transaction(() => {
      for (const id of deletedIds) mark.run(chatId, id);
      if (checkedAt !== null) this.db.prepare('UPDATE chats SET deletions_checked_at = ? WHERE id = ?').run(checkedAt, chatId);
    })();
  }

  /** The chats that kept any of these posts. */
  chatsWithPosts(itemIds: readonly string[]): string[] {
    if (itemIds.length === 0) return [];
    const find = this.db.prepare<[string], string>('SELECT DISTINCT chat_id FROM chat_posts WHERE item_id = ?').pluck();
    return [...new Set(itemIds.flatMap((id) => find.all(id)))];
  }

  postCount(chatId: string): number {
    return this.db.prepare('SELECT count(*) FROM chat_posts WHERE chat_id = ?').pluck().get(chatId) as number;
  }

  templates(): ChatTemplate[] {
    return this.db
      .prepare<[], { id: string; plan: string; updated_at: string }>('SELECT id, plan, updated_at FROM chat_templates ORDER BY name COLLATE NOCASE')
      .all()
      .flatMap((row) => {
        const plan = parseJson(storedTemplate, row.plan);
        return plan ? [{ id: row.id, ...plan, updatedAt: row.updated_at }] : [];
      });
  }

  saveTemplate(id: string | undefined, fields: TemplateFields): ChatTemplate {
    const templateId = id ?? randomUUID();
    this.db
      .prepare(
        `INSERT INTO chat_templates (id, name, plan, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, plan = excluded.plan, updated_at = excluded.updated_at`,
      )
      .run(templateId, fields.name, JSON.stringify(fields), this.#stamp());
    return this.templates().find((template) => template.id === templateId) as ChatTemplate;
  }

  deleteTemplate(id: string): boolean {
    return this.db.prepare('DELETE FROM chat_templates WHERE id = ?').run(id).changes > 0;
  }

  #record(row: ChatRow): ChatRecord | null {
    const plan = parseJson(storedPlan, row.plan);
    if (!plan || !CHAT_STATES.includes(row.state)) return null;
    return {
      id: row.id,
      plan,
      state: row.state,
      columnId: row.column_id,
      postIds: parseJson(storedPostIds, row.post_ids) ?? {},
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  }

  #stamp(): string {
    return new Date(this.now()).toISOString();
  }
}
