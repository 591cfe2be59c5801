// What each kind of column is called and what it needs to be added.
import type { ColumnKind } from '../../../shared/columns';

/** The same order as the core's COLUMN_KINDS (not imported: that module builds zod schemas at load). */
export const KIND_CHOICES: readonly { kind: ColumnKind; label: string }[] = [
  { kind: 'home', label: 'Home' },
  { kind: 'mentions', label: 'Mentions' },
  { kind: 'search', label: 'Search or hashtag' },
  { kind: 'user', label: "A user's posts" },
  { kind: 'scheduled', label: 'Scheduled' },
  { kind: 'drafts', label: 'Drafts' },
  { kind: 'sent', label: 'Sent' },
  { kind: 'failed', label: 'Failed and held' },
  { kind: 'all_mentions', label: 'All mentions' },
];

/** Every kind reads as one account except All mentions, which merges them all. */
export function needsAccount(kind: ColumnKind): boolean {
  return kind !== 'all_mentions';
}

export function queryLabelOf(kind: ColumnKind): string | null {
  if (kind === 'search') return 'Search words or #hashtag';
  if (kind === 'user') return 'User handle';
  return null;
}
