// The chat transcript as CSV through the one CSV writer (RFC 4180, CRLF, BOM, formula guard), one row
// per post in the order they were created. Handles are written without "@" so they open clean
// (the guard only touches text a spreadsheet would run). Each post carries its time as an ISO 8601
// UTC instant, in the user's zone (as Excel reads it and as ISO 8601 with the offset), and its
// moderation state as the chat recorded it. The caller passes the posts to show (left-out.ts). Pure.
import { DateTime } from 'luxon';
import type { Chat, ChatEntry, LeftOutReason } from '../../../shared/chat';
import { csvDocument, type CsvCell } from '../csv/writer';
import { zoneOf } from '../schedule/local-time';
import { leftOutReason } from './left-out';

export const TRANSCRIPT_CSV_HEADER = [
  'order',
  'question',
  'kind',
  'role',
  'created_at_utc',
  'local_time',
  'author_handle',
  'author_name',
  'text',
  'post_id',
  'reply_to_id',
  'url',
  'local_time_iso',
  'moderation_state',
  'moderation_reason',
] as const;

/**
 * What moderation made of a post: why the public version leaves it out (hidden, muted, spam,
 * abusive, deleted: left-out.ts), else handled (marked handled in Columns), flagged (in the lane,
 * e.g. critical but civil) or visible.
 */
export type ModerationState = LeftOutReason | 'handled' | 'flagged' | 'visible';

export function moderationState(entry: Pick<ChatEntry, 'item' | 'moderation' | 'transcript'>): ModerationState {
  const reason = leftOutReason(entry);
  if (reason !== null) return reason;
  if (entry.item.handled) return 'handled';
  return entry.moderation === null ? 'visible' : 'flagged';
}

/** The rules' reason in words (kept after the post was handled or hidden), or why else it is left out. */
export function moderationReason(entry: Pick<ChatEntry, 'item' | 'moderation' | 'transcript'>): string {
  const flag = entry.transcript ? entry.transcript.flag : entry.moderation;
  if (flag) return flag.reason;
  const reason = leftOutReason(entry);
  return reason === 'hidden' ? 'Hidden by the host.' : reason === 'muted' ? 'The host muted the author.' : reason === 'deleted' ? 'Deleted from X.' : '';
}

export const postUrl = (handle: string, id: string): string => `https://x.com/${encodeURIComponent(handle.replace(/^@/, ''))}/status/${encodeURIComponent(id)}`;

export function transcriptCsv(_chat: Chat, entries: readonly ChatEntry[], zone: string): string {
  const where = zoneOf(zone);
  const rows = entries.map((entry, index): CsvCell[] => {
    const { item, question, kind, role } = entry;
    const local = DateTime.fromISO(item.createdAt, { zone: where });
    return [
      index + 1,
      question === null ? '' : `Q${question}`,
      kind,
      role,
      new Date(item.createdAt).toISOString(),
      local.toFormat('dd/MM/yyyy HH:mm:ss'),
      item.author.handle.replace(/^@/, ''),
      item.author.displayName,
      item.text,
      item.id,
      item.replyToId ?? '',
      postUrl(item.author.handle, item.id),
      local.toISO({ suppressMilliseconds: true }),
      moderationState(entry),
      moderationReason(entry),
    ];
  });
  return csvDocument(TRANSCRIPT_CSV_HEADER, rows);
}
