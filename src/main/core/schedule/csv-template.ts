// "Download template" in the import dialog: the header and one example row, dated tomorrow at 09:30
// in the user's zone and written the way their locale writes dates (en-GB: 03/12/2026 09:30), so the
// file that comes back imports as it is. Written by the one CSV writer (BOM, CRLF, quoting); the
// handle goes without "@" (the import accepts both) so the formula guard leaves it alone.
import { DateTime } from 'luxon';
import type { CsvTemplate } from '../../../shared/schedule';
import { csvDocument } from '../csv/writer';
import { exampleDateTime } from './csv-datetime';

export const CSV_TEMPLATE_FILENAME = 'columns-import-template.csv';
export const CSV_COLUMNS = ['account', 'datetime', 'text', 'media path', 'alt text'] as const;
export const CSV_HEADER = CSV_COLUMNS.join(',');

export function csvTemplate(options: { handle: string | null; zone: string; locale: string; now: Date }): CsvTemplate {
  const tomorrow = DateTime.fromJSDate(options.now, { zone: options.zone }).plus({ days: 1 });
  const when = exampleDateTime({ year: tomorrow.year, month: tomorrow.month, day: tomorrow.day }, { hour: 9, minute: 30 }, options.locale);
  const handle = (options.handle ?? 'HorizonsNHS').replace(/^@/, '');
  return { filename: CSV_TEMPLATE_FILENAME, csv: csvDocument(CSV_COLUMNS, [[handle, when, 'Flu jabs at the clinic today, no need to book', '', '']]) };
}
