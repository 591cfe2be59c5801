// The posts a chat plan makes, in order: the welcome at the start, Q1…Qn at their offsets (prefix
// and hashtag added), the closing at the end; each measured as X counts it before anything is queued.
import { questionText, withHashtag, type ChatPlan } from '../../../shared/chat';
import { measure } from '../compose/measure';
import { AppError } from '../errors';

export type PlannedRole = { kind: 'welcome' } | { kind: 'question'; number: number } | { kind: 'closing' };

export interface PlannedPost {
  role: PlannedRole;
  text: string;
  /** UTC ISO. */
  dueAt: string;
}

const MINUTE = 60_000;

export function plannedPosts(plan: ChatPlan): PlannedPost[] {
  const start = Date.parse(plan.startsAt);
  const at = (minutes: number): string => new Date(start + minutes * MINUTE).toISOString();
  const posts: PlannedPost[] = [];
  if (plan.welcome) posts.push({ role: { kind: 'welcome' }, text: withHashtag(plan.welcome, plan.hashtag), dueAt: at(0) });
  plan.questions.forEach((question, index) => {
    posts.push({ role: { kind: 'question', number: index + 1 }, text: questionText(index + 1, question.text, plan.hashtag), dueAt: at(question.offsetMinutes) });
  });
  if (plan.closing) posts.push({ role: { kind: 'closing' }, text: withHashtag(plan.closing, plan.hashtag), dueAt: at(plan.durationMinutes) });
  return posts;
}

export function describeRole(role: PlannedRole): string {
  return role.kind === 'question' ? `Q${role.number}` : role.kind === 'welcome' ? 'The welcome post' : 'The closing post';
}

/** Throws invalid_input naming the first post that X would refuse as too long. */
export function assertPostsFit(posts: readonly PlannedPost[]): void {
  for (const post of posts) {
    const measured = measure(post.text);
    if (!measured.valid) {
      throw new AppError(
        'invalid_input',
        `${describeRole(post.role)} is ${measured.weightedLength} characters with its prefix and hashtag; X allows ${measured.max}. Shorten it.`,
      );
    }
  }
}
