// The chat transcript as CSV (RFC 4180: CRLF records, fields quoted when they hold a comma, quote or
// line break, quotes doubled), one row per post in the order they were created. Spreadsheets run a
// cell that starts with = + - @ (or a tab or CR) as a formula, and chat posts are written by
// strangers: such cells get a leading apostrophe (OWASP, "CSV Injection"). Pure.
import { DateTime } from 'luxon';
import type { Chat, ChatEntry } from '../../../shared/chat';
import { zoneOf } from '../schedule/local-time';

const CRLF = '\r\n';
/** Excel reads a CSV without it as the local code page and garbles names and emoji. */
const BOM = '\uFEFF';
const HEADER = ['order', 'question', 'kind', 'role', 'created_at_utc', 'local_time', 'author_handle', 'author_name', 'text', 'post_id', 'reply_to_id', 'url'];

/** The formula guard, then RFC 4180 quoting. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export const postUrl = (handle: string, id: string): string => `https://x.com/${encodeURIComponent(handle.replace(/^@/, ''))}/status/${encodeURIComponent(id)}`;

export function transcriptCsv(_chat: Chat, entries: readonly ChatEntry[], zone: string): string {
  const where = zoneOf(zone);
  const rows = entries.map(({ item, question, kind, role }, index) => [
    String(index + 1),
    question === null ? '' : `Q${question}`,
    kind,
    role,
    new Date(item.createdAt).toISOString(),
    DateTime.fromISO(item.createdAt, { zone: where }).toFormat('dd/MM/yyyy HH:mm:ss'),
    `@${item.author.handle}`,
    item.author.displayName,
    item.text,
    item.id,
    item.replyToId ?? '',
    postUrl(item.author.handle, item.id),
  ]);
  return BOM + [HEADER, ...rows].map((row) => row.map(csvField).join(',') + CRLF).join('');
}
