// Metered usage and the credit balance (pay-per-use). Each billable item is one row, so the admin
// counters and the balance come from the same record.
import type { Database } from 'better-sqlite3';
import type { Snowflake } from '../model';

export interface UsageItem {
  userId: Snowflake | null;
  clientId: string;
  endpoint: string;
  item: string;
  units: number;
  costMicros: number;
  at: string;
}

const CREDIT_KEY = 'initial_credit_micros';

export class UsageRepository {
  constructor(private readonly db: Database) {}

  record(item: UsageItem): void {
    this.db
      .prepare('INSERT INTO usage (user_id, client_id, endpoint, item, units, cost_micros, at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(item.userId, item.clientId, item.endpoint, item.item, item.units, item.costMicros, item.at);
  }

  setInitialCredit(micros: number): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(CREDIT_KEY, String(micros));
  }

  /** What is left: the credit bought at seed minus everything metered since. */
  balanceMicros(): number {
    const initial = this.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?').get(CREDIT_KEY);
    const spent = this.db.prepare<[], { spent: number | null }>('SELECT sum(cost_micros) AS spent FROM usage').get();
    return Number(initial?.value ?? 0) - (spent?.spent ?? 0);
  }

  totals(): { item: string; units: number; costMicros: number }[] {
    return this.db
      .prepare<[], { item: string; units: number; cost: number }>('SELECT item, sum(units) AS units, sum(cost_micros) AS cost FROM usage GROUP BY item ORDER BY item')
      .all()
      .map((row) => ({ item: row.item, units: row.units, costMicros: row.cost }));
  }
}
