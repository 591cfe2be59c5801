// The composer's accessibility advice, for the chat plan: a hashtag screen readers cannot split into
// words (the chat's own hashtag, or one written in the welcome, a question or the closing), each with
// the composer's one-click CamelCase fix.
import { applyHashtagSuggestion, hashtagAdvice, type HashtagAdvice } from '../compose/hashtag-case';
import type { PlanDraft } from './plan-form';

/** 'hashtag', 'welcome', 'closing', or a question's key. */
export type PlanAdvice = Record<string, HashtagAdvice[]>;

/** The hashtag field as a tag: "improve4patients" and "#improve4patients" are the same tag. */
function asTag(hashtag: string): string {
  const trimmed = hashtag.trim();
  return trimmed === '' || trimmed.startsWith('#') ? trimmed : `#${trimmed}`;
}

export function planAdvice(draft: PlanDraft): PlanAdvice {
  const advice: PlanAdvice = {};
  const add = (field: string, name: string, text: string): void => {
    const found = hashtagAdvice(name, text);
    if (found.length > 0) advice[field] = found;
  };
  add('hashtag', 'The chat’s hashtag', asTag(draft.hashtag));
  add('welcome', 'The welcome', draft.welcome);
  draft.questions.forEach((question, index) => add(question.key, `Question ${index + 1}`, question.text));
  add('closing', 'The closing', draft.closing);
  return advice;
}

/** The draft with one piece of advice taken in its field (every occurrence of that tag there). */
export function applyPlanAdvice(draft: PlanDraft, field: string, advice: Pick<HashtagAdvice, 'original' | 'suggestion'>): PlanDraft {
  if (field === 'hashtag') {
    const fixed = applyHashtagSuggestion(asTag(draft.hashtag), advice);
    return { ...draft, hashtag: draft.hashtag.trim().startsWith('#') ? fixed : fixed.replace(/^#/, '') };
  }
  if (field === 'welcome' || field === 'closing') return { ...draft, [field]: applyHashtagSuggestion(draft[field], advice) };
  return { ...draft, questions: draft.questions.map((question) => (question.key === field ? { ...question, text: applyHashtagSuggestion(question.text, advice) } : question)) };
}
