// The chat transcript as a plain HTML fragment to paste into a CMS: no <html>, <head> or styles,
// no page chrome; a heading per question with the posts answering it under it as quotes, each with its author
// and a link to the post on X, then the general posts (welcome, closing, other). Every piece of user
// text is escaped. The caller passes the posts to show (left-out.ts); a moderated post, only there
// when the user included them, says so in words. Pure.
import { DateTime } from 'luxon';
import type { Chat, ChatEntry } from '../../../shared/chat';
import { escapeHtml } from '../../sandbox/oauth/authorize-page';
import { zoneOf } from '../schedule/local-time';
import { leftOutReason } from './left-out';
import { postUrl } from './transcript-csv';

function quote(entry: ChatEntry, zone: ReturnType<typeof zoneOf>): string {
  const { item } = entry;
  const at = DateTime.fromISO(item.createdAt, { zone });
  const reason = leftOutReason(entry);
  const lines = item.text.split(/\r?\n/).map(escapeHtml).join('<br>');
  const mark = reason === null ? '' : `\n<p><em>Left out of the public version: ${reason}</em></p>`;
  return `<blockquote>\n<p>${lines}</p>\n<p>— ${escapeHtml(item.author.displayName)} (@${escapeHtml(item.author.handle.replace(/^@/, ''))}), <a href="${escapeHtml(postUrl(item.author.handle, item.id))}">${at.toFormat('HH:mm')}</a></p>${mark}\n</blockquote>`;
}

const quotes = (entries: readonly ChatEntry[], zone: ReturnType<typeof zoneOf>): string =>
  entries.length === 0 ? '<p>No answers.</p>' : entries.map((entry) => quote(entry, zone)).join('\n');

export function transcriptBlog(chat: Chat, entries: readonly ChatEntry[], zone: string): string {
  const where = zoneOf(zone);
  const starts = DateTime.fromISO(chat.startsAt, { zone: where }).setLocale('en-GB');
  const numbers = [...new Set([...chat.questions.map((_q, index) => index + 1), ...entries.flatMap((e) => (e.question === null ? [] : [e.question]))])].sort((a, b) => a - b);
  const sections = numbers.map((n) => {
    const text = chat.questions[n - 1]?.text;
    const heading = text === undefined ? `Q${n}` : `Q${n}: ${escapeHtml(text)}`;
    // The heading is the question: its post is not quoted again under it.
    return `<h3>${heading}</h3>\n${quotes(
      entries.filter((e) => e.question === n && e.kind !== 'question'),
      where,
    )}`;
  });
  const general = entries.filter((e) => e.question === null);
  const intro = `<h2>${escapeHtml(chat.hashtag)}: ${escapeHtml(chat.name)}</h2>\n<p>Our tweet chat on ${escapeHtml(starts.toFormat('d LLLL yyyy'))} at ${starts.toFormat('HH:mm')} (${escapeHtml(where.name)} time).</p>`;
  const rest = general.length === 0 ? '' : `\n<h3>Other posts</h3>\n${quotes(general, where)}`;
  return `${intro}\n${sections.join('\n')}${rest}\n`;
}
