// Likes, follows and mutes: who did what to which post or user.
import type { Database } from 'better-sqlite3';
import type { Snowflake } from '../model';

type Relation = 'follows' | 'mutes';

export class EngagementRepository {
  constructor(private readonly db: Database) {}

  /** true when the like is new. */
  like(userId: Snowflake, postId: Snowflake, at: string): boolean {
    return this.db.prepare('INSERT OR IGNORE INTO likes (user_id, post_id, created_at) VALUES (?, ?, ?)').run(userId, postId, at).changes === 1;
  }

  unlike(userId: Snowflake, postId: Snowflake): boolean {
    return this.db.prepare('DELETE FROM likes WHERE user_id = ? AND post_id = ?').run(userId, postId).changes === 1;
  }

  likes(userId: Snowflake, postId: Snowflake): boolean {
    return this.db.prepare('SELECT 1 FROM likes WHERE user_id = ? AND post_id = ?').get(userId, postId) !== undefined;
  }

  relate(kind: Relation, userId: Snowflake, targetId: Snowflake): void {
    this.db.prepare(`INSERT OR IGNORE INTO ${kind} (user_id, target_id) VALUES (?, ?)`).run(userId, targetId);
  }

  unrelate(kind: Relation, userId: Snowflake, targetId: Snowflake): void {
    this.db.prepare(`DELETE FROM ${kind} WHERE user_id = ? AND target_id = ?`).run(userId, targetId);
  }

  related(kind: Relation, userId: Snowflake, targetId: Snowflake): boolean {
    return this.db.prepare(`SELECT 1 FROM ${kind} WHERE user_id = ? AND target_id = ?`).get(userId, targetId) !== undefined;
  }

  /** Ids this user follows (home timeline) or mutes (filtered out of it). */
  targets(kind: Relation, userId: Snowflake): Snowflake[] {
    return this.db
      .prepare<[string], { target_id: string }>(`SELECT target_id FROM ${kind} WHERE user_id = ?`)
      .all(userId)
      .map((row) => row.target_id);
  }
}
