// The transcripts a host keeps after a chat: CSV (RFC 4180, safe to open in a spreadsheet) and one
// offline HTML page (report, by question, in order) with every piece of user text escaped.
import { describe, expect, it } from 'vitest';
import { exportChat, hashtagSlug } from '../../src/main/core/chat/export';
import { buildReport } from '../../src/main/core/chat/report';
import { moderationState, transcriptCsv } from '../../src/main/core/chat/transcript-csv';
import { transcriptHtml } from '../../src/main/core/chat/transcript-html';
import { parseCsv } from '../../src/main/core/schedule/csv-parser';
import type { ChatEntry } from '../../src/shared/chat';
import { author, chat, entry, improveChatEntries, item } from '../helpers/chat-fixtures';

const HEADER = ['order', 'question', 'kind', 'role', 'created_at_utc', 'local_time', 'author_handle', 'author_name', 'text', 'post_id', 'reply_to_id', 'url', 'local_time_iso', 'moderation_state', 'moderation_reason'];
const LOCAL_ISO = 12;
const STATE = 13;
const REASON = 14;

/** Posts written to break things: markup, quotes, ampersands, commas, line breaks, formulas. */
function hostileEntries(): ChatEntry[] {
  const at = (second: number): string => new Date(Date.UTC(2026, 10, 25, 19, 30, second)).toISOString();
  const mallory = author('mallory', '<script>alert("name")</script> & \'Co\'', 'u-mallory');
  return [
    entry('answer', 2, 'participant', item('3001', mallory, 'A2 <script>alert(1)</script> & "quoted", it\'s <b>bold</b>\nsecond line', at(1))),
    entry('other', null, 'participant', item('3002', author('calc', 'Calc, "the" sheet'), '=HYPERLINK("http://evil.example","click")', at(2))),
    entry('other', null, 'participant', item('3003', author('plus', '+44 fan'), '+1 to that', at(3))),
    entry('other', null, 'participant', item('3004', author('minus', '-dash-'), '-2 from me', at(4))),
    entry('reply', 2, 'participant', item('3005', author('at', '@someone'), '@HorizonsNHS agreed', at(5), { replyToId: '3001' })),
  ];
}

