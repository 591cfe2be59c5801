// Which question each chat post belongs to, and what it is: the host's welcome, questions and
// closing (by the queue's X ids, or a host post starting "Qn"), answers ("A2 …" in the text, or a
// direct reply to Q2), replies (anything else in a question's thread or replying to its answers),
// and the rest. Posts are classified oldest first, so a reply follows its parent's question.
import type { ChatPostKind, ChatRole } from '../../../shared/chat';
import type { CachedItem } from '../columns/cached-item';

export interface ChatContext {
  hostUserId: string | null;
  /** Lower-case handles without '@'. */
  cohosts: ReadonlySet<string>;
  guests: ReadonlySet<string>;
  questionCount: number;
  /** X ids of the host's question posts → their number. */
  questionIds: ReadonlyMap<string, number>;
  welcomeId: string | null;
  closingId: string | null;
}

export interface Classified {
  question: number | null;
  kind: ChatPostKind;
  role: ChatRole;
}

// "A1", "A1:", "A1)", "(A2)", "a3 -": an A, the number, then a break. Not "A&E", not "A100".
const ANSWER_MARK = /(?:^|[\s([{"'“‘])A(\d{1,2})(?=$|[\s:.,;)\]}\-–—!?'"”’])/iu;
const QUESTION_MARK = /^\s*Q(\d{1,2})\b/iu;

export function answerNumber(text: string, questionCount: number): number | null {
  const match = ANSWER_MARK.exec(text);
  const number = match ? Number(match[1]) : NaN;
  return number >= 1 && number <= questionCount ? number : null;
}

export function roleOf(author: CachedItem['author'], context: ChatContext): ChatRole {
  if (context.hostUserId !== null && author.id === context.hostUserId) return 'host';
  const handle = author.handle.toLowerCase();
  if (context.cohosts.has(handle)) return 'cohost';
  if (context.guests.has(handle)) return 'guest';
  return 'participant';
}

/** Classifies posts given oldest first; answers in the same order. */
export function classifyAll(items: readonly CachedItem[], context: ChatContext): Classified[] {
  const questionOf = new Map<string, number>(context.questionIds);
  return items.map((item) => {
    const classified = classifyOne(item, context, questionOf);
    if (classified.question !== null) questionOf.set(item.id, classified.question);
    return classified;
  });
}

function classifyOne(item: CachedItem, context: ChatContext, questionOf: ReadonlyMap<string, number>): Classified {
  const role = roleOf(item.author, context);
  const planned = context.questionIds.get(item.id);
  if (planned !== undefined) return { question: planned, kind: 'question', role };
  if (item.id === context.welcomeId) return { question: null, kind: 'welcome', role };
  if (item.id === context.closingId) return { question: null, kind: 'closing', role };
  if (item.repostOf) return { question: questionOf.get(item.repostOf.id) ?? null, kind: 'other', role };
  if (role === 'host' && item.replyToId === null) {
    const asked = QUESTION_MARK.exec(item.text);
    const number = asked ? Number(asked[1]) : NaN;
    if (number >= 1 && number <= context.questionCount) return { question: number, kind: 'question', role };
  }
  const answered = answerNumber(item.text, context.questionCount);
  if (answered !== null) return { question: answered, kind: 'answer', role };
  const parentQuestion = item.replyToId === null ? undefined : questionOf.get(item.replyToId);
  if (item.replyToId !== null && context.questionIds.has(item.replyToId)) return { question: parentQuestion ?? null, kind: 'answer', role };
  const inThread = parentQuestion ?? questionOf.get(item.conversationId) ?? (item.quoted ? questionOf.get(item.quoted.id) : undefined);
  if (inThread !== undefined) return { question: inThread, kind: 'reply', role };
  return { question: null, kind: 'other', role };
}
