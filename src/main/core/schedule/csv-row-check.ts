// One CSV row → the post it schedules, or every reason it cannot (each naming its column), so the
// report shows all of a row's problems at once.
import { open, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { AccountSummary } from '../../../shared/accounts';
import { MAX_ALT_TEXT_LENGTH } from '../../sandbox/media/limits';
import { measure } from '../compose/measure';
import { mediaProblem, SNIFF_BYTES } from '../compose/media-type';
import { dueAtOf } from './csv-datetime';
import { dateTimeLabel, zoneOf } from './local-time';

export interface CsvRowValues {
  account: string;
  datetime: string;
  text: string;
  mediaPath: string;
  altText: string;
}

export interface RowContext {
  accounts: readonly AccountSummary[];
  /** The user's zone: local datetimes are read in it, and posts are shown back in it. */
  zone: string;
  /** The user's locale: how a date such as 03/12/2026 is read (en-GB: day first). */
  locale: string;
  nowMs: number;
  /** Relative media paths are read from here (the CSV's folder); without it they must be absolute. */
  baseDir: string | undefined;
}

export interface PlannedPost {
  account: AccountSummary;
  dueAt: string;
  text: string;
  media: { path: string; altText: string | null } | null;
}

export type RowCheck = { ok: true; post: PlannedPost } | { ok: false; errors: string[]; account: AccountSummary | null; dueAt: string | null };

/** "@HorizonsNHS", "HorizonsNHS", "@HorizonsNHS (training)" or "(live)" when both exist. */
function findAccount(value: string, accounts: readonly AccountSummary[]): AccountSummary | string {
  const match = /^@?(\w{1,50})(?:\s*\((training|live)\))?$/i.exec(value.trim());
  if (!match) return value.trim() === '' ? 'account: is empty.' : `account: "${value}" is not an X handle such as @HorizonsNHS.`;
  const handle = (match[1] as string).toLowerCase();
  const which = match[2]?.toLowerCase();
  const found = accounts.filter((a) => a.handle.toLowerCase() === handle && (which === undefined || a.training === (which === 'training')));
  if (found.length === 1) return found[0] as AccountSummary;
  if (found.length === 0) return `account: no connected account is @${match[1]}${which ? ` (${which})` : ''}.`;
  return `account: @${match[1]} is both a training and a live account; write "@${match[1]} (training)" or "@${match[1]} (live)".`;
}

function absolutePath(value: string, baseDir: string | undefined): string | null {
  if (value === '~' || value.startsWith('~/')) return resolve(homedir(), value.slice(2));
  if (isAbsolute(value)) return value;
  return baseDir === undefined ? null : resolve(baseDir, value);
}

/** Reads only the head and the size: a 500 MB video is not loaded to be checked. */
async function mediaFileProblem(path: string): Promise<string | null> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return `media path: there is no file at ${path}.`;
  }
  if (!info.isFile()) return `media path: ${path} is not a file.`;
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(Math.min(SNIFF_BYTES, info.size));
    await file.read(head, 0, head.length, 0);
    const problem = mediaProblem(path, head, info.size);
    return problem === null ? null : `media path: ${problem}`;
  } finally {
    await file.close();
  }
}

export async function checkRow(values: CsvRowValues, context: RowContext): Promise<RowCheck> {
  const errors: string[] = [];
  const account = findAccount(values.account, context.accounts);
  if (typeof account === 'string') errors.push(account);
  const due = dueAtOf(values.datetime, context);
  let dueAt: string | null = null;
  if (typeof due === 'string') errors.push(due);
  else if (due.dueMs <= context.nowMs) errors.push(`datetime: ${dateTimeLabel(due.dueMs, zoneOf(context.zone))} has already passed.`);
  else dueAt = new Date(due.dueMs).toISOString();

  const text = values.text.trim();
  if (text === '') errors.push('text: is empty.');
  else {
    const measured = measure(text);
    if (!measured.valid) errors.push(`text: is ${measured.weightedLength} characters as X counts them; X allows ${measured.max}.`);
  }

  const mediaPath = values.mediaPath.trim();
  const altText = values.altText.trim();
  let media: PlannedPost['media'] = null;
  if (mediaPath !== '') {
    const path = absolutePath(mediaPath, context.baseDir);
    if (path === null) errors.push(`media path: "${mediaPath}" is relative; give the full path to the file.`);
    else {
      const problem = await mediaFileProblem(path);
      if (problem) errors.push(problem);
      else media = { path, altText: altText === '' ? null : altText };
    }
  }
  if ([...altText].length > MAX_ALT_TEXT_LENGTH) errors.push(`alt text: is ${[...altText].length} characters; X allows ${MAX_ALT_TEXT_LENGTH}.`);
  if (altText !== '' && mediaPath === '') errors.push('alt text: is given but there is no media path to describe.');
  if (altText === '' && mediaPath !== '' && typeof account !== 'string' && account.requireAltText) {
    errors.push(`alt text: @${account.handle} requires alt text on images and video.`);
  }

  const found = typeof account === 'string' ? null : account;
  if (errors.length > 0 || found === null || dueAt === null) return { ok: false, errors, account: found, dueAt };
  return { ok: true, post: { account: found, dueAt, text, media } };
}
