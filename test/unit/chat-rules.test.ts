// The rules of chat mode that need no server: the hashtag appended once, the Qn prefix, the plan's
// validation, which question a post belongs to, the moderation lane's reasons, and the fast clock.
import { describe, expect, it } from 'vitest';
import { chatPlanSchema, questionText, withHashtag } from '../../src/shared/chat';
import { answerNumber, classifyAll, type ChatContext } from '../../src/main/core/chat/classify';
import { BUILT_IN_MODERATION_WORDS, moderationRules } from '../../src/main/core/chat/moderation';
import { assertPostsFit, plannedPosts } from '../../src/main/core/chat/plan-posts';
import { chatQuery, MAX_QUERY_LENGTH, stateAt } from '../../src/main/core/chat/plan-window';
import type { Chat } from '../../src/shared/chat';
import { createClock } from '../../src/main/core/clock';
import { coreOptionsFromEnv } from '../../src/main/core/env-config';
import type { CachedItem } from '../../src/main/core/columns/cached-item';
import { cachedItem, itemAuthor } from '../helpers/items';

const plan = chatPlanSchema.parse({
  name: 'November chat',
  hashtag: 'Improve4Patients',
  hostAccountId: 'host',
  cohosts: ['@CoHost'],
  guests: ['GuestDr'],
  startsAt: '2026-11-25T20:00:00.000Z',
  zone: 'Europe/London',
  durationMinutes: 60,
  questions: [
    { text: 'What matters to you?', offsetMinutes: 5 },
    { text: 'Q2 What gets in the way?', offsetMinutes: 20 },
    { text: 'What next?', offsetMinutes: 40 },
  ],
  welcome: 'Welcome everyone!',
  closing: 'Thank you #Improve4Patients',
});

let serial = 100;
function post(fields: Partial<CachedItem> & { text: string; handle?: string; authorId?: string }): CachedItem {
  const id = String(serial++);
  const { handle = 'someone', authorId = `u-${handle}`, ...rest } = fields;
  return cachedItem(id, { createdAt: new Date(Date.UTC(2026, 10, 25, 20, 0, serial)).toISOString(), author: itemAuthor(handle, handle, authorId), ...rest });
}

