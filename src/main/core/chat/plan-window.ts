// When a chat is on, and what its column searches: pure functions of its plan (and of the posts
// already out), used by the chat service's timer and columns, and tested on their own.
import type { Chat, ChatPlan, ChatState } from '../../../shared/chat';

const MINUTE = 60_000;
/** Posts this long before the start and after the end still belong to the chat. */
export const CHAT_MARGIN_MINUTES = 15;

/** X's longest search query (GET /2/tweets/search/recent). */
export const MAX_QUERY_LENGTH = 512;

/**
 * What the chat's column searches: the hashtag, and the threads of the questions already out, so
 * replies to a question that leave the hashtag off (often the ones to moderate) are in the chat too.
 * Within X's 512 characters: the newest questions' threads first (where the conversation is now).
 */
export function chatQuery(chat: Chat): string {
  const threads = chat.questionPosts.flatMap((question) => (question.post.remoteId ? [`conversation_id:${question.post.remoteId}`] : [])).reverse();
  const parts = [chat.hashtag];
  for (const thread of threads) {
    if ([...parts, thread].join(' OR ').length > MAX_QUERY_LENGTH) break;
    parts.push(thread);
  }
  return parts.join(' OR ');
}

/** When a chat's refresh speeds up (a margin before the start), and when it is over. */
export function transitions(plan: ChatPlan): number[] {
  const start = Date.parse(plan.startsAt);
  return [start - CHAT_MARGIN_MINUTES * MINUTE, start, start + (plan.durationMinutes + CHAT_MARGIN_MINUTES) * MINUTE];
}

/** When the chat ends, its 15-minute tail included (clock ms). */
export function chatEnd(plan: ChatPlan): number {
  return Date.parse(plan.startsAt) + (plan.durationMinutes + CHAT_MARGIN_MINUTES) * MINUTE;
}

export function stateAt(plan: ChatPlan, now: number): ChatState {
  const start = Date.parse(plan.startsAt);
  if (now < start) return 'scheduled';
  return now < start + (plan.durationMinutes + CHAT_MARGIN_MINUTES) * MINUTE ? 'live' : 'ended';
}

/** From a margin before the start until a margin after the end. */
export function isOn(plan: ChatPlan, now: number): boolean {
  const [from, , to] = transitions(plan) as [number, number, number];
  return now >= from && now < to;
}

/** Whether a post made at `at` belongs to the chat (the margins included). */
export function inWindow(plan: ChatPlan, at: number): boolean {
  const [from, , to] = transitions(plan) as [number, number, number];
  return at >= from && at <= to;
}
