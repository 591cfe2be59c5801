// The spend meter's data (SQLite): the editable price table and monthly cap (settings keys), and
// what each account actually read, per day and billable kind.
import type { Database } from 'better-sqlite3';
import { z } from 'zod';
import type { SpendSettings, SpendSummary } from '../../../shared/columns';
import { X_PRICES_MICROS } from '../../../shared/x-plans';
import { effectiveValue, refuseIfLocked, type OrganisationReader } from '../organisation/overlay';

/** X's pay-per-use prices (the sandbox meters with the same table), US dollars per item. */
export const DEFAULT_PRICES: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(X_PRICES_MICROS).map(([kind, micros]) => [kind, micros / 1_000_000]),
);

const PRICES_KEY = 'spend.prices';
const CAP_KEY = 'spend.monthlyCapUsd';

export class SpendStore {
  constructor(
    private readonly db: Database,
    private readonly organisation: OrganisationReader | null = null,
  ) {}

  /** X's prices, the organisation's suggestion over them, the user's over that; a locked table is the organisation's alone. */
  settings(): SpendSettings {
    const stored = z.record(z.string(), z.number().min(0)).catch({}).parse(this.#read(PRICES_KEY));
    const file = this.organisation?.file();
    const organisationPrices = file?.x?.prices ?? {};
    const prices = this.organisation?.isLocked('x.prices')
      ? { ...DEFAULT_PRICES, ...organisationPrices }
      : { ...DEFAULT_PRICES, ...organisationPrices, ...stored };
    const storedCap = z.number().min(0).nullable().optional().catch(undefined).parse(this.#read(CAP_KEY));
    const cap = effectiveValue<number | null>(this.organisation, 'spend.monthlyCapUsd', file?.spend?.monthlyCapUsd, storedCap, null);
    return { prices, monthlyCapUsd: cap };
  }

  update(patch: Partial<SpendSettings>, now = new Date()): SpendSettings {
    const file = this.organisation?.file();
    refuseIfLocked(this.organisation, 'x.prices', 'prices', { to: patch.prices, locked: { ...DEFAULT_PRICES, ...file?.x?.prices } });
    refuseIfLocked(this.organisation, 'spend.monthlyCapUsd', 'monthlyCapUsd', { to: patch.monthlyCapUsd, locked: file?.spend?.monthlyCapUsd });
    if (patch.prices !== undefined) this.#write(PRICES_KEY, patch.prices, now);
    if (patch.monthlyCapUsd !== undefined) this.#write(CAP_KEY, patch.monthlyCapUsd, now);
    return this.settings();
  }

  price(billable: string): number {
    return this.settings().prices[billable] ?? 0;
  }

  /** One request's items, priced now (a later price change does not rewrite history). */
  record(accountId: string, billable: string, items: number, now = new Date()): void {
    const micros = Math.round(this.price(billable) * items * 1_000_000);
    this.db
      .prepare(
        `INSERT INTO spend_ledger (account_id, day, billable, requests, items, micros) VALUES (?, ?, ?, 1, ?, ?)
         ON CONFLICT (account_id, day, billable) DO UPDATE SET requests = requests + 1, items = items + excluded.items, micros = micros + excluded.micros`,
      )
      .run(accountId, dayOf(now), billable, items, micros);
  }

  summaries(accountIds: readonly string[], now = new Date()): SpendSummary[] {
    const day = dayOf(now);
    const sum = this.db.prepare<[string, string, string], number>(
      'SELECT coalesce(sum(micros), 0) FROM spend_ledger WHERE account_id = ? AND day >= ? AND day <= ?',
    );
    return accountIds.map((accountId) => ({
      accountId,
      todayUsd: (sum.pluck().get(accountId, day, day) ?? 0) / 1_000_000,
      monthUsd: (sum.pluck().get(accountId, `${day.slice(0, 7)}-01`, day) ?? 0) / 1_000_000,
    }));
  }

  /** Everything spent this month, every account (the cap is for the whole app). */
  monthTotal(now = new Date()): number {
    const day = dayOf(now);
    const micros = this.db.prepare('SELECT coalesce(sum(micros), 0) FROM spend_ledger WHERE day >= ?').pluck().get(`${day.slice(0, 7)}-01`) as number;
    return micros / 1_000_000;
  }

  #read(key: string): unknown {
    const raw = this.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
    if (raw === undefined) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  }

  #write(key: string, value: unknown, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(key, JSON.stringify(value), now.toISOString());
  }
}

/** UTC day: the ledger and X's billing both count in UTC. */
const dayOf = (now: Date): string => now.toISOString().slice(0, 10);
