// What the published transcript leaves out (hidden, muted, spam, abusive, deleted; never civil
// criticism), and the two formats made for publishing: the A4 page and the blog fragment.
import { describe, expect, it } from 'vitest';
import { exportChat } from '../../src/main/core/chat/export';
import { leftOutReason, leftOutSentence, selectForTranscript } from '../../src/main/core/chat/left-out';
import { transcriptBlog } from '../../src/main/core/chat/transcript-blog';
import { parseCsv } from '../../src/main/core/schedule/csv-parser';
import type { ChatEntry, ModerationFlag } from '../../src/shared/chat';
import { author, chat, entry, improveChatEntries, item } from '../helpers/chat-fixtures';

const at = (second: number): string => new Date(Date.UTC(2026, 10, 25, 19, 20, second)).toISOString();
const HIDDEN = { liked: false, reposted: false, hidden: true };
const flag = (kind: ModerationFlag['kind']): ModerationFlag => ({ kind, reason: `Flagged ${kind}` });
const read = (base: ChatEntry, transcript: Partial<NonNullable<ChatEntry['transcript']>> = {}): ChatEntry => ({ ...base, transcript: { flag: null, muted: false, deleted: false, ...transcript } });

/** One post of each moderation outcome, as the transcript path reads them. */
function moderated(): Record<'hidden' | 'mutedAuthor' | 'mutedWord' | 'spam' | 'abusive' | 'deleted' | 'critical' | 'handledSpam', ChatEntry> {
  const post = (id: string, text: string, second: number, patch = {}): ChatEntry => entry('answer', 1, 'participant', item(id, author(`u${id}`), text, at(second), patch));
  return {
    hidden: read(post('5001', 'A1 hidden one', 1, { state: HIDDEN })),
    mutedAuthor: read(post('5002', 'A1 from a muted author', 2), { muted: true }),
    mutedWord: read(post('5003', 'A1 a muted word', 3), { flag: flag('muted') }),
    spam: read(post('5004', 'A1 earn cash', 4), { flag: flag('spam') }),
    abusive: read(post('5005', 'A1 idiots', 5), { flag: flag('abusive') }),
    deleted: read(post('5006', 'A1 deleted later', 6, { state: HIDDEN }), { deleted: true }),
    critical: read({ ...post('5007', 'A1 this is pointless', 7), moderation: flag('critical') }, { flag: flag('critical') }),
    // The lane no longer shows it once handled (moderation null), but the rules still call it spam.
    handledSpam: read(post('5008', 'A1 crypto giveaway', 8, { handled: true }), { flag: flag('spam') }),
  };
}

describe('leftOutReason', () => {
  it('leaves out hidden, muted (author or word), spam, abusive and deleted posts, and keeps civil criticism', () => {
    const posts = moderated();
    expect(Object.fromEntries(Object.entries(posts).map(([name, post]) => [name, leftOutReason(post)]))).toEqual({
      hidden: 'hidden',
      mutedAuthor: 'muted',
      mutedWord: 'muted',
      spam: 'spam',
      abusive: 'abusive',
      deleted: 'deleted',
      critical: null,
      handledSpam: 'spam',
    });
  });

  it("reads the lane's flag when the entry has no transcript reading (the live feed's entries)", () => {
    const spam = { ...entry('other', null, 'participant', item('6001', author('s'), 'x', at(1))), moderation: flag('spam') };
    expect(leftOutReason(spam)).toBe('spam');
    expect(leftOutReason(entry('other', null, 'participant', item('6002', author('ok'), 'fine', at(2))))).toBeNull();
  });
});

describe('selectForTranscript', () => {
  it('drops left-out posts and counts them by reason in a fixed order; with includeModerated keeps them all', () => {
    const all = [...improveChatEntries(), ...Object.values(moderated())];
    const { shown, leftOut } = selectForTranscript(all, false);
    expect(shown.map((e) => e.item.id)).toEqual([...improveChatEntries().map((e) => e.item.id), '5007']);
    expect(leftOut).toEqual([
      { reason: 'hidden', count: 1 },
      { reason: 'muted', count: 2 },
      { reason: 'spam', count: 2 },
      { reason: 'abusive', count: 1 },
      { reason: 'deleted', count: 1 },
    ]);
    const included = selectForTranscript(all, true);
    expect(included.shown).toHaveLength(all.length);
    expect(included.leftOut).toEqual(leftOut);
  });

  it('words the counts', () => {
    expect(leftOutSentence([{ reason: 'hidden', count: 2 }, { reason: 'spam', count: 1 }], false)).toBe('3 posts left out: 2 hidden, 1 spam.');
    expect(leftOutSentence([{ reason: 'muted', count: 1 }], true)).toBe('1 moderated post included and marked: 1 muted.');
    expect(leftOutSentence([], false)).toBeNull();
  });
});

