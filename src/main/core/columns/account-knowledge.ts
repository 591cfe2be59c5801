// What earlier answers taught about an account's X plan: a like refused with planExcludes means
// likes (and quotes, removed with them) are not in that account's plan. Kept until reconnect.
import type { Database } from 'better-sqlite3';

export type Fact = 'likes_excluded';

export class AccountKnowledge {
  constructor(private readonly db: Database) {}

  reason(accountId: string, fact: Fact): string | null {
    return (this.db.prepare('SELECT reason FROM account_knowledge WHERE account_id = ? AND fact = ?').pluck().get(accountId, fact) as string | undefined) ?? null;
  }

  learn(accountId: string, fact: Fact, reason: string, now = new Date()): void {
    this.db
      .prepare(
        `INSERT INTO account_knowledge (account_id, fact, reason, learnt_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id, fact) DO UPDATE SET reason = excluded.reason, learnt_at = excluded.learnt_at`,
      )
      .run(accountId, fact, reason, now.toISOString());
  }
}
