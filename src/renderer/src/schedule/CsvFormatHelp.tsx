const EXAMPLE = `account,datetime,text,media path,alt text
@HorizonsNHS,2026-12-01 09:30,"Flu jabs today, no need to book",,
@Sch4Change,2026-12-01 12:30,#Improve4Patients at 8pm,~/chat.png,Poster`;

/** What a schedule CSV must look like, with an example to copy. */
export function CsvFormatHelp({ timeZone }: { timeZone: string }): React.JSX.Element {
  return (
    <div className="csv-help">
      <p>
        One post per line, after a header line naming the columns. A text with commas goes in double quotes.
      </p>
      <dl className="csv-help__columns">
        <dt>account</dt>
        <dd>The X handle, such as @HorizonsNHS.</dd>
        <dt>datetime</dt>
        <dd>
          A time in {timeZone} (2026-12-01 09:30), or ISO 8601 with an offset (2026-12-01T09:30+00:00).
        </dd>
        <dt>text</dt>
        <dd>What to post.</dd>
        <dt>media path</dt>
        <dd>Optional: the full path of an image or video on this computer.</dd>
        <dt>alt text</dt>
        <dd>The image&apos;s description; required for accounts that ask for alt text.</dd>
      </dl>
      <pre className="csv-help__example" aria-label="Example CSV file">
        {EXAMPLE}
      </pre>
    </div>
  );
}
