// The chat transcript as CSV through the one CSV writer (RFC 4180, CRLF, BOM, formula guard), one row
// per post in the order they were created. Handles are written without "@" so they open clean
// (the guard only touches text a spreadsheet would run). Each post carries its time as an ISO 8601
// UTC instant, in the user's zone (as Excel reads it and as ISO 8601 with the offset), and its
// moderation state as the chat recorded it. Pure.
import { DateTime } from 'luxon';
import type { Chat, ChatEntry } from '../../../shared/chat';
import { csvDocument, type CsvCell } from '../csv/writer';
import { zoneOf } from '../schedule/local-time';

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
 * What moderation made of a post: hidden (the host hid the reply on X), handled (marked handled in
 * Columns), flagged (waiting in the moderation lane, with its reason) or visible.
 */
export type ModerationState = 'hidden' | 'handled' | 'flagged' | 'visible';

export function moderationState(entry: Pick<ChatEntry, 'item' | 'moderation'>): ModerationState {
  if (entry.item.state.hidden) return 'hidden';
  if (entry.item.handled) return 'handled';
  return entry.moderation === null ? 'visible' : 'flagged';
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
      entry.moderation?.reason ?? '',
    ];
  });
  return csvDocument(TRANSCRIPT_CSV_HEADER, rows);
}
