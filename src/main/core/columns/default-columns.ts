// The columns a person starts with, so the first screen after "Practise in the training sandbox"
// or a first live account is a working desk, not an empty strip: Mentions for each account, All
// mentions when there are several, and Scheduled. Only what is missing is added: practising twice,
// or connecting a second live account later, never doubles a column.
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnConfig } from '../../../shared/columns';
import type { NewColumn } from './config-store';

export function columnTitle(kind: ColumnConfig['kind'], query: string | null, owner: Pick<AccountSummary, 'handle'> | null, titles: Record<ColumnConfig['kind'], string>): string {
  return [titles[kind], query, owner ? `@${owner.handle}` : null].filter(Boolean).join(' · ');
}

/** Corporate accounts first (they are what a comms officer watches most), then the order given. */
export function defaultColumns(existing: readonly ColumnConfig[], accounts: readonly AccountSummary[], titles: Record<ColumnConfig['kind'], string>): NewColumn[] {
  const ordered = [...accounts].sort((a, b) => Number(b.kind === 'corporate') - Number(a.kind === 'corporate'));
  const wanted: NewColumn[] = ordered.map((account) => ({ kind: 'mentions', accountId: account.id, query: null, title: columnTitle('mentions', null, account, titles) }));
  if (accounts.length > 1) wanted.push({ kind: 'all_mentions', accountId: null, query: null, title: titles.all_mentions });
  wanted.push({ kind: 'scheduled', accountId: null, query: null, title: titles.scheduled });
  return wanted.filter((column) => !existing.some((have) => have.kind === column.kind && have.accountId === column.accountId && have.query === null));
}
