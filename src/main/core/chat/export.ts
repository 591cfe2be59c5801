// A chat's transcript as a file to save: HTML (report, by question, in order) or CSV (in order),
// named for the hashtag and the chat's local date, e.g. chat-improve4patients-2026-11-25.html.
import { DateTime } from 'luxon';
import type { Chat, ChatEntry } from '../../../shared/chat';
import { zoneOf } from '../schedule/local-time';
import { buildReport } from './report';
import { transcriptCsv } from './transcript-csv';
import { transcriptHtml } from './transcript-html';

export type ChatExportFormat = 'html' | 'csv';

export interface ChatExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

const MIME: Record<ChatExportFormat, string> = { html: 'text/html;charset=utf-8', csv: 'text/csv;charset=utf-8' };

/** "#Improve4Patients" → "improve4patients"; accents dropped, anything else a dash; "chat" if nothing is left. */
export function hashtagSlug(hashtag: string): string {
  const slug = hashtag
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'chat';
}

export function exportChat(chat: Chat, entries: readonly ChatEntry[], format: ChatExportFormat, zone: string, hostHandle: string): ChatExportFile {
  const day = DateTime.fromISO(chat.startsAt, { zone: zoneOf(zone) }).toFormat('yyyy-MM-dd');
  const content = format === 'html' ? transcriptHtml(chat, entries, buildReport(chat, entries, hostHandle), zone) : transcriptCsv(chat, entries, zone);
  return { filename: `chat-${hashtagSlug(chat.hashtag)}-${day}.${format}`, mimeType: MIME[format], content };
}
