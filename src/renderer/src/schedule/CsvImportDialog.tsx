import { useId, useState } from 'react';
import type { CsvImportReport } from '../../../shared/schedule';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { readAsBase64 } from '../compose/read-file';
import { importConfirmed } from '../guard/csv-confirmation';
import { PostFindings } from '../guard/PostFindings';
import { Dialog } from '../shell/Dialog';
import { CsvFormatHelp } from './CsvFormatHelp';
import { CsvReportTable } from './CsvReportTable';
import type { Clock } from './schedule-format';

type Step =
  | { kind: 'pick'; error: string | null }
  | { kind: 'checking' }
  /** Rows with errors: nothing imported yet; the user may accept the valid ones. */
  | { kind: 'review'; file: string; report: CsvImportReport; importing: boolean; error: string | null }
  | { kind: 'imported'; report: CsvImportReport };

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Bulk scheduling from a CSV file: check every row first; a file with errors imports nothing unless the user says so. */
export function CsvImportDialog({ clock, onClose, onImported }: { clock: Clock; onClose: () => void; onImported: (count: number) => void }): React.JSX.Element {
  const [step, setStep] = useState<Step>({ kind: 'pick', error: null });
  const fileId = useId();

  const check = async (file: File): Promise<void> => {
    setStep({ kind: 'checking' });
    try {
      // The bytes as they are: the core decides whether they are UTF-8 or Windows-1252.
      const bytes = await readAsBase64(file);
      const report = await importConfirmed((confirmedAccountIds) => getApi().call('schedule.importCsv', { file: bytes, acceptValid: false, confirmedAccountIds }));
      if (report.invalid === 0 && !report.confirmation) {
        setStep({ kind: 'imported', report });
        onImported(report.imported);
      } else {
        setStep({ kind: 'review', file: bytes, report, importing: false, error: null });
      }
    } catch (cause) {
      setStep({ kind: 'pick', error: errorMessage(cause) });
    }
  };

  const acceptValid = (file: string, report: CsvImportReport): void => {
    setStep({ kind: 'review', file, report, importing: true, error: null });
    importConfirmed((confirmedAccountIds) => getApi().call('schedule.importCsv', { file, acceptValid: true, confirmedAccountIds }))
      .then((imported) => {
        if (imported.confirmation) {
          setStep({ kind: 'review', file, report: imported, importing: false, error: null });
          return;
        }
        setStep({ kind: 'imported', report: imported });
        onImported(imported.imported);
      })
      .catch((cause: unknown) => setStep({ kind: 'review', file, report, importing: false, error: errorMessage(cause) }));
  };

  return (
    <Dialog title="Import posts from a CSV file" onClose={onClose} testId="csv-import" wide>
      {(step.kind === 'pick' || step.kind === 'checking') && (
        <>
          <CsvFormatHelp clock={clock} />
          <div className="field csv-import__pick">
            <label htmlFor={fileId}>CSV file</label>
            <input
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              disabled={step.kind === 'checking'}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void check(file);
              }}
            />
            <span className="hint">Columns checks every row before anything is scheduled.</span>
          </div>
          {step.kind === 'checking' && <p role="status">Checking the file…</p>}
          {step.kind === 'pick' && step.error && (
            <p className="form-error" role="alert">
              {step.error}
            </p>
          )}
        </>
      )}
      {step.kind === 'review' && (
        <>
          {step.report.invalid > 0 ? (
            <p className="form-error" role="alert" data-testid="csv-summary">
              {plural(step.report.invalid, 'row has', 'rows have')} errors, so nothing has been imported.{' '}
              {step.report.valid > 0 ? `${plural(step.report.valid, 'row is', 'rows are')} ready.` : 'Fix the file and choose it again.'}
            </p>
          ) : (
            <p className="form-error" role="alert" data-testid="csv-summary">
              Nothing has been imported: {step.report.confirmation?.message}
            </p>
          )}
          <PostFindings findings={step.report.findings} testId="csv-findings" />
          <CsvReportTable report={step.report} clock={clock} />
          {step.error && (
            <p className="form-error" role="alert">
              {step.error}
            </p>
          )}
          <div className="dialog__actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button" onClick={() => setStep({ kind: 'pick', error: null })}>
              Choose another file
            </button>
            {step.report.valid > 0 && (
              <button
                type="button"
                className="button button--primary"
                disabled={step.importing}
                onClick={() => acceptValid(step.file, step.report)}
              >
                {step.report.invalid > 0 ? `Import the ${plural(step.report.valid, 'valid row')}` : `Confirm and import ${plural(step.report.valid, 'row')}`}
              </button>
            )}
          </div>
        </>
      )}
      {step.kind === 'imported' && (
        <>
          <p role="status" className="csv-import__done" data-testid="csv-summary">
            Scheduled {plural(step.report.imported, 'post')}.
            {step.report.invalid > 0 && ` ${plural(step.report.invalid, 'row was', 'rows were')} left out.`}
          </p>
          <PostFindings findings={step.report.findings} testId="csv-findings" />
          <CsvReportTable report={step.report} clock={clock} />
          <div className="dialog__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              Done
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
