import type { CsvImportReport } from '../../../shared/schedule';
import { formatInstant, type Clock } from './schedule-format';

/** Line by line: which account, when, what it says, and every problem with the row. */
export function CsvReportTable({ report, clock }: { report: CsvImportReport; clock: Clock }): React.JSX.Element {
  const encoding = report.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252 (Excel’s plain CSV)';
  return (
    <>
      <p className="hint" data-testid="csv-read-as">
        Read as {encoding}, columns separated by {report.delimiter === ',' ? 'commas' : 'semicolons'}.
      </p>
      <div className="csv-report__scroll">
        <table className="csv-report" data-testid="csv-report">
          <caption className="visually-hidden">Rows of the file and what Columns found</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Account</th>
              <th scope="col">Time</th>
              <th scope="col">Text</th>
              <th scope="col">Result</th>
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr key={row.line} className={row.ok ? undefined : 'csv-report__bad'}>
                <th scope="row">{row.line}</th>
                <td>{row.account ?? '—'}</td>
                <td className="csv-report__time">{row.dueAt ? formatInstant(new Date(row.dueAt), clock) : '—'}</td>
                <td className="csv-report__text" title={row.text}>
                  {row.text || '—'}
                </td>
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
    </>
  );
}