describe('exportChat and moderated posts', () => {
  const all = (): ChatEntry[] => [...improveChatEntries(), ...Object.values(moderated())];

  it('leaves them out of the CSV, the HTML page and its counts by default, and says so', () => {
    const csv = parseCsv(exportChat(chat(), all(), 'csv', 'Europe/London', 'HorizonsNHS').content).map((r) => r.fields);
    expect(csv.slice(1).map((r) => r[9])).toEqual([...improveChatEntries().map((e) => e.item.id), '5007']);
    expect(csv.at(-1)?.[13]).toBe('flagged');
    const html = exportChat(chat(), all(), 'html', 'Europe/London', 'HorizonsNHS').content;
    for (const id of ['5001', '5002', '5003', '5004', '5005', '5006', '5008']) expect(html).not.toContain(`data-post-id="${id}"`);
    expect(html).toContain('data-post-id="5007"');
    expect(html).toContain('<p class="meta" id="left-out">7 posts left out: 1 hidden, 2 muted, 2 spam, 1 abusive, 1 deleted.</p>');
    expect(html).not.toContain('Left out of the public version');
    // 5 people took part in the fixture; the critic makes 6.
    expect(html).toContain('<dt>Participants</dt><dd>6</dd>');
  });

  it('with includeModerated lists them, marked, in the CSV and the HTML page', () => {
    const csv = parseCsv(exportChat(chat(), all(), 'csv', 'Europe/London', 'HorizonsNHS', true).content).map((r) => r.fields);
    const states = Object.fromEntries(csv.slice(1).filter((r) => r[9]?.startsWith('50')).map((r) => [r[9], r[13]]));
    expect(states).toEqual({ '5001': 'hidden', '5002': 'muted', '5003': 'muted', '5004': 'spam', '5005': 'abusive', '5006': 'deleted', '5007': 'flagged', '5008': 'spam' });
    const html = exportChat(chat(), all(), 'html', 'Europe/London', 'HorizonsNHS', true).content;
    expect(html).toMatch(/<li data-post-id="5001" data-left-out="hidden">.*?<p class="left-out">Left out of the public version: hidden<\/p><\/li>/);
    expect(html.split('<p class="left-out">Left out of the public version: ').length - 1).toBe(2 * 7);
    expect(html).toContain('7 moderated posts included and marked: 1 hidden, 2 muted, 2 spam, 1 abusive, 1 deleted.');
  });
});

describe('the A4 page', () => {
  it('prints on A4 with 18 mm margins, never splitting a post or stranding a heading', () => {
    const html = exportChat(chat(), improveChatEntries(), 'html', 'Europe/London', 'HorizonsNHS').content;
    expect(html).toContain('@page{size:A4;margin:18mm}');
    const print = /@media print\{(.*)\}<\/style>/s.exec(html)?.[1] ?? '';
    expect(print).toContain('h1,h2,h3{break-after:avoid}');
    expect(print).toContain('ol.posts li,header,table,dl.totals{break-inside:avoid}');
  });

  it('puts each answer under its question heading', () => {
    const html = exportChat(chat(), improveChatEntries(), 'html', 'Europe/London', 'HorizonsNHS').content;
    const q1 = /<section id="q1"><h3>Q1 What makes a good discharge\?<\/h3>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    expect(q1).toContain('data-post-id="1003"');
    expect(q1).not.toContain('data-post-id="1001"');
  });
});

describe('transcriptBlog', () => {
  it('is a plain fragment: headings, quoted posts with links, nothing of a page', () => {
    const blog = exportChat(chat(), improveChatEntries(), 'blog', 'Europe/London', 'HorizonsNHS');
    expect(blog).toMatchObject({ filename: 'chat-improve4patients-2026-11-25.blog.html', mimeType: 'text/html;charset=utf-8' });
    for (const tag of ['<html', '<head', '<body', '<style', '<script', '<main', '<section', ' class=', ' style=']) expect(blog.content).not.toContain(tag);
    expect(blog.content.startsWith('<h2>#Improve4Patients: ')).toBe(true);
    expect(blog.content).toContain('<h3>Q1: What makes a good discharge?</h3>\n<blockquote>\n<p>A1 A plan everyone knows, early #Improve4Patients</p>\n<p>— Jo (ward nurse) (@nurse_jo), <a href="https://x.com/nurse_jo/status/1003">19:06</a></p>\n</blockquote>');
    // The question's own post is the heading, not quoted again under it.
    expect(blog.content).not.toContain('status/1002');
    expect(blog.content.indexOf('<h3>Q1:')).toBeLessThan(blog.content.indexOf('status/1003'));
    expect(blog.content.indexOf('status/1003')).toBeLessThan(blog.content.indexOf('<h3>Q2:'));
  });

  it('writes times in the zone it is given and escapes user text', () => {
    const hostile = [entry('answer', 1, 'participant', item('7001', author('x', '<b>X</b>'), 'A1 <script>alert(1)</script>\nline two', at(0)))];
    const blog = transcriptBlog(chat(), hostile, 'America/New_York');
    expect(blog).toContain('<p>A1 &#60;script&#62;alert(1)&#60;/script&#62;<br>line two</p>');
    expect(blog).toContain('— &#60;b&#62;X&#60;/b&#62; (@x), <a href="https://x.com/x/status/7001">14:20</a>');
    expect(blog).not.toContain('<script>');
  });

  it('leaves moderated posts out, or marks them in words when included', () => {
    const all = [...improveChatEntries(), ...Object.values(moderated())];
    expect(exportChat(chat(), all, 'blog', 'Europe/London', 'HorizonsNHS').content).not.toContain('status/5001');
    const included = exportChat(chat(), all, 'blog', 'Europe/London', 'HorizonsNHS', true).content;
    expect(included).toMatch(/status\/5001">19:20<\/a><\/p>\n<p><em>Left out of the public version: hidden<\/em><\/p>/);
  });
});
