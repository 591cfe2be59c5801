// The queue's rows in SQLite (migration 004): posts, their parts and the audit trail. Every state
// change goes through transition(), which checks the state machine, changes the row only if it is
// still in the state the caller saw, and writes the audit row — all in one transaction.
import type { Database } from 'better-sqlite3';
import type { PostError, PostState, QueueAttention, QueueTransition } from '../../../shared/queue';
import { assertTransition } from './states';

export interface PartRecord {
  idx: number;
  text: string;
  mediaIds: string[];
  remoteId: string | null;
}

/** A post as stored (media as ids; the service adds what the media store knows of them). */
export interface PostRecord {
  seq: number;
  id: string;
  accountId: string;
  accountHandle: string;
  state: PostState;
  dueAt: string | null;
  zone: string;
  graceMinutes: number;
  missedAfter: string | null;
  replyToId: string | null;
  quoteOfId: string | null;
  groupId: string | null;
  attempts: number;
  nextAttemptAt: string | null;
  verifyBeforeSend: boolean;
  firstClaimedAt: string | null;
  lastError: PostError | null;
  createdAt: string;
  updatedAt: string;
  parts: PartRecord[];
}

export interface NewPost {
  id: string;
  accountId: string;
  accountHandle: string;
  state: 'draft' | 'scheduled';
  dueAt: string | null;
  zone: string;
  graceMinutes: number;
  missedAfter: string | null;
  replyToId: string | null;
  quoteOfId: string | null;
  groupId: string | null;
  parts: { text: string; mediaIds: string[] }[];
}

/** Columns a transition may change along with the state. */
export interface TransitionChanges {
  dueAt?: string | null;
  zone?: string;
  missedAfter?: string | null;
  nextAttemptAt?: string | null;
  /** Counts one more attempt (a claim). */
  countAttempt?: boolean;
  resetAttempts?: boolean;
  verifyBeforeSend?: boolean;
  firstClaimedAt?: string;
  lastError?: PostError | null;
}

export interface ListFilter {
  states?: readonly PostState[];
  accountId?: string;
  from?: string;
  to?: string;
}

/** An account's next post in line. */
export interface Head {
  id: string;
  accountId: string;
  dueAt: string;
  nextAttemptAt: string | null;
}

interface PostRow {
  seq: number;
  id: string;
  account_id: string;
  account_handle: string;
  state: PostState;
  due_at: string | null;
  zone: string;
  grace_minutes: number;
  missed_after: string | null;
  reply_to_id: string | null;
  quote_of_id: string | null;
  group_id: string | null;
  attempts: number;
  next_attempt_at: string | null;
  verify_before_send: 0 | 1;
  first_claimed_at: string | null;
  last_error_code: string | null;
  last_error_message: string | null;
  created_at: string;
  updated_at: string;
}

interface PartRow {
  post_id: string;
  idx: number;
  text: string;
  media_ids: string;
  remote_id: string | null;
}

const CHANGE_COLUMNS: Record<Exclude<keyof TransitionChanges, 'countAttempt' | 'resetAttempts' | 'lastError' | 'verifyBeforeSend'>, string> = {
  dueAt: 'due_at',
  zone: 'zone',
  missedAfter: 'missed_after',
  nextAttemptAt: 'next_attempt_at',
  firstClaimedAt: 'first_claimed_at',
};

function toRecord(row: PostRow, parts: PartRecord[]): PostRecord {
  return {
    seq: row.seq,
    id: row.id,
    accountId: row.account_id,
    accountHandle: row.account_handle,
    state: row.state,
    dueAt: row.due_at,
    zone: row.zone,
    graceMinutes: row.grace_minutes,
    missedAfter: row.missed_after,
    replyToId: row.reply_to_id,
    quoteOfId: row.quote_of_id,
    groupId: row.group_id,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    verifyBeforeSend: row.verify_before_send === 1,
    firstClaimedAt: row.first_claimed_at,
    lastError: row.last_error_code === null ? null : { code: row.last_error_code, message: row.last_error_message ?? '' },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    parts,
  };
}

const toPart = (row: PartRow): PartRecord => ({ idx: row.idx, text: row.text, mediaIds: JSON.parse(row.media_ids) as string[], remoteId: row.remote_id });

export class PostsRepository {
  readonly #db: Database;
  readonly #now: () => number;

  constructor(db: Database, now: () => number = Date.now) {
    this.#db = db;
    this.#now = now;
  }

  get db(): Database {
    return this.#db;
  }

  #iso(): string {
    return new Date(this.#now()).toISOString();
  }

  /** Runs `work` in one transaction (nested calls join the outer one). */
  transaction<T>(work: () => T): T {
    return this.#db.transaction(work)();
  }

