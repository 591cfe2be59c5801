import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, summaryOf, type IcsPost } from '../../../src/main/core/schedule/ics';

/** A minimal RFC 5545 reader: unfold, split properties, unescape TEXT. */
function parseIcs(ics: string): Record<string, string>[] {
  const lines = ics.split('\r\n');
  expect(lines.at(-1)).toBe('');
  const unfolded = lines.slice(0, -1).join('\r\n').replace(/\r\n /g, '').split('\r\n');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfolded) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current as Record<string, string>);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    }
  }
  return events;
}

const post = (over: Partial<IcsPost> = {}): IcsPost => ({
  id: 'p1',
  handle: 'HorizonsNHS',
  text: 'Join our #Improve4Patients chat tonight',
  dueAt: '2026-03-29T08:00:00.000Z',
  updatedAt: '2026-03-01T10:15:30.123Z',
  ...over,
});

describe('ICS export', () => {
  it('escapes backslashes, semicolons, commas and newlines', () => {
    expect(escapeText('a\\b; c, d\nе\r\nf')).toBe('a\\\\b\\; c\\, d\\nе\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}👍🏽${'x'.repeat(80)}`;
    const folded = foldLine(line);
    for (const piece of folded.split('\r\n')) expect(Buffer.byteLength(piece)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('summarises as "@handle: first words"', () => {
    expect(summaryOf('HorizonsNHS', 'Hello world')).toBe('@HorizonsNHS: Hello world');
    expect(summaryOf('@sam_comms', 'one two three four five six seven eight nine ten')).toBe('@sam_comms: one two three four five six seven eight…');
    expect(summaryOf('a', 'x'.repeat(70))).toBe(`@a: ${'x'.repeat(60)}…`);
  });

  it('writes a VCALENDAR with one VEVENT per post, UTC start, stable UID, CRLF only, and it reads back', () => {
    const text = 'Clinic times change on Monday; see https://example.nhs.uk/clinics, or call us.\nThanks, "team" \\ all 👩🏽‍⚕️ '.repeat(3);
    const ics = buildIcs([post({ id: 'p2', dueAt: '2026-10-25T09:00:00.000Z', handle: 'Sch4Change' }), post({ text })]);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const events = parseIcs(ics);
    expect(events).toHaveLength(2);
    expect(events[0]).toMatchObject({ UID: 'post-p1@columns.app', DTSTART: '20260329T080000Z', DTSTAMP: '20260301T101530Z', DESCRIPTION: text, SUMMARY: '@HorizonsNHS: Clinic times change on Monday; see…' });
    expect(events[1]).toMatchObject({ UID: 'post-p2@columns.app', DTSTART: '20261025T090000Z', SUMMARY: '@Sch4Change: Join our #Improve4Patients chat tonight' });
    // The same schedule gives the same file.
    expect(buildIcs([post({ text }), post({ id: 'p2', dueAt: '2026-10-25T09:00:00.000Z', handle: 'Sch4Change' })])).toBe(ics);
  });

  it('is a valid empty calendar with no posts', () => {
    expect(buildIcs([])).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(parseIcs(buildIcs([]))).toEqual([]);
  });
});
