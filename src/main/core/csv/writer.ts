// The one CSV writer every export uses (chat transcripts, the import template): RFC 4180 records
// ending in CRLF, a field quoted when it holds a comma, quote or line break (quotes doubled), and a
// UTF-8 BOM at the start (Excel reads a CSV without one as the local code page and garbles £, names
// and emoji). Spreadsheets run a text cell that starts with = + - @ (or a tab or CR) as a formula,
// and the text we export is often written by strangers, so such a text cell gets a leading
// apostrophe (OWASP, "CSV Injection"). Only those cells: a handle written without "@" or a number
// passed as a number is written as it is, so the file opens clean. Pure.

/** A text cell (guarded), a number (written as it is: "-5" stays a negative number) or empty. */
export type CsvCell = string | number | null;

const BOM = '\uFEFF';
const CRLF = '\r\n';
const RUNS_AS_FORMULA = /^[=+\-@\t\r]/;

/** One field: the formula guard for text, then RFC 4180 quoting. */
export function csvField(value: CsvCell): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`A CSV number cell must be finite, not ${value}.`);
    return String(value);
  }
  const safe = RUNS_AS_FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One record with its CRLF. */
export function csvRecord(cells: readonly CsvCell[]): string {
  return cells.map(csvField).join(',') + CRLF;
}

/** A whole file: BOM, header record, then one record per row. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return BOM + [header, ...rows].map(csvRecord).join('');
}
