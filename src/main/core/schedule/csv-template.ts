// "Download template" in the import dialog: the header and one example row, dated tomorrow at 09:30
// in the user's zone and written the way their locale writes dates (en-GB: 03/12/2026 09:30), so the
// file that comes back imports as it is. A BOM tells Excel the file is UTF-8 (without one it reads £
// as two odd characters).
import { DateTime } from 'luxon';
import type { CsvTemplate } from '../../../shared/schedule';
import { exampleDateTime } from './csv-datetime';

export const CSV_TEMPLATE_FILENAME = 'columns-import-template.csv';
export const CSV_HEADER = 'account,datetime,text,media path,alt text';

export function csvTemplate(options: { handle: string | null; zone: string; locale: string; now: Date }): CsvTemplate {
  const tomorrow = DateTime.fromJSDate(options.now, { zone: options.zone }).plus({ days: 1 });
  const when = exampleDateTime({ year: tomorrow.year, month: tomorrow.month, day: tomorrow.day }, { hour: 9, minute: 30 }, options.locale);
  const row = `@${options.handle ?? 'HorizonsNHS'},${when},"Flu jabs at the clinic today, no need to book",,`;
  return { filename: CSV_TEMPLATE_FILENAME, csv: `\uFEFF${CSV_HEADER}\r\n${row}\r\n` };
}
