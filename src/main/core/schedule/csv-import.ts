// Bulk scheduling from a CSV file (columns: account, datetime, text, media path, alt text): every
// row is checked and reported; a file with any bad row imports nothing unless the user accepts the
// valid rows. Each valid row becomes one scheduled post. The file arrives as bytes: its encoding
// (csv-encoding.ts) and its separator (comma or semicolon, from the header line) are decided here.
//
// Confirmation: accounts with "confirm before posting" normally need the large-type dialog before
// a schedule. Importing a file (in the app after reading the report, or `columns import`) is the
// user's explicit confirmation for every account named in it, so each post is created with its own
// account in confirmedAccountIds.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { AccountSummary } from '../../../shared/accounts';
import { DEFAULT_GRACE_MINUTES, type QueuedPost, type queueCreateSchema } from '../../../shared/queue';
import type { CsvImportReport, CsvRowReport } from '../../../shared/schedule';
import type { MediaStore } from '../compose/media-store';
import { AppError } from '../errors';
import { decodeCsv } from './csv-encoding';
import { CsvSyntaxError, detectDelimiter, parseCsv, type CsvDelimiter, type CsvRecord } from './csv-parser';
import { checkRow, type CsvRowValues, type PlannedPost } from './csv-row-check';

export type QueueCreateInput = z.output<typeof queueCreateSchema>;

export interface CsvImportDeps {
  accounts(): AccountSummary[];
  /** The user's zone and locale (settings): local times are read in the zone, dates in the locale's order. */
  zone(): string;
  locale(): string;
  now(): Date;
  media: Pick<MediaStore, 'add' | 'remove'>;
  createPosts(input: QueueCreateInput): QueuedPost[];
}

export interface CsvImportInput {
  /** The file as it is on disk. */
  bytes: Uint8Array;
  acceptValid: boolean;
  baseDir?: string | undefined;
}

const COLUMNS: Readonly<Record<string, keyof CsvRowValues>> = {
  account: 'account',
  datetime: 'datetime',
  text: 'text',
  'media path': 'mediaPath',
  'alt text': 'altText',
};
const REQUIRED: readonly (keyof CsvRowValues)[] = ['account', 'datetime', 'text'];
const HEADER_HELP = 'The first line must name the columns: account, datetime, text, media path, alt text.';

/** "Media_Path", "media-path", " Media  Path " → "media path". */
const normaliseHeader = (name: string): string => name.trim().toLowerCase().replace(/[\s_-]+/g, ' ');

function columnsOf(header: CsvRecord): (keyof CsvRowValues)[] {
  const columns = header.fields.map((name) => {
    const column = COLUMNS[normaliseHeader(name)];
    if (!column) throw new AppError('invalid_input', `line ${header.line}: "${name}" is not a column Columns knows. ${HEADER_HELP}`);
    return column;
  });
  const twice = columns.find((column, index) => columns.indexOf(column) !== index);
  if (twice) throw new AppError('invalid_input', `line ${header.line}: the column "${twice}" appears twice. ${HEADER_HELP}`);
  const missing = REQUIRED.filter((column) => !columns.includes(column));
  if (missing.length > 0) throw new AppError('invalid_input', `line ${header.line}: the header has no ${missing.join(', ')} column. ${HEADER_HELP}`);
  return columns;
}

function recordsOf(csv: string, delimiter: CsvDelimiter): CsvRecord[] {
  try {
    return parseCsv(csv, delimiter).filter((record) => record.fields.some((field) => field.trim() !== ''));
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new AppError('invalid_input', `The CSV file cannot be read: ${error.message}`);
    throw error;
  }
}

interface Checked {
  report: CsvRowReport;
  post: PlannedPost | null;
}

async function checkAll(records: CsvRecord[], columns: (keyof CsvRowValues)[], delimiter: CsvDelimiter, deps: CsvImportDeps, baseDir: string | undefined): Promise<Checked[]> {
  const context = { accounts: deps.accounts(), zone: deps.zone(), locale: deps.locale(), nowMs: deps.now().getTime(), baseDir };
  const checked: Checked[] = [];
  for (const record of records) {
    const values: CsvRowValues = { account: '', datetime: '', text: '', mediaPath: '', altText: '' };
    columns.forEach((column, index) => (values[column] = record.fields[index] ?? ''));
    const text = values.text.trim();
    if (record.fields.length > columns.length) {
      const error = `has ${record.fields.length} fields but the header names ${columns.length}; put a field that holds a ${delimiter === ',' ? 'comma' : 'semicolon'} in double quotes.`;
      checked.push({ report: { line: record.line, ok: false, errors: [error], account: null, dueAt: null, text }, post: null });
      continue;
    }
    const result = await checkRow(values, context);
    checked.push(
      result.ok
        ? { report: { line: record.line, ok: true, errors: [], account: `@${result.post.account.handle}`, dueAt: result.post.dueAt, text }, post: result.post }
        : { report: { line: record.line, ok: false, errors: result.errors, account: result.account ? `@${result.account.handle}` : null, dueAt: result.dueAt, text }, post: null },
    );
  }
  return checked;
}

async function schedule(post: PlannedPost, deps: CsvImportDeps): Promise<QueuedPost[]> {
  const media = post.media ? [deps.media.add({ name: basename(post.media.path), bytes: await readFile(post.media.path), altText: post.media.altText })] : [];
  try {
    return deps.createPosts({
      posts: [{ accountId: post.account.id, parts: [{ text: post.text, mediaIds: media.map((m) => m.id) }] }],
      replyToId: null,
      quoteOfId: null,
      when: { kind: 'at', dueAt: post.dueAt, zone: deps.zone() },
      graceMinutes: DEFAULT_GRACE_MINUTES,
      // Importing is the explicit confirmation (see the top of this file).
      confirmedAccountIds: [post.account.id],
    });
  } catch (error) {
    for (const ref of media) deps.media.remove(ref.id);
    throw error;
  }
}

export async function importCsv(input: CsvImportInput, deps: CsvImportDeps): Promise<CsvImportReport> {
  const { text, encoding } = decodeCsv(input.bytes);
  const delimiter = detectDelimiter(text);
  const [header, ...records] = recordsOf(text, delimiter);
  if (!header) throw new AppError('invalid_input', `The CSV file is empty. ${HEADER_HELP}`);
  const columns = columnsOf(header);
  if (records.length === 0) throw new AppError('invalid_input', 'The CSV file has a header but no rows to import.');
  const checked = await checkAll(records, columns, delimiter, deps, input.baseDir);
  const postIds: string[] = [];
  if (checked.every((row) => row.report.ok) || input.acceptValid) {
    for (const row of checked) {
      if (!row.post) continue;
      try {
        postIds.push(...(await schedule(row.post, deps)).map((post) => post.id));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        row.report.ok = false;
        row.report.errors.push(`could not be scheduled: ${error.message}`);
      }
    }
  }
  const invalid = checked.filter((row) => !row.report.ok).length;
  return { rows: checked.map((row) => row.report), valid: checked.length - invalid, invalid, imported: postIds.length, postIds, encoding, delimiter };
}
