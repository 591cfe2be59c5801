import type { Database } from 'better-sqlite3';
import type { Migration } from '../migration';

// Drafts get one meaning: a post saved without a time (the queue's `draft` state). What the person
// is still typing is "unsaved text", kept here by core so it survives a reload, an engine loss and a
// new launch. One row per place of writing: a new post; a reply to or quote of a post (keyed by
// network, the receiving account and that post); an edit of a queued post (by its queue id).
//
// The old `drafts` table (migration 005) held the composer's autosaved state, several at a time.
// The newest becomes the new post's unsaved text; every other one naming an account that still
// exists becomes a queue draft per account, its parts as they were. A row that cannot be moved
// (no account) stays in `drafts`, untouched: nothing is lost.
export const m011UnsavedText: Migration = {
  version: 11,
  name: 'unsaved-text',
  up(db) {
    db.exec(`
      CREATE TABLE unsaved_texts (
        kind TEXT NOT NULL CHECK (kind IN ('new', 'reply', 'quote', 'edit')),
        network TEXT NOT NULL DEFAULT '',
        account_id TEXT NOT NULL DEFAULT '',
        target_id TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL CHECK (json_valid(content)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, network, account_id, target_id)
      ) STRICT;
    `);
    moveOldDrafts(db);
  },
};

interface OldDraft {
  id: string;
  content: string;
  updated_at: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function partsOf(value: unknown): { text: string; mediaIds: string[] }[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((part) => ({
    text: typeof part['text'] === 'string' ? part['text'] : '',
    mediaIds: Array.isArray(part['media']) ? part['media'].filter(isRecord).flatMap((ref) => (typeof ref['id'] === 'string' ? [ref['id']] : [])) : [],
  }));
}

function zoneOf(db: Database): string {
  const raw = db.prepare<[], string>("SELECT value FROM settings WHERE key = 'timeZone'").pluck().get();
  try {
    const value: unknown = raw === undefined ? null : JSON.parse(raw);
    return typeof value === 'string' && value !== '' ? value : 'Europe/London';
  } catch {
    return 'Europe/London';
  }
}

function moveOldDrafts(db: Database): void {
  const drafts = db.prepare<[], OldDraft>('SELECT id, content, updated_at FROM drafts ORDER BY updated_at DESC, id').all();
  const [newest, ...others] = drafts;
  if (!newest) return;
  db.prepare("INSERT INTO unsaved_texts (kind, content, updated_at) VALUES ('new', ?, ?)").run(newest.content, newest.updated_at);
  db.prepare('DELETE FROM drafts WHERE id = ?').run(newest.id);

  const handles = new Map(db.prepare<[], { id: string; handle: string }>('SELECT id, handle FROM accounts').all().map((row) => [row.id, row.handle]));
  const zone = zoneOf(db);
  const insertPost = db.prepare(
    `INSERT INTO posts (id, account_id, account_handle, state, zone, grace_minutes, group_id, created_at, updated_at)
     VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, ?)`,
  );
  const insertPart = db.prepare('INSERT INTO post_parts (post_id, idx, text, media_ids) VALUES (?, ?, ?, ?)');
  const audit = db.prepare("INSERT INTO post_transitions (post_id, from_state, to_state, at, reason) VALUES (?, NULL, 'draft', ?, 'saved as a draft (moved from the composer''s autosaved drafts)')");
  for (const draft of others) {
    const content: unknown = JSON.parse(draft.content);
    if (!isRecord(content)) continue;
    const accountIds = Array.isArray(content['accountIds']) ? content['accountIds'].filter((id): id is string => typeof id === 'string' && handles.has(id)) : [];
    const shared = partsOf(content['shared']);
    const variants = isRecord(content['variants']) ? content['variants'] : {};
    const posts = accountIds.map((accountId) => ({ accountId, parts: variants[accountId] ? partsOf(variants[accountId]) : shared }));
    if (posts.length === 0 || posts.some((post) => post.parts.length === 0)) continue;
    const schedule = isRecord(content['schedule']) ? content['schedule'] : {};
    const grace = typeof schedule['graceMinutes'] === 'number' && Number.isInteger(schedule['graceMinutes']) && schedule['graceMinutes'] >= 0 ? schedule['graceMinutes'] : 15;
    const groupId = posts.length > 1 ? `moved-${draft.id}` : null;
    posts.forEach((post, index) => {
      const id = posts.length > 1 ? `${draft.id}-${index + 1}` : draft.id;
      insertPost.run(id, post.accountId, handles.get(post.accountId) ?? '', zone, grace, groupId, draft.updated_at, draft.updated_at);
      post.parts.forEach((part, idx) => insertPart.run(id, idx, part.text, JSON.stringify(part.mediaIds)));
      audit.run(id, draft.updated_at);
    });
    db.prepare('DELETE FROM drafts WHERE id = ?').run(draft.id);
  }
}
