import { useEffect, useState } from 'react';
import { datePattern, formatDate } from '../../../shared/locale-date-text';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import type { Clock } from './schedule-format';

const EXAMPLE_DAY = { year: 2026, month: 12, day: 1 };

function example(locale: string): string {
  const day = formatDate(EXAMPLE_DAY, locale);
  return `account,datetime,text,media path,alt text
HorizonsNHS,${day} 09:30,"Flu jabs today, no need to book",,
Sch4Change,"${day}, 12:30",#Improve4Patients at 8pm,~/chat.png,Poster`;
}

type Template = { kind: 'loading' } | { kind: 'ready'; url: string; filename: string } | { kind: 'failed'; message: string };

/** The core's template (header and one example row in the user's format) as a link that saves it. */
function useTemplateLink(): Template {
  const [template, setTemplate] = useState<Template>({ kind: 'loading' });
  useEffect(() => {
    let url: string | null = null;
    let live = true;
    getApi()
      .call('schedule.csvTemplate', {})
      .then(({ filename, csv }) => {
        if (!live) return;
        url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
        setTemplate({ kind: 'ready', url, filename });
      })
      .catch((cause: unknown) => live && setTemplate({ kind: 'failed', message: errorMessage(cause) }));
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, []);
  return template;
}

/** What a schedule CSV must look like, with an example to copy and a template to download. */
export function CsvFormatHelp({ clock }: { clock: Clock }): React.JSX.Element {
  const template = useTemplateLink();
  const { placeholder } = datePattern(clock.locale);
  const day = formatDate(EXAMPLE_DAY, clock.locale);
  return (
    <div className="csv-help">
      <p>
        One post per line, after a header line naming the columns, separated by commas or semicolons. A text with commas goes in double quotes. Files saved by
        Excel (CSV UTF-8 or plain CSV) are read as they are.
      </p>
      <dl className="csv-help__columns">
        <dt>account</dt>
        <dd>The X handle, such as HorizonsNHS (with or without the @; without it a spreadsheet never mistakes it for a formula).</dd>
        <dt>datetime</dt>
        <dd>
          A date and time in {clock.timeZone}, {placeholder} hh:mm ({day} 09:30, seconds optional), or ISO 8601 (2026-12-01T09:30+00:00).
        </dd>
        <dt>text</dt>
        <dd>What to post.</dd>
        <dt>media path</dt>
        <dd>Optional: the full path of an image or video on this computer.</dd>
        <dt>alt text</dt>
        <dd>The image&apos;s description; required for accounts that ask for alt text.</dd>
      </dl>
      <pre className="csv-help__example" aria-label="Example CSV file">
        {example(clock.locale)}
      </pre>
      <p className="csv-help__template">
        {template.kind === 'ready' && (
          <a href={template.url} download={template.filename}>
            Download template
          </a>
        )}
        {template.kind === 'loading' && <span className="hint">Preparing the template…</span>}
        {template.kind === 'failed' && <span className="form-error">The template could not be made: {template.message}</span>}
      </p>
    </div>
  );
}
