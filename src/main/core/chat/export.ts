// A chat's transcript as a file to save: HTML (report, by question, in order), CSV (in order) or a
// blog fragment (by question, to paste into a CMS), named for the hashtag and the chat's local date,
// e.g. chat-improve4patients-2026-11-25.html (.csv, .blog.html). Posts the public version leaves
// out are absent unless `includeModerated`, then marked.
import { DateTime } from 'luxon';
import type { Chat, ChatEntry, ChatExportFormat } from '../../../shared/chat';
import { zoneOf } from '../schedule/local-time';
import { selectForTranscript } from './left-out';
import { buildReport } from './report';
import { transcriptBlog } from './transcript-blog';
import { transcriptCsv } from './transcript-csv';
import { transcriptHtml } from './transcript-html';

export type { ChatExportFormat };

export interface ChatExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

const MIME: Record<ChatExportFormat, string> = { html: 'text/html;charset=utf-8', csv: 'text/csv;charset=utf-8', blog: 'text/html;charset=utf-8' };
const EXTENSION: Record<ChatExportFormat, string> = { html: 'html', csv: 'csv', blog: 'blog.html' };

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

export function exportChat(chat: Chat, entries: readonly ChatEntry[], format: ChatExportFormat, zone: string, hostHandle: string, includeModerated = false): ChatExportFile {
  const day = DateTime.fromISO(chat.startsAt, { zone: zoneOf(zone) }).toFormat('yyyy-MM-dd');
  const { shown } = selectForTranscript(entries, includeModerated);
  const content =
    format === 'html'
      ? transcriptHtml(chat, shown, buildReport(chat, entries, hostHandle, includeModerated), zone)
      : format === 'blog'
        ? transcriptBlog(chat, shown, zone)
        : transcriptCsv(chat, shown, zone);
  return { filename: `chat-${hashtagSlug(chat.hashtag)}-${day}.${EXTENSION[format]}`, mimeType: MIME[format], content };
}
