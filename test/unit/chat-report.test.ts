// The short report after a chat: totals, every planned question (answered or not), and the most
// active contributors without the host.
import { describe, expect, it } from 'vitest';
import { buildReport } from '../../src/main/core/chat/report';
import { author, chat, entry, improveChatEntries, item } from '../helpers/chat-fixtures';

describe('buildReport', () => {
  it('counts participants (host excluded), posts, answers and replies, and every planned question', () => {
    const report = buildReport(chat(), improveChatEntries(), 'HorizonsNHS');
    expect(report).toMatchObject({ chatId: 'chat-1', participants: 5, posts: 14, answers: 5, replies: 2 });
    expect(report.perQuestion).toEqual([
      { number: 1, text: 'What makes a good discharge?', answers: 2, replies: 2 },
      { number: 2, text: 'Who should be in the room?', answers: 3, replies: 0 },
      { number: 3, text: 'What one thing would you change?', answers: 0, replies: 0 },
    ]);
  });

  it('ranks contributors by posts, ties by handle, without the host however its handle is written', () => {
    const report = buildReport(chat(), improveChatEntries(), '@horizonsnhs');
    expect(report.participants).toBe(5);
    expect(report.topContributors).toEqual([
      { handle: 'nurse_jo', displayName: 'Jo (ward nurse)', posts: 3 },
      { handle: 'carer_sam', displayName: 'Sam the carer', posts: 2 },
      { handle: 'cheap_pills', displayName: 'Buy <now>', posts: 1 },
      { handle: 'DrAsha', displayName: 'Dr Asha Patel', posts: 1 },
      { handle: 'Sch4Change', displayName: 'School for Change', posts: 1 },
    ]);
  });

  it('keeps at most ten contributors, one person per author id with their latest name', () => {
    const at = (i: number): string => new Date(Date.UTC(2026, 10, 25, 19, 10, i)).toISOString();
    const crowd = Array.from({ length: 12 }, (_, i) => author(`user${String(i).padStart(2, '0')}`));
    const renamed = [author('nurse_jo', 'Jo', 'u-jo'), author('nurse_jo', 'Jo (ward 7)', 'u-jo')];
    const entries = [...crowd, ...renamed, renamed[1]!].map((who, i) => entry('answer', 1, 'participant', item(String(2000 + i), who, `A1 answer ${i}`, at(i))));
    const report = buildReport(chat(), entries, 'HorizonsNHS');
    expect(report.participants).toBe(13);
    expect(report.topContributors).toHaveLength(10);
    expect(report.topContributors[0]).toEqual({ handle: 'nurse_jo', displayName: 'Jo (ward 7)', posts: 3 });
    expect(report.topContributors.slice(1).map((c) => c.handle)).toEqual(['user00', 'user01', 'user02', 'user03', 'user04', 'user05', 'user06', 'user07', 'user08']);
  });

  it('leaves hidden and spam posts out of every count by default, saying how many and why; with includeModerated they take part, never towards the most active', () => {
    const at = (i: number): string => new Date(Date.UTC(2026, 10, 25, 19, 20, i)).toISOString();
    const spammer = author('cheap_deals');
    const spam = [0, 1, 2].map((i) => ({ ...entry('other', null, 'participant', item(String(3000 + i), spammer, `Deal ${i} https://bit.ly/x`, at(i))), moderation: { kind: 'spam' as const, reason: 'Possible spam' } }));
    const hidden = entry('answer', 1, 'participant', item('3010', author('angry'), 'A1 rude', at(5), { state: { liked: false, reposted: false, hidden: true } }));
    const all = [...improveChatEntries(), ...spam, hidden];
    const plain = buildReport(chat(), improveChatEntries(), 'HorizonsNHS');
    const report = buildReport(chat(), all, 'HorizonsNHS');
    expect(report.participants).toBe(5);
    expect(report).toMatchObject({ posts: plain.posts, answers: plain.answers, replies: plain.replies, perQuestion: plain.perQuestion, topContributors: plain.topContributors });
    expect(report.leftOut).toEqual([
      { reason: 'hidden', count: 1 },
      { reason: 'spam', count: 3 },
    ]);
    expect(report.includesModerated).toBe(false);
    const included = buildReport(chat(), all, 'HorizonsNHS', true);
    expect(included.participants).toBe(7);
    expect(included.posts).toBe(plain.posts + 4);
    expect(included.leftOut).toEqual(report.leftOut);
    expect(included.includesModerated).toBe(true);
    expect(included.topContributors.map((c) => c.handle)).not.toContain('cheap_deals');
    expect(included.topContributors.map((c) => c.handle)).not.toContain('angry');
  });

  it('reports an empty chat with zeros for each question', () => {
    const report = buildReport(chat(), [], 'HorizonsNHS');
    expect(report).toEqual({
      chatId: 'chat-1',
      participants: 0,
      posts: 0,
      answers: 0,
      replies: 0,
      perQuestion: [
        { number: 1, text: 'What makes a good discharge?', answers: 0, replies: 0 },
        { number: 2, text: 'Who should be in the room?', answers: 0, replies: 0 },
        { number: 3, text: 'What one thing would you change?', answers: 0, replies: 0 },
      ],
      topContributors: [],
      leftOut: [],
      includesModerated: false,
    });
  });
});
