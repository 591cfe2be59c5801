import { describe, expect, it } from 'vitest';
import { applyPlanAdvice, planAdvice } from '../../../src/renderer/src/chat/plan-advice';
import { defaultChatStart, emptyDraft, type PlanDraft } from '../../../src/renderer/src/chat/plan-form';

const LONDON = 'Europe/London';

describe('a new chat starts at the next 20:00 in the user’s zone', () => {
  it('is today’s 20:00 before it, tomorrow’s from 20:00 on', () => {
    expect(defaultChatStart(new Date('2026-12-02T09:15:00Z'), LONDON)).toEqual({ date: '2026-12-02', time: '20:00' });
    expect(defaultChatStart(new Date('2026-12-02T19:59:00Z'), LONDON)).toEqual({ date: '2026-12-02', time: '20:00' });
    expect(defaultChatStart(new Date('2026-12-02T20:00:00Z'), LONDON)).toEqual({ date: '2026-12-03', time: '20:00' });
    // Across a month and a year end.
    expect(defaultChatStart(new Date('2026-12-31T21:30:00Z'), LONDON)).toEqual({ date: '2027-01-01', time: '20:00' });
  });

  it('reads the day on the user’s wall clock, not UTC’s', () => {
    // 00:30 in New York on 3 Dec is still 2 Dec 19:30 there.
    expect(defaultChatStart(new Date('2026-12-03T00:30:00Z'), 'America/New_York')).toEqual({ date: '2026-12-02', time: '20:00' });
    // 23:30 UTC is already 3 Dec 08:30 in Tokyo.
    expect(defaultChatStart(new Date('2026-12-02T23:30:00Z'), 'Asia/Tokyo')).toEqual({ date: '2026-12-03', time: '20:00' });
  });

  it('is right on the days the clocks change in London', () => {
    // 29 Mar 2026, clocks go forward at 01:00 UTC: 19:30 UTC is 20:30 BST, so today's 20:00 has gone.
    expect(defaultChatStart(new Date('2026-03-29T19:30:00Z'), LONDON)).toEqual({ date: '2026-03-30', time: '20:00' });
    expect(defaultChatStart(new Date('2026-03-29T18:30:00Z'), LONDON)).toEqual({ date: '2026-03-29', time: '20:00' });
    // Just before the change (00:30 GMT) the day is already the 29th.
    expect(defaultChatStart(new Date('2026-03-29T00:30:00Z'), LONDON)).toEqual({ date: '2026-03-29', time: '20:00' });
    // 25 Oct 2026, clocks go back at 01:00 UTC: 19:30 UTC is 19:30 GMT, today's 20:00 is still ahead.
    expect(defaultChatStart(new Date('2026-10-25T19:30:00Z'), LONDON)).toEqual({ date: '2026-10-25', time: '20:00' });
    // The evening before (BST), 19:30 UTC is 20:30: tomorrow, the change day.
    expect(defaultChatStart(new Date('2026-10-24T19:30:00Z'), LONDON)).toEqual({ date: '2026-10-25', time: '20:00' });
  });
});

function draft(patch: Partial<PlanDraft> = {}): PlanDraft {
  const base = emptyDraft('acct-1', { date: '2026-12-02', time: '20:00' });
  return { ...base, ...patch };
}

describe('the planner gives the composer’s hashtag advice on every post', () => {
  it('advises on the chat’s hashtag, with or without its #, and on each post that names a tag', () => {
    const plan = draft({
      hashtag: 'improve4patients',
      welcome: 'Welcome to #mentalhealth week',
      closing: 'Thanks all, see you at #nhsengland',
    });
    const [q1, q2] = plan.questions;
    if (!q1 || !q2) throw new Error('the empty draft has questions');
    const withQuestions = { ...plan, questions: [{ ...q1, text: 'What does #handhygiene mean to you? #nhs' }, { ...q2, text: 'And #MentalHealth?' }, ...plan.questions.slice(2)] };
    const advice = planAdvice(withQuestions);
    expect(Object.keys(advice).sort()).toEqual(['closing', 'hashtag', q1.key, 'welcome'].sort());
    expect(advice['hashtag']).toEqual([
      {
        original: '#improve4patients',
        suggestion: '#Improve4Patients',
        message: 'The chat’s hashtag: screen readers read #improve4patients as one long word. Capitals let them read each word.',
        label: 'Use #Improve4Patients',
      },
    ]);
    expect(advice[q1.key]?.map((item) => item.message)).toEqual(['Question 1: screen readers read #handhygiene as one long word. Capitals let them read each word.']);
    expect(advice['welcome']?.map((item) => item.label)).toEqual(['Use #MentalHealth']);
    expect(advice['closing']?.map((item) => item.label)).toEqual(['Use #NHSEngland']);
    expect(planAdvice(draft({ hashtag: '#improve4patients' }))['hashtag']?.map((item) => item.suggestion)).toEqual(['#Improve4Patients']);
  });

  it('gives no advice for a CamelCase, one-word or unknown tag', () => {
    expect(planAdvice(draft({ hashtag: '#Improve4Patients' }))).toEqual({});
    expect(planAdvice(draft({ hashtag: 'nhs', welcome: 'Hello #xyzzycare' }))).toEqual({});
  });

  it('fixes exactly the field the advice is for, keeping how the hashtag was typed', () => {
    const plan = draft({ hashtag: 'improve4patients', welcome: '#mentalhealth and #mentalhealth', closing: '#mentalhealth' });
    const [first] = plan.questions;
    if (!first) throw new Error('the empty draft has questions');
    const asked = { ...plan, questions: plan.questions.map((question) => ({ ...question, text: 'Your #mentalhealth?' })) };

    expect(applyPlanAdvice(asked, 'hashtag', { original: '#improve4patients', suggestion: '#Improve4Patients' }).hashtag).toBe('Improve4Patients');
    expect(applyPlanAdvice({ ...asked, hashtag: ' #improve4patients' }, 'hashtag', { original: '#improve4patients', suggestion: '#Improve4Patients' }).hashtag).toBe('#Improve4Patients');

    const welcomed = applyPlanAdvice(asked, 'welcome', { original: '#mentalhealth', suggestion: '#MentalHealth' });
    expect(welcomed.welcome).toBe('#MentalHealth and #MentalHealth');
    expect(welcomed.closing).toBe('#mentalhealth');

    const questioned = applyPlanAdvice(asked, first.key, { original: '#mentalhealth', suggestion: '#MentalHealth' });
    expect(questioned.questions.map((question) => question.text)).toEqual(['Your #MentalHealth?', 'Your #mentalhealth?', 'Your #mentalhealth?']);
    expect(questioned.questions.map((question) => question.key)).toEqual(asked.questions.map((question) => question.key));
    expect(planAdvice(questioned)[first.key]).toBeUndefined();
  });
});
