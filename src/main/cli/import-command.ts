// `columns import FILE.csv [--accept-valid] [--confirm @handle]...`: the CSV import of the schedule
// screen, for scripts. Relative media paths are read from the CSV file's folder. Prints the per-row
// report and the post checks' advice; fails (exit 1) when rows had errors, or an account that asks
// for confirmation was not named with --confirm, and so nothing was imported.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import type { CsvImportReport } from '../../shared/schedule';
import { AppError } from '../core/errors';
import { accountByHandle } from './account-by-handle';
import { defineCommand } from './command';

const handle = z.string().regex(/^@?\w{1,50}$/, '--confirm must be an X handle such as @HorizonsNHS');

const importInput = z
  .object({
    values: z.object({ 'accept-valid': z.boolean().optional(), confirm: z.array(handle).optional() }),
    positionals: z.tuple([z.string().min(1)], 'takes exactly one FILE.csv'),
  })
  .transform(({ values, positionals }) => ({ file: resolve(positionals[0]), acceptValid: values['accept-valid'] === true, confirm: values.confirm ?? [] }));

function describe(report: CsvImportReport): string {
  const rows = report.rows.map((row) =>
    row.ok ? `line ${row.line}: ok  ${row.account ?? ''} at ${row.dueAt ?? ''}` : `line ${row.line}: ${row.errors.join(' ')}`,
  );
  const advice = report.findings.map((finding) => `${finding.severity === 'must_fix' ? 'Must fix' : 'Advice'} (${finding.refs.join(', ')}): ${finding.message}`);
  const covers = (report.confirmation?.accounts ?? []).flatMap((need) => [
    `--confirm @${need.handle} would cover ${need.posts.length} ${need.posts.length === 1 ? 'post' : 'posts'}:`,
    ...need.posts.map((post) => `  line ${post.line}  ${post.dueAt}  ${post.text.split('\n')[0]?.slice(0, 70) ?? ''}`),
  ]);
  const summary =
    report.imported > 0
      ? `Imported ${report.imported} of ${report.rows.length} rows as scheduled posts.`
      : report.confirmation
        ? `Nothing imported: ${report.confirmation.message}`
        : report.invalid > 0
          ? `Nothing imported: ${report.invalid} of ${report.rows.length} rows have errors. Fix them, or run again with --accept-valid to import the ${report.valid} valid rows.`
          : 'Nothing imported.';
  return [...rows, ...advice, ...covers, summary].join('\n');
}

export const importCommand = defineCommand({
  words: ['import'],
  usage:
    'import FILE.csv [--accept-valid] [--confirm @HANDLE]... [--json]   schedule posts from a CSV (account, datetime, text, media path, alt text); --confirm each account that asks for confirmation',
  options: { 'accept-valid': { type: 'boolean' }, confirm: { type: 'string', multiple: true } },
  input: importInput,
  run: async (core, { file, acceptValid, confirm }: { file: string; acceptValid: boolean; confirm: string[] }) => {
    const confirmedAccountIds = confirm.map((name) => accountByHandle(core, name).id);
    let bytes: Buffer;
    try {
      // As bytes: the core decides the encoding (a Windows-1252 file from Excel is not UTF-8).
      bytes = await readFile(file);
    } catch (error) {
      throw new AppError('invalid_request', `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}.`);
    }
    const result = await core.dispatch('schedule.importCsv', { file: bytes.toString('base64'), acceptValid, baseDir: dirname(file), confirmedAccountIds, via: 'cli' });
    if (!result.ok) throw new AppError(result.error.code, result.error.message);
    return result.value as CsvImportReport;
  },
  print: describe,
  failed: (report: CsvImportReport) => report.imported === 0 && (report.invalid > 0 || report.confirmation !== null),
});