describe('transcriptCsv', () => {
  it('writes a header and one row per post in creation order, with UTC and local times and x.com links', () => {
    const csv = transcriptCsv(chat(), improveChatEntries(), 'Europe/London');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // Every record ends with CRLF; no bare LF outside quoted fields in this fixture.
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const records = parseCsv(csv).map((r) => r.fields);
    expect(records[0]).toEqual(HEADER);
    expect(records).toHaveLength(15);
    expect(records.slice(1).map((r) => r[9])).toEqual(improveChatEntries().map((e) => e.item.id));
    expect(records.slice(1).map((r) => r[0])).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
    expect(records[4]).toEqual([
      '4',
      'Q1',
      'answer',
      'participant',
      '2026-11-25T19:06:10.000Z',
      '25/11/2026 19:06:10',
      'nurse_jo',
      'Jo (ward nurse)',
      'A1 A plan everyone knows, early #Improve4Patients',
      '1003',
      '',
      'https://x.com/nurse_jo/status/1003',
      '2026-11-25T19:06:10+00:00',
      'visible',
      '',
    ]);
    expect(records[1]?.slice(1, 4)).toEqual(['', 'welcome', 'host']);
    expect(records[6]?.[10]).toBe('1003');
  });

  it('shows local time in the zone it is given', () => {
    const [, first] = parseCsv(transcriptCsv(chat(), improveChatEntries(), 'America/New_York')).map((r) => r.fields);
    expect(first?.[5]).toBe('25/11/2026 14:00:00');
    expect(first?.[4]).toBe('2026-11-25T19:00:00.000Z');
    expect(first?.[LOCAL_ISO]).toBe('2026-11-25T14:00:00-05:00');
    const summer = [entry('answer', 1, 'participant', item('9', author('a'), 'A1 yes', '2026-07-01T23:30:00Z'))];
    const [, row] = parseCsv(transcriptCsv(chat(), summer, 'Europe/London')).map((r) => r.fields);
    expect(row?.[5]).toBe('02/07/2026 00:30:00');
    expect(row?.[4]).toBe('2026-07-01T23:30:00.000Z');
    // British Summer Time: the ISO local time carries the +01:00 offset, and names the same instant.
    expect(row?.[LOCAL_ISO]).toBe('2026-07-02T00:30:00+01:00');
    expect(new Date(row?.[LOCAL_ISO] ?? '').toISOString()).toBe(row?.[4]);
  });

  it("writes each post's moderation state as the chat recorded it (why it is left out, when it is), with the reason", () => {
    const at = (second: number): string => new Date(Date.UTC(2026, 10, 25, 19, 30, second)).toISOString();
    const flagged: ChatEntry = { ...entry('other', null, 'participant', item('4001', author('spammer'), 'Earn cash bit.ly/x', at(1))), moderation: { kind: 'spam', reason: 'Possible spam: a shortened link (bit.ly) from someone outside the hosts.' } };
    const hidden = entry('other', null, 'participant', item('4002', author('hid'), 'Buy now', at(2), { state: { liked: false, reposted: false, hidden: true } }));
    const handled = entry('answer', 1, 'participant', item('4003', author('done'), 'A1 answered', at(3), { handled: true }));
    const visible = entry('answer', 1, 'participant', item('4004', author('fine'), 'A1 fine', at(4)));
    const rows = parseCsv(transcriptCsv(chat(), [flagged, hidden, handled, visible], 'Europe/London')).map((r) => r.fields);
    expect(rows.slice(1).map((r) => [r[9], r[STATE], r[REASON]])).toEqual([
      ['4001', 'spam', 'Possible spam: a shortened link (bit.ly) from someone outside the hosts.'],
      ['4002', 'hidden', 'Hidden by the host.'],
      ['4003', 'handled', ''],
      ['4004', 'visible', ''],
    ]);
    // Hidden wins over handled: the post is hidden on X whatever Columns marked.
    expect(moderationState({ item: { ...hidden.item, handled: true }, moderation: null })).toBe('hidden');
  });

  it('quotes fields with commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    const csv = transcriptCsv(chat(), hostileEntries(), 'Europe/London');
    expect(csv).toContain('"A2 <script>alert(1)</script> & ""quoted"", it\'s <b>bold</b>\nsecond line"');
    expect(csv).toContain('"Calc, ""the"" sheet"');
    const rows = parseCsv(csv).map((r) => r.fields);
    expect(rows).toHaveLength(6);
    expect(rows[1]?.[8]).toBe('A2 <script>alert(1)</script> & "quoted", it\'s <b>bold</b>\nsecond line');
    expect(rows[2]?.[7]).toBe('Calc, "the" sheet');
  });

  it('defuses cells a spreadsheet would run as a formula (= + - @) with a leading apostrophe, and only those', () => {
    const rows = parseCsv(transcriptCsv(chat(), hostileEntries(), 'Europe/London')).map((r) => r.fields);
    // Handles go in their own column without "@", so the guard never touches them.
    expect(rows.slice(1).map((r) => r[6])).toEqual(['mallory', 'calc', 'plus', 'minus', 'at']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(rows[2]?.[8]).toBe('\'=HYPERLINK("http://evil.example","click")');
    expect(rows[3]?.[8]).toBe("'+1 to that");
    expect(rows[3]?.[7]).toBe("'+44 fan");
    expect(rows[4]?.[8]).toBe("'-2 from me");
    expect(rows[4]?.[7]).toBe("'-dash-");
    expect(rows[5]?.[8]).toBe("'@HorizonsNHS agreed");
    expect(rows[5]?.[7]).toBe("'@someone");
    // Cells that only contain such characters later on are left alone.
    expect(rows[1]?.[8]?.startsWith('A2')).toBe(true);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('refuses a zone it does not know', () => {
    expect(() => transcriptCsv(chat(), improveChatEntries(), 'Mars/Olympus')).toThrow(/not a time zone/);
  });
});

/** The report section (it holds no nested sections). */
function reportOf(html: string): string {
  const start = html.indexOf('<section id="report">');
  expect(start).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</section>', start));
}

const count = (text: string, needle: string): number => text.split(needle).length - 1;

describe('transcriptHtml', () => {
  const entries = improveChatEntries();
  const html = transcriptHtml(chat(), entries, buildReport(chat(), entries, 'HorizonsNHS'), 'Europe/London');

  it('is one self-contained, script-free HTML5 page with a strict CSP', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).toContain('<title>#Improve4Patients — Improving discharge — 25 November 2026</title>');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|url\(|@import/i);
  });

  it('opens with the short report: totals, per-question table and most active contributors', () => {
    const report = reportOf(html);
    expect(report).toMatch(/<dt>Participants<\/dt><dd>5<\/dd><dt>Posts<\/dt><dd>14<\/dd>/);
    expect(report).toContain('<tr><th scope="row">Q1</th><td>What makes a good discharge?</td><td class="n">2</td><td class="n">2</td></tr>');
    expect(report).toContain('<tr><th scope="row">Q3</th><td>What one thing would you change?</td><td class="n">0</td><td class="n">0</td></tr>');
    expect(report).toContain('<li><strong>Jo (ward nurse)</strong> @nurse_jo: 3 posts</li>');
    expect(report).toContain('<strong>Buy &#60;now&#62;</strong>');
    expect(html.indexOf('id="report"')).toBeLessThan(html.indexOf('id="by-question"'));
    expect(html.indexOf('id="by-question"')).toBeLessThan(html.indexOf('id="in-order"'));
  });

  it('puts every post exactly once under its question (or General) and exactly once in order', () => {
    const byQuestion = html.slice(html.indexOf('<section id="by-question">'), html.indexOf('<section id="in-order">'));
    const inOrder = html.slice(html.indexOf('<section id="in-order">'));
    for (const { item: post } of entries) {
      expect(count(byQuestion, `data-post-id="${post.id}"`)).toBe(1);
      expect(count(inOrder, `data-post-id="${post.id}"`)).toBe(1);
    }
    expect(count(html, 'data-post-id="')).toBe(2 * entries.length);
    const ids = (part: string): string[] => [...part.matchAll(/data-post-id="(\d+)"/g)].map((m) => m[1] ?? '');
    expect(ids(inOrder)).toEqual(entries.map((e) => e.item.id));
    const q = (n: number): string => byQuestion.slice(byQuestion.indexOf(`<section id="q${n}">`), byQuestion.indexOf('</section>', byQuestion.indexOf(`<section id="q${n}">`)));
    expect(q(1)).toContain('<h3>Q1 What makes a good discharge?</h3>');
    expect(ids(q(1))).toEqual(['1002', '1003', '1004', '1005', '1006']);
    expect(ids(q(2))).toEqual(['1008', '1009', '1010', '1011']);
    expect(ids(q(3))).toEqual(['1012']);
    const general = byQuestion.slice(byQuestion.indexOf('<section id="general">'));
    expect(general).toContain('<h3>General</h3>');
    expect(ids(general)).toEqual(['1000', '1001', '1007', '1013']);
  });

  it('shows each post with local time, name, handle and role badge', () => {
    const inOrder = html.slice(html.indexOf('<section id="in-order">'));
    const guest = inOrder.slice(inOrder.indexOf('data-post-id="1004"'), inOrder.indexOf('</li>', inOrder.indexOf('data-post-id="1004"')));
    expect(guest).toContain('<time datetime="2026-11-25T19:06:45.000+00:00">19:06:45</time>');
    expect(guest).toContain('<strong>Dr Asha Patel</strong> @DrAsha <span class="badge guest">guest</span>');
    expect(guest).toContain('<p class="text">A1 Medicines ready before the day #Improve4Patients</p>');
    expect(inOrder).toContain('@Sch4Change <span class="badge cohost">co-host</span>');
    expect(inOrder).toContain('@HorizonsNHS <span class="badge host">host</span>');
    const participant = inOrder.slice(inOrder.indexOf('data-post-id="1003"'), inOrder.indexOf('</li>', inOrder.indexOf('data-post-id="1003"')));
    expect(participant).not.toContain('badge');
    expect(participant).toContain('href="https://x.com/nurse_jo/status/1003"');
  });

  it('escapes every piece of user text: posts, names, chat name and question texts', () => {
    const evilChat = chat({
      name: 'Night <script>alert("chat")</script> & co',
      questions: [
        { text: 'Is </h3><script>x()</script> ok?', offsetMinutes: 5 },
        { text: 'Q2 "Tom" & \'Jerry\'', offsetMinutes: 20 },
      ],
    });
    const hostile = hostileEntries();
    const page = transcriptHtml(evilChat, hostile, buildReport(evilChat, hostile, 'HorizonsNHS'), 'Europe/London');
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toContain('<b>bold</b>');
    expect(page).toContain('A2 &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quoted&#34;, it&#39;s &#60;b&#62;bold&#60;/b&#62;\nsecond line');
    expect(page).toContain('<strong>&#60;script&#62;alert(&#34;name&#34;)&#60;/script&#62; &#38; &#39;Co&#39;</strong>');
    expect(page).toContain('Night &#60;script&#62;alert(&#34;chat&#34;)&#60;/script&#62; &#38; co');
    expect(page).toContain('<h3>Q1 Is &#60;/h3&#62;&#60;script&#62;x()&#60;/script&#62; ok?</h3>');
    expect(page).toContain('Q2 &#34;Tom&#34; &#38; &#39;Jerry&#39;');
    // Nothing but the page's own markup: every tag is one the transcript writes.
    const tags = new Set([...page.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]?.toLowerCase()));
    const written = new Set(['a', 'body', 'caption', 'dd', 'div', 'dl', 'dt', 'h1', 'h2', 'h3', 'head', 'header', 'html', 'li', 'main', 'meta', 'ol', 'p', 'section', 'span', 'strong', 'style', 'table', 'tbody', 'td', 'th', 'thead', 'time', 'title', 'tr']);
    expect([...tags].filter((tag) => !written.has(tag ?? ''))).toEqual([]);
  });

  it('gives a post whose question is not in the plan its own heading, so it still appears once', () => {
    const stray = [...improveChatEntries(), entry('answer', 7, 'participant', item('1099', author('late'), 'A7 wrong number', '2026-11-25T19:50:00Z'))];
    const page = transcriptHtml(chat(), stray, buildReport(chat(), stray, 'HorizonsNHS'), 'Europe/London');
    const byQuestion = page.slice(page.indexOf('<section id="by-question">'), page.indexOf('<section id="in-order">'));
    expect(byQuestion).toContain('<h3>Q7 (not in the plan)</h3>');
    expect(count(byQuestion, 'data-post-id="1099"')).toBe(1);
  });
});

