// What each kind of column is called and what it needs to be added.
import type { ColumnKind } from '../../../shared/columns';

/** What X bills for each item a column reads, as the price table names it; local kinds are free. */
export type KindCost = 'owned_read' | 'post_read' | 'free';

export interface KindChoice {
  kind: ColumnKind;
  label: string;
  /** One line on what the column shows. */
  shows: string;
  cost: KindCost;
}

/** The same order as the core's COLUMN_KINDS (not imported: that module builds zod schemas at load). */
export const KIND_CHOICES: readonly KindChoice[] = [
  { kind: 'home', label: 'Home', shows: 'The account’s posts and those of everyone it follows', cost: 'owned_read' },
  { kind: 'mentions', label: 'Mentions', shows: 'Posts that mention or reply to the account', cost: 'owned_read' },
  { kind: 'activity', label: 'Activity', shows: 'Who reposted the account’s posts', cost: 'owned_read' },
  { kind: 'search', label: 'Search or hashtag', shows: 'Recent posts matching words or a #hashtag', cost: 'post_read' },
  { kind: 'user', label: "A user's posts", shows: 'What one account posts', cost: 'post_read' },
  { kind: 'scheduled', label: 'Scheduled', shows: 'Posts waiting for their time', cost: 'free' },
  { kind: 'drafts', label: 'Drafts', shows: 'Posts not scheduled yet', cost: 'free' },
  { kind: 'sent', label: 'Sent', shows: 'What Columns has posted', cost: 'free' },
  { kind: 'failed', label: 'Failed and held', shows: 'Posts that did not go out and wait for a decision', cost: 'free' },
  { kind: 'all_mentions', label: 'All mentions', shows: 'The mentions of every account, merged', cost: 'owned_read' },
];

/**
 * The cost line of a kind. `prices` is the price table in US dollars per item (spend.get), when
 * loaded; without it the words alone.
 */
export function costLine(cost: KindCost, prices: Readonly<Record<string, number>> | null, usd: (amount: number) => string): string {
  if (cost === 'free') return 'From Columns’ own queue · free';
  const price = prices?.[cost];
  const each = price === undefined ? '' : ` · ${usd(price)} each`;
  return cost === 'owned_read' ? `X bills each post read${each} (owned read)` : `X bills each post read${each}`;
}

/** Every kind reads as one account except All mentions, which merges them all. */
export function needsAccount(kind: ColumnKind): boolean {
  return kind !== 'all_mentions';
}

export function queryLabelOf(kind: ColumnKind): string | null {
  if (kind === 'search') return 'Search words or #hashtag';
  if (kind === 'user') return 'User handle';
  return null;
}

/**
 * Whether a column's cards say which account each post reached. A single-account column's header
 * already names it; All mentions merges accounts, and a search finds posts that may not address the
 * account at all.
 */
export function showsReceiver(kind: ColumnKind | undefined): boolean {
  return kind === 'all_mentions' || kind === 'search';
}

/** Kinds read from Columns' own post queue, not from X. */
export function isLocalKind(kind: ColumnKind): boolean {
  return KIND_CHOICES.find((choice) => choice.kind === kind)?.cost === 'free';
}
