// The schedule as an iCalendar file (RFC 5545) for Outlook, Google Calendar and Apple Calendar: one
// VEVENT per scheduled post. Pure: the caller passes the posts in.

export interface IcsPost {
  id: string;
  handle: string;
  /** The whole post; a thread's parts joined by blank lines. */
  text: string;
  /** UTC instant, ISO 8601. */
  dueAt: string;
  /** Last change, ISO 8601: DTSTAMP, so the file is the same for the same schedule. */
  updatedAt: string;
}

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const SUMMARY_WORDS = 8;
const SUMMARY_CHARS = 60;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and newlines are escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line to at most 75 octets per line (RFC 5545 3.1): continuation lines start with
 * one space, which counts. A UTF-8 character is never split.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/** 20260329T080000Z */
function utcStamp(iso: string): string {
  return new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** "@HorizonsNHS: Join our #Improve4Patients chat tonight at 8pm…": whole words, at most 8 or 60 characters. */
export function summaryOf(handle: string, text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const word of words.slice(0, SUMMARY_WORDS)) {
    if ([...kept, word].join(' ').length > SUMMARY_CHARS) break;
    kept.push(word);
  }
  // One very long word (a URL) is cut rather than dropped.
  const first = kept.length > 0 ? kept.join(' ') : Array.from(words[0] ?? '').slice(0, SUMMARY_CHARS).join('');
  const cut = first.length < words.join(' ').length;
  return `@${handle.replace(/^@/, '')}: ${first}${cut ? '…' : ''}`;
}

export function buildIcs(posts: readonly IcsPost[]): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Columns//Columns schedule//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Columns schedule'];
  const sorted = [...posts].sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id));
  for (const post of sorted) {
    lines.push(
      'BEGIN:VEVENT',
      // The post id never changes, so re-importing the file updates events instead of duplicating them.
      `UID:post-${post.id}@columns.app`,
      `DTSTAMP:${utcStamp(post.updatedAt)}`,
      `DTSTART:${utcStamp(post.dueAt)}`,
      `SUMMARY:${escapeText(summaryOf(post.handle, post.text))}`,
      `DESCRIPTION:${escapeText(post.text)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