describe('exportChat', () => {
  it('names the file for the hashtag and the local date, with the right type', () => {
    const html = exportChat(chat(), improveChatEntries(), 'html', 'Europe/London', 'HorizonsNHS');
    expect(html.filename).toBe('chat-improve4patients-2026-11-25.html');
    expect(html.mimeType).toBe('text/html;charset=utf-8');
    expect(html.content).toContain('<dt>Participants</dt><dd>5</dd>');
    const csv = exportChat(chat(), improveChatEntries(), 'csv', 'Europe/London', 'HorizonsNHS');
    expect(csv).toMatchObject({ filename: 'chat-improve4patients-2026-11-25.csv', mimeType: 'text/csv;charset=utf-8' });
    expect(parseCsv(csv.content)).toHaveLength(15);
    // 23:30 UTC on the 25th is already the 26th in Auckland.
    expect(exportChat(chat({ startsAt: '2026-11-25T23:30:00.000Z' }), [], 'csv', 'Pacific/Auckland', 'HorizonsNHS').filename).toBe('chat-improve4patients-2026-11-26.csv');
  });

  it('slugs hashtags to safe file names', () => {
    expect(hashtagSlug('#Improve4Patients')).toBe('improve4patients');
    expect(hashtagSlug('#SantéPourTous')).toBe('santepourtous');
    expect(hashtagSlug('#NHS_Chat')).toBe('nhs-chat');
    expect(hashtagSlug('#健康')).toBe('chat');
  });
});
