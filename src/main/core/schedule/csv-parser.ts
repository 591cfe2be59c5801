// RFC 4180 CSV, read carefully and by hand (a few dozen lines do not justify a dependency): fields
// separated by commas (or semicolons, which Excel writes where the comma is the decimal mark),
// records by CRLF, LF or CR; a field in double quotes may hold separators, line breaks (read as \n)
// and doubled quotes (""). A leading BOM is dropped. Each record keeps the line it starts on, so the
// import report can name it.

export interface CsvRecord {
  /** 1-based line where the record starts. */
  line: number;
  fields: string[];
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

export type CsvDelimiter = ',' | ';';

/** The header line decides: semicolons when it has more of them than commas (outside quotes). */
export function detectDelimiter(text: string): CsvDelimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvRecord[] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  // After a closing quote only the delimiter or a line break may follow.
  let closed = false;

  const endField = (): void => {
    fields.push(field);
    field = '';
    closed = false;
  };
  const endRecord = (): void => {
    endField();
    records.push({ line: recordLine, fields });
    fields = [];
  };

  while (i < input.length) {
    const char = input[i] as string;
    if (char === '"' && field === '' && !closed) {
      // A quoted field: read to its closing quote.
      const quotedAt = line;
      i += 1;
      for (;;) {
        if (i >= input.length) throw new CsvSyntaxError(quotedAt, 'a quoted field is never closed (a " is missing).');
        const inner = input[i] as string;
        if (inner === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        if (inner === '\r' || inner === '\n') {
          // Line breaks inside a field become \n, whatever the file used.
          field += '\n';
          i += inner === '\r' && input[i + 1] === '\n' ? 2 : 1;
          line += 1;
          continue;
        }
        field += inner;
        i += 1;
      }
      closed = true;
      continue;
    }
    if (char === delimiter) {
      endField();
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      endRecord();
      i += char === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line += 1;
      recordLine = line;
      continue;
    }
    if (closed) throw new CsvSyntaxError(line, `text after a closing quote; a quoted field must end at a ${delimiter === ',' ? 'comma' : 'semicolon'} or the end of the line.`);
    if (char === '"') throw new CsvSyntaxError(line, 'a " inside a field that does not start with one; put the field in double quotes and double the quote ("").');
    field += char;
    i += 1;
  }
  // The last record, unless the file ended with a line break.
  if (field !== '' || fields.length > 0 || closed) endRecord();
  return records;
}
