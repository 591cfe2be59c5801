// A CSV import that names a "confirm before posting" account: core imports nothing and lists the
// posts one confirmation per account would cover; the user confirms them all at once (large type),
// and the import runs again with those confirmations.
import type { CsvImportReport } from '../../../shared/schedule';
import { getApi } from '../api';
import { ask } from './guard-requests';

/** The report of the import as confirmed; the unconfirmed report (nothing imported) when the user cancelled. */
export async function importConfirmed(run: (confirmedAccountIds: string[]) => Promise<CsvImportReport>): Promise<CsvImportReport> {
  const report = await run([]);
  if (!report.confirmation) return report;
  const accounts = await getApi().call('accounts.list', {});
  const needs = report.confirmation.accounts.flatMap((need) => {
    const account = accounts.find((candidate) => candidate.id === need.accountId);
    return account ? [{ account, posts: need.posts }] : [];
  });
  const confirmed = await ask({ kind: 'batch', needs, verb: 'Schedule' });
  return confirmed ? run(confirmed) : report;
}
