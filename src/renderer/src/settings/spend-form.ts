// The spend settings form as data (pure, tested without a DOM): what each price is, and what the
// typed text means — a price per item, a monthly cap or none — with a sentence for what is wrong.

/** X's billable items in words (pay-per-use, X-API.md); a key the core adds later shows as itself. */
export const PRICE_LABELS: Record<string, string> = {
  post_read: 'Each post read (home, search, a user’s posts)',
  owned_read: 'Each post read from the account’s own mentions or posts',
  user_read: 'Each user read',
  post_create: 'Each post created',
  post_create_url: 'Each post created with a link',
  reply_summoned: 'Each reply where the author summoned the account',
};

/** shared/columns.ts priceTableSchema: 0 to 100 US dollars per item. */
const MAX_PRICE = 100;
const MAX_CAP = 1_000_000;
const MONEY = /^\d+(\.\d+)?$/;

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export function parsePrice(raw: string): Parsed<number> {
  const text = raw.trim().replace(/^\$/, '');
  if (!MONEY.test(text)) return { ok: false, error: 'Enter a price in US dollars, such as 0.005.' };
  const value = Number(text);
  if (value > MAX_PRICE) return { ok: false, error: `A price per item is at most $${MAX_PRICE}.` };
  return { ok: true, value };
}

/** Empty means no cap. */
export function parseCap(raw: string): Parsed<number | null> {
  const text = raw.trim().replace(/^\$/, '').replaceAll(',', '');
  if (text === '') return { ok: true, value: null };
  if (!MONEY.test(text)) return { ok: false, error: 'Enter an amount in US dollars, such as 25, or leave it empty for no cap.' };
  const value = Number(text);
  if (value > MAX_CAP) return { ok: false, error: `The cap is at most $${MAX_CAP.toLocaleString('en-GB')} a month.` };
  return { ok: true, value };
}

/** "$0.0123": small sums keep the digits that matter (a read costs a tenth of a cent). */
export function formatUsd(value: number): string {
  if (value === 0) return '$0.00';
  return `$${value < 1 ? value.toFixed(4) : value.toFixed(2)}`;
}
