// Bulk scheduling from a CSV file (columns: account, datetime, text, media path, alt text): every
// row is checked and reported; a file with any bad row imports nothing unless the user accepts the
// valid rows. Each valid row becomes one scheduled post. The file arrives as bytes: its encoding
// (csv-encoding.ts) and its separator (comma or semicolon, from the header line) are decided here.
//
// Confirmation: an account with "confirm before posting" is confirmed for the file as a whole, in
// one large-type confirmation per account listing every row it covers (the app's dialog, or
// `columns import --confirm @handle`). Without it nothing is imported and the report lists what
// the confirmation would cover; with it the rows are scheduled under one pass, recorded once.
// The post checks run across the whole file (the same text from two accounts is advice).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import type { AccountSummary } from '../../../shared/accounts';
import { DEFAULT_GRACE_MINUTES, type QueuedPost, type queueCreateSchema } from '../../../shared/queue';
import type { CsvConfirmationNeed, CsvImportReport, CsvRowReport } from '../../../shared/schedule';
import type { MediaStore } from '../compose/media-store';
import { refusal, unconfirmed } from '../confirmations/decide';
import type { ConfirmationPass, Confirmations } from '../confirmations/service';
import { AppError } from '../errors';
import { runPostChecks } from '../post-checks/checks';
import type { CreateGuard } from '../queue/service';
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
  createPosts(input: QueueCreateInput, guard: CreateGuard): QueuedPost[];
  confirmations: Pick<Confirmations, 'open'>;
}

export interface CsvImportInput {
  /** The file as it is on disk. */
  bytes: Uint8Array;
  acceptValid: boolean;
  baseDir?: string | undefined;
  confirmedAccountIds?: readonly string[];
  via?: 'app' | 'cli';
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

async function schedule(post: PlannedPost, deps: CsvImportDeps, pass: ConfirmationPass): Promise<QueuedPost[]> {
  const media = post.media ? [deps.media.add({ name: basename(post.media.path), bytes: await readFile(post.media.path), altText: post.media.altText })] : [];
  try {
    return deps.createPosts({
      posts: [{ accountId: post.account.id, parts: [{ text: post.text, mediaIds: media.map((m) => m.id) }] }],
      replyToId: null,
      quoteOfId: null,
      when: { kind: 'at', dueAt: post.dueAt, zone: deps.zone() },
      graceMinutes: DEFAULT_GRACE_MINUTES,
      confirmedAccountIds: [],
    }, { pass });
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
  const planned = checked.flatMap((row) => (row.post ? [{ report: row.report, post: row.post }] : []));
  const findings = runPostChecks(planned.map(({ report, post }) => ({ account: post.account, texts: [post.text], ref: `line ${report.line}` })));
  for (const finding of findings.filter((candidate) => candidate.severity === 'must_fix')) {
    for (const row of checked) if (finding.refs.includes(`line ${row.report.line}`)) refuseRow(row, finding.message);
  }
  const postIds: string[] = [];
  let confirmation: CsvImportReport['confirmation'] = null;
  if (checked.every((row) => row.report.ok) || input.acceptValid) {
    const path = input.via === 'cli' ? 'cli_import' : 'csv_import';
    const valid = checked.flatMap((row) => (row.post && row.report.ok ? [{ report: row.report, post: row.post }] : []));
    const accounts = valid.map(({ post }) => post.account);
    const missing = unconfirmed(accounts, input.confirmedAccountIds ?? []);
    if (missing.length > 0) {
      confirmation = { message: refusal(path, missing), accounts: missing.map((account) => needFor(account, valid)) };
    } else if (valid.length > 0) {
      const pass = deps.confirmations.open(path, accounts, input.confirmedAccountIds ?? []);
      for (const row of checked) {
        if (!row.post || !row.report.ok) continue;
        try {
          postIds.push(...(await schedule(row.post, deps, pass)).map((post) => post.id));
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          refuseRow(row, `could not be scheduled: ${error.message}`);
        }
      }
      pass.record(`CSV import: ${plural(postIds.length, 'post')} from ${valid.map(({ report }) => `line ${report.line}`).join(', ')}`);
    }
  }
  const invalid = checked.filter((row) => !row.report.ok).length;
  return { rows: checked.map((row) => row.report), valid: checked.length - invalid, invalid, imported: postIds.length, postIds, encoding, delimiter, findings, confirmation };
}

function refuseRow(row: Checked, error: string): void {
  row.report.ok = false;
  row.report.errors.push(error);
}

function needFor(account: AccountSummary, rows: readonly { report: CsvRowReport; post: PlannedPost }[]): CsvConfirmationNeed {
  return {
    accountId: account.id,
    handle: account.handle,
    posts: rows.filter(({ post }) => post.account.id === account.id).map(({ report, post }) => ({ line: report.line, dueAt: post.dueAt, text: post.text })),
  };
}

const plural = (count: number, one: string): string => `${count} ${count === 1 ? one : `${one}s`}`;