  insert(post: NewPost, reason: string): void {
    assertTransition(null, post.state);
    const at = this.#iso();
    this.transaction(() => {
      this.#db
        .prepare(
          `INSERT INTO posts (id, account_id, account_handle, state, due_at, zone, grace_minutes, missed_after, reply_to_id, quote_of_id,
             group_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(post.id, post.accountId, post.accountHandle, post.state, post.dueAt, post.zone, post.graceMinutes, post.missedAfter, post.replyToId,
          post.quoteOfId, post.groupId, at, at);
      this.#replaceParts(post.id, post.parts);
      this.#audit(post.id, null, post.state, at, reason);
    });
  }

  get(id: string): PostRecord | null {
    const row = this.#db.prepare<[string], PostRow>('SELECT * FROM posts WHERE id = ?').get(id);
    if (!row) return null;
    const parts = this.#db.prepare<[string], PartRow>('SELECT * FROM post_parts WHERE post_id = ? ORDER BY idx').all(id).map(toPart);
    return toRecord(row, parts);
  }

  list(filter: ListFilter = {}): PostRecord[] {
    const where: string[] = [];
    const values: (string | number)[] = [];
    if (filter.states && filter.states.length > 0) {
      where.push(`state IN (${filter.states.map(() => '?').join(', ')})`);
      values.push(...filter.states);
    }
    if (filter.accountId !== undefined) {
      where.push('account_id = ?');
      values.push(filter.accountId);
    }
    if (filter.from !== undefined) {
      where.push('due_at >= ?');
      values.push(filter.from);
    }
    if (filter.to !== undefined) {
      where.push('due_at < ?');
      values.push(filter.to);
    }
    const clause = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const rows = this.#db.prepare<(string | number)[], PostRow>(`SELECT * FROM posts ${clause} ORDER BY due_at IS NULL, due_at, seq`).all(...values);
    if (rows.length === 0) return [];
    const parts = new Map<string, PartRecord[]>();
    const partRows = this.#db
      .prepare<(string | number)[], PartRow>(`SELECT p.* FROM post_parts p JOIN posts ON posts.id = p.post_id ${clause} ORDER BY p.post_id, p.idx`)
      .all(...values);
    for (const part of partRows) {
      const list = parts.get(part.post_id) ?? [];
      list.push(toPart(part));
      parts.set(part.post_id, list);
    }
    return rows.map((row) => toRecord(row, parts.get(row.id) ?? []));
  }

  /**
   * Moves the post from `from` to `to` if it is still in `from`; false if it was not (someone else
   * changed it first). Throws IllegalTransition for a change the state machine does not allow.
   */
  transition(id: string, from: PostState, to: PostState, reason: string | null, changes: TransitionChanges = {}): boolean {
    assertTransition(from, to);
    const at = this.#iso();
    return this.transaction(() => {
      const sets = ['state = ?', 'updated_at = ?'];
      const values: (string | number | null)[] = [to, at];
      for (const [key, column] of Object.entries(CHANGE_COLUMNS) as [keyof typeof CHANGE_COLUMNS, string][]) {
        const value = changes[key];
        if (value === undefined) continue;
        sets.push(`${column} = ?`);
        values.push(value);
      }
      if (changes.countAttempt) sets.push('attempts = attempts + 1');
      if (changes.resetAttempts) sets.push('attempts = 0');
      if (changes.verifyBeforeSend !== undefined) {
        sets.push('verify_before_send = ?');
        values.push(changes.verifyBeforeSend ? 1 : 0);
      }
      if (changes.lastError !== undefined) {
        sets.push('last_error_code = ?', 'last_error_message = ?');
        values.push(changes.lastError?.code ?? null, changes.lastError?.message ?? null);
      }
      const changed = this.#db.prepare(`UPDATE posts SET ${sets.join(', ')} WHERE id = ? AND state = ?`).run(...values, id, from).changes;
      if (changed === 0) return false;
      this.#audit(id, from, to, at, reason);
      return true;
    });
  }

  /** The X id of one part, saved the moment X answered (a crash after this resumes at the next part). */
  setRemoteId(postId: string, idx: number, remoteId: string): void {
    this.#db.prepare('UPDATE post_parts SET remote_id = ? WHERE post_id = ? AND idx = ?').run(remoteId, postId, idx);
  }

  /**
   * Replaces content of a post not yet out (callers check its state in the same transaction). The
   * first `keep` parts (already on X, with their X ids) stay; `parts` follow them.
   */
  updateContent(
    id: string,
    parts: { text: string; mediaIds: string[] }[] | undefined,
    keep: number,
    grace: { graceMinutes: number; missedAfter: string | null } | undefined,
  ): void {
    this.transaction(() => {
      if (parts) this.#replaceParts(id, parts, keep);
      if (grace) this.#db.prepare('UPDATE posts SET grace_minutes = ?, missed_after = ? WHERE id = ?').run(grace.graceMinutes, grace.missedAfter, id);
      this.#db.prepare('UPDATE posts SET updated_at = ? WHERE id = ?').run(this.#iso(), id);
    });
  }

  delete(id: string): boolean {
    return this.#db.prepare('DELETE FROM posts WHERE id = ?').run(id).changes > 0;
  }

  /** The account's next scheduled post, in due order (ties: creation order): one index seek. */
  head(accountId: string): Head | null {
    const row = this.#db
      .prepare<[string], { id: string; account_id: string; due_at: string; next_attempt_at: string | null }>(
        `SELECT id, account_id, due_at, next_attempt_at FROM posts WHERE state = 'scheduled' AND account_id = ? ORDER BY due_at, seq LIMIT 1`,
      )
      .get(accountId);
    return row ? { id: row.id, accountId: row.account_id, dueAt: row.due_at, nextAttemptAt: row.next_attempt_at } : null;
  }

  /** The earliest instant a scheduled post passes its grace window (the scheduler wakes then). */
  firstMissedAfter(): string | null {
    return this.#db.prepare<[], string | null>(`SELECT min(missed_after) FROM posts WHERE state = 'scheduled'`).pluck().get() ?? null;
  }

  /** Accounts with a row left in `sending`. */
  sendingAccounts(): string[] {
    return this.#db.prepare<[], string>(`SELECT DISTINCT account_id FROM posts WHERE state = 'sending'`).pluck().all();
  }

  /** Scheduled posts past their grace window that have not started going out (a started thread finishes). */
  pastGrace(nowIso: string): PostRecord[] {
    const ids = this.#db
      .prepare<[string], string>(
        `SELECT id FROM posts WHERE state = 'scheduled' AND missed_after < ?
           AND NOT EXISTS (SELECT 1 FROM post_parts WHERE post_id = posts.id AND remote_id IS NOT NULL)`,
      )
      .pluck()
      .all(nowIso);
    return ids.map((id) => this.get(id)).filter((post): post is PostRecord => post !== null);
  }

  /** Rows claimed by a publisher that did not finish (a crash): reconciled before anything else. */
  sending(accountId?: string): PostRecord[] {
    const ids =
      accountId === undefined
        ? this.#db.prepare<[], string>(`SELECT id FROM posts WHERE state = 'sending' ORDER BY seq`).pluck().all()
        : this.#db.prepare<[string], string>(`SELECT id FROM posts WHERE state = 'sending' AND account_id = ? ORDER BY seq`).pluck().all(accountId);
    return ids.map((id) => this.get(id)).filter((post): post is PostRecord => post !== null);
  }

  /** Whether a remote id is already some part's (reconciliation must not claim one post twice). */
  isKnownRemoteId(remoteId: string): boolean {
    return this.#db.prepare('SELECT 1 FROM post_parts WHERE remote_id = ?').get(remoteId) !== undefined;
  }

  unsentIds(accountId: string): { id: string; state: PostState }[] {
    return this.#db
      .prepare<[string], { id: string; state: PostState }>(`SELECT id, state FROM posts WHERE account_id = ? AND state NOT IN ('sent') ORDER BY seq`)
      .all(accountId);
  }

  /** Due instants taken by this account's scheduled posts (queue slots skip them). */
  isDueTaken(accountId: string, dueAtIso: string): boolean {
    return this.#db.prepare(`SELECT 1 FROM posts WHERE account_id = ? AND due_at = ? AND state IN ('scheduled', 'sending')`).get(accountId, dueAtIso) !== undefined;
  }

  attention(): QueueAttention {
    const row = this.#db
      .prepare<[], { failed: number; held: number }>(
        `SELECT coalesce(sum(state = 'failed'), 0) AS failed, coalesce(sum(state IN ('held', 'missed')), 0) AS held FROM posts WHERE state IN ('failed', 'held', 'missed')`,
      )
      .get();
    return { failed: row?.failed ?? 0, held: row?.held ?? 0 };
  }

  history(id: string): QueueTransition[] {
    return this.#db
      .prepare<[string], { post_id: string; from_state: PostState | null; to_state: PostState; at: string; reason: string | null }>(
        'SELECT post_id, from_state, to_state, at, reason FROM post_transitions WHERE post_id = ? ORDER BY id',
      )
      .all(id)
      .map((row) => ({ postId: row.post_id, from: row.from_state, to: row.to_state, at: row.at, reason: row.reason }));
  }

  #replaceParts(postId: string, parts: { text: string; mediaIds: string[] }[], keep = 0): void {
    this.#db.prepare('DELETE FROM post_parts WHERE post_id = ? AND idx >= ?').run(postId, keep);
    const insert = this.#db.prepare('INSERT INTO post_parts (post_id, idx, text, media_ids) VALUES (?, ?, ?, ?)');
    parts.forEach((part, idx) => insert.run(postId, keep + idx, part.text, JSON.stringify(part.mediaIds)));
  }

  /** An audit row for a change that kept the state (an edit). */
  audit(postId: string, state: PostState, reason: string): void {
    this.#audit(postId, state, state, this.#iso(), reason);
  }

  #audit(postId: string, from: PostState | null, to: PostState, at: string, reason: string | null): void {
    this.#db.prepare('INSERT INTO post_transitions (post_id, from_state, to_state, at, reason) VALUES (?, ?, ?, ?, ?)').run(postId, from, to, at, reason);
  }
}