describe('the hashtag and the question prefix', () => {
  it('appends the hashtag once, whatever its case, and never inside a longer tag', () => {
    expect(withHashtag('Thanks all', '#Improve4Patients')).toBe('Thanks all #Improve4Patients');
    expect(withHashtag('Thanks all #improve4patients!', '#Improve4Patients')).toBe('Thanks all #improve4patients!');
    expect(withHashtag('#Improve4Patients starts now', 'Improve4Patients')).toBe('#Improve4Patients starts now');
    expect(withHashtag('See #Improve4PatientsLive', '#Improve4Patients')).toBe('See #Improve4PatientsLive #Improve4Patients');
    expect(withHashtag('Trailing space   ', '#Tag')).toBe('Trailing space #Tag');
    expect(withHashtag('', '#Tag')).toBe('#Tag');
  });

  it('prefixes Qn unless the host wrote it, and appends the hashtag', () => {
    expect(questionText(1, 'What matters to you?', '#Improve4Patients')).toBe('Q1 What matters to you? #Improve4Patients');
    expect(questionText(2, 'Q2 What gets in the way?', '#Improve4Patients')).toBe('Q2 What gets in the way? #Improve4Patients');
  });

  it('plans the welcome, Q1…Qn and the closing at their times, and measures them as X does', () => {
    expect(plannedPosts(plan).map((planned) => [planned.dueAt.slice(11, 16), planned.text])).toEqual([
      ['20:00', 'Welcome everyone! #Improve4Patients'],
      ['20:05', 'Q1 What matters to you? #Improve4Patients'],
      ['20:20', 'Q2 What gets in the way? #Improve4Patients'],
      ['20:40', 'Q3 What next? #Improve4Patients'],
      ['21:00', 'Thank you #Improve4Patients'],
    ]);
    const long = { ...plan, questions: [{ text: 'x'.repeat(262), offsetMinutes: 1 }] };
    expect(() => assertPostsFit(plannedPosts(long))).toThrow(/Q1 is 283 characters with its prefix and hashtag; X allows 280/);
  });

  it('refuses questions out of order or after the end, and a hashtag that is not one', () => {
    const bad = chatPlanSchema.safeParse({ ...plan, questions: [{ text: 'a', offsetMinutes: 10 }, { text: 'b', offsetMinutes: 10 }, { text: 'c', offsetMinutes: 90 }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((issue) => issue.message)).toEqual(['Q2 must come after Q1.', 'Q3 is after the chat ends.']);
    expect(chatPlanSchema.safeParse({ ...plan, hashtag: '#1234' }).success).toBe(false);
    expect(chatPlanSchema.safeParse({ ...plan, hashtag: '#two words' }).success).toBe(false);
    expect(plan.cohosts).toEqual(['CoHost']);
  });
});

describe('which question a post belongs to', () => {
  it('reads A1…An, not A&E or A100', () => {
    expect(answerNumber('A1 Start small', 3)).toBe(1);
    expect(answerNumber('a2: ask patients', 3)).toBe(2);
    expect(answerNumber('(A3) run charts', 3)).toBe(3);
    expect(answerNumber('Waits in A&E are long', 3)).toBeNull();
    expect(answerNumber('A100 is not an answer', 3)).toBeNull();
    expect(answerNumber('A4 beyond the plan', 3)).toBeNull();
    expect(answerNumber('SA1 is a postcode', 3)).toBeNull();
  });

  it('groups answers and replies under their question, and names roles', () => {
    const hostId = 'u-host';
    const q1 = post({ text: 'Q1 What matters? #Tag', handle: 'Host', authorId: hostId });
    const q2 = post({ text: 'Q2 What next? #Tag', handle: 'Host', authorId: hostId });
    const context: ChatContext = {
      hostUserId: hostId,
      cohosts: new Set(['cohost']),
      guests: new Set(['guestdr']),
      questionCount: 2,
      questionIds: new Map([
        [q1.id, 1],
        [q2.id, 2],
      ]),
      welcomeId: null,
      closingId: null,
    };
    const marked = post({ text: 'A1 listening #Tag', handle: 'nurse' });
    const direct = post({ text: '@Host start small #Tag', handle: 'GuestDr', replyToId: q2.id, conversationId: q2.id });
    const thread = post({ text: '@nurse so true', handle: 'CoHost', replyToId: marked.id, conversationId: marked.conversationId });
    const late = post({ text: '@Host late A1: data #Tag', handle: 'gp', replyToId: q2.id, conversationId: q2.id });
    const general = post({ text: 'Hello from Leeds #Tag', handle: 'carer' });
    const repost = post({ text: 'RT @nurse: A1 listening', handle: 'carer', repostOf: { id: marked.id, author: marked.author } });
    const result = classifyAll([q1, q2, marked, direct, thread, late, general, repost], context);
    expect(result).toEqual([
      { question: 1, kind: 'question', role: 'host' },
      { question: 2, kind: 'question', role: 'host' },
      { question: 1, kind: 'answer', role: 'participant' },
      { question: 2, kind: 'answer', role: 'guest' },
      { question: 1, kind: 'reply', role: 'cohost' },
      { question: 1, kind: 'answer', role: 'participant' },
      { question: null, kind: 'other', role: 'participant' },
      { question: 1, kind: 'other', role: 'participant' },
    ]);
  });
});

describe('the moderation lane', () => {
  const NONE = { spam: [], abusive: [], critical: [] };
  const flag = (text: string, muteWords: string[] = [], role: 'participant' | 'guest' | 'host' = 'participant') => moderationRules(NONE, muteWords).flag(post({ text }), role);

  it('flags spam (shortened links, money bait, hashtag stuffing), abuse and mute words; never hosts or guests', () => {
    const spam = '💰 Make £500 a day from home!!! 👉 https://bit.ly/x #Tag';
    expect(flag(spam)).toEqual({ kind: 'spam', reason: expect.stringMatching(/^Possible spam: a shortened link \(bit\.ly\)/) });
    expect(flag('Earn money fast, click here https://example.com')).toEqual({ kind: 'spam', reason: 'Possible spam: money bait with a link.' });
    expect(flag('#a #b #c #d #e buy')).toEqual({ kind: 'spam', reason: 'Possible spam: hashtag stuffing (5 hashtags).' });
    expect(flag('Shut up, you absolute clowns')).toEqual({ kind: 'abusive', reason: 'Possibly abusive: “shut up”.' });
    expect(flag('Talk about Brexit', ['brexit'])).toEqual({ kind: 'muted', reason: 'Contains a muted word: “brexit”.' });
    expect(flag('A1 we ask patients first #Tag')).toBeNull();
    expect(flag(spam, [], 'guest')).toBeNull();
    expect(flag(spam, [], 'host')).toBeNull();
  });

  it('flags civil criticism as critical, to answer rather than hide, and never as abuse', () => {
    for (const text of ['What a pointless question while people wait 18 months for a hip op', 'Useless bunch of managers', 'Another talking shop']) {
      const found = flag(text);
      expect(found?.kind, text).toBe('critical');
      expect(found?.reason, text).toMatch(/reply, do not hide legitimate criticism/);
    }
    // Built-in lists keep the kinds apart: nothing critical is in the abusive list.
    expect(BUILT_IN_MODERATION_WORDS.abusive.filter((word) => BUILT_IN_MODERATION_WORDS.critical.includes(word))).toEqual([]);
    // Whole words only: "pointlessly" is not "pointless", "skill" is not "kill".
    expect(flag('We pointlessly waited')).toBeNull();
  });

  it("takes the user's extra words for each kind", () => {
    const rules = moderationRules({ spam: ['promo code'], abusive: ['numpty'], critical: ['postcode lottery'] }, []);
    expect(rules.flag(post({ text: 'Use my PROMO  code now' }), 'participant')?.kind).toBe('spam');
    expect(rules.flag(post({ text: 'You numpty' }), 'participant')).toEqual({ kind: 'abusive', reason: 'Possibly abusive: “numpty”.' });
    expect(rules.flag(post({ text: 'It is a postcode lottery' }), 'participant')?.kind).toBe('critical');
  });
});

describe('the chat column’s search', () => {
  it('adds the threads of the questions out, newest first, within X’s 512 characters', () => {
    const sent = (number: number, remoteId: string | null): Chat['questionPosts'][number] => ({
      number,
      text: `Question ${number}`,
      offsetMinutes: number,
      post: { queueId: null, state: remoteId ? 'sent' : 'scheduled', dueAt: '', remoteId, text: '', lastError: null },
    });
    const chat = (questionPosts: Chat['questionPosts']): Chat => ({ hashtag: '#Improve4Patients', questionPosts }) as Chat;
    expect(chatQuery(chat([sent(1, '1900000000000000001'), sent(2, null)]))).toBe('#Improve4Patients OR conversation_id:1900000000000000001');
    const many = chatQuery(chat(Array.from({ length: 20 }, (_, index) => sent(index + 1, String(1900000000000000000n + BigInt(index))))));
    expect(many.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(many.startsWith('#Improve4Patients OR conversation_id:1900000000000000019 OR conversation_id:1900000000000000018')).toBe(true);
    expect(many).not.toContain('conversation_id:1900000000000000000');
  });
});

describe('chat state and the fast clock', () => {
  it('is scheduled before the start, live until 15 minutes after the end, then ended', () => {
    const start = Date.parse(plan.startsAt);
    expect(stateAt(plan, start - 1)).toBe('scheduled');
    expect(stateAt(plan, start)).toBe('live');
    expect(stateAt(plan, start + 74 * 60_000)).toBe('live');
    expect(stateAt(plan, start + 75 * 60_000)).toBe('ended');
  });

  it('runs N times faster from the wall clock’s now, and timers wait N times less', () => {
    let wall = 1_000_000;
    const clock = createClock(10, () => wall);
    expect(clock.now()).toBe(1_000_000);
    wall += 6_000;
    expect(clock.now()).toBe(1_060_000);
    expect(clock.wallDelay(60_000)).toBe(6_000);
    expect(() => createClock(0.5)).toThrow(RangeError);
    expect(coreOptionsFromEnv({ COLUMNS_CLOCK_SPEED: '20' })).toEqual({ clockSpeed: 20 });
    expect(coreOptionsFromEnv({ COLUMNS_CLOCK_SPEED: '1' })).toEqual({});
    expect(() => coreOptionsFromEnv({ COLUMNS_CLOCK_SPEED: 'fast' })).toThrow(/COLUMNS_CLOCK_SPEED must be a number from 1 to 1000/);
  });
});
