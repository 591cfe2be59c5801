import type { CsvImportReport } from '../../../shared/schedule';
import { formatInstant, type Clock } from './schedule-format';

/** Line by line: which account, when, and every problem with the row. */
export function CsvReportTable({ report, clock }: { report: CsvImportReport; clock: Clock }): React.JSX.Element {
  return (
    <div className="csv-report__scroll">
      <table className="csv-report" data-testid="csv-report">
        <caption className="visually-hidden">Rows of the file and what Columns found</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Account</th>
            <th scope="col">Time</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row) => (
            <tr key={row.line} className={row.ok ? undefined : 'csv-report__bad'}>
              <th scope="row">{row.line}</th>
              <td>{row.account ?? '—'}</td>
              <td>{row.dueAt ? formatInstant(new Date(row.dueAt), clock) : '—'}</td>
              <td>
                {row.ok ? (
                  <span className="csv-report__ok">✓ Ready</span>
                ) : (
                  <ul className="csv-report__errors">
                    {row.errors.map((error) => (
                      <li key={error}>{error}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
