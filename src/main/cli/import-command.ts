// `columns import FILE.csv [--accept-valid]`: the CSV import of the schedule screen, for scripts.
// Relative media paths are read from the CSV file's folder. Prints the per-row report; fails (exit 1)
// when rows had errors and so nothing was imported.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { CsvImportReport } from '../../shared/schedule';
import { AppError } from '../core/errors';
import { defineCommand } from './command';

const importInput = z
  .object({
    values: z.object({ 'accept-valid': z.boolean().optional() }),
    positionals: z.tuple([z.string().min(1)], 'takes exactly one FILE.csv'),
  })
  .transform(({ values, positionals }) => ({ file: resolve(positionals[0]), acceptValid: values['accept-valid'] === true }));

function describe(report: CsvImportReport): string {
  const rows = report.rows.map((row) =>
    row.ok ? `line ${row.line}: ok  ${row.account ?? ''} at ${row.dueAt ?? ''}` : `line ${row.line}: ${row.errors.join(' ')}`,
  );
  const summary =
    report.imported > 0
      ? `Imported ${report.imported} of ${report.rows.length} rows as scheduled posts.`
      : report.invalid > 0
        ? `Nothing imported: ${report.invalid} of ${report.rows.length} rows have errors. Fix them, or run again with --accept-valid to import the ${report.valid} valid rows.`
        : 'Nothing imported.';
  return [...rows, summary].join('\n');
}

export const importCommand = defineCommand({
  words: ['import'],
  usage: 'import FILE.csv [--accept-valid] [--json]   schedule posts from a CSV (account, datetime, text, media path, alt text)',
  options: { 'accept-valid': { type: 'boolean' } },
  input: importInput,
  run: async (core, { file, acceptValid }: { file: string; acceptValid: boolean }) => {
    let bytes: Buffer;
    try {
      // As bytes: the core decides the encoding (a Windows-1252 file from Excel is not UTF-8).
      bytes = await readFile(file);
    } catch (error) {
      throw new AppError('invalid_request', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}.`);
    }
    const result = await core.dispatch('schedule.importCsv', { file: bytes.toString('base64'), acceptValid, baseDir: dirname(file) });
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return result.value as CsvImportReport;
  },
  print: describe,
  failed: (report: CsvImportReport) => report.imported === 0 && report.invalid > 0,
});
