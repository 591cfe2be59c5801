// A chat as the renderer sees it: its plan with each planned post's status in the queue, and the
// context the classifier needs (the X ids of the host's questions, welcome and closing).
import type { AccountSummary } from '../../../shared/accounts';
import type { Chat, ChatPostStatus } from '../../../shared/chat';
import type { QueuedPost } from '../../../shared/queue';
import type { ChatContext } from './classify';
import { plannedPosts, type PlannedPost } from './plan-posts';
import type { ChatRecord } from './store';

/** A queued post by id, or null once it is gone (discarded). */
export type QueueLookup = (postId: string) => QueuedPost | null;

export function chatView(queued: QueueLookup, record: ChatRecord): Chat {
  const planned = plannedPosts(record.plan);
  const status = (postId: string | null | undefined, post: PlannedPost): ChatPostStatus => {
    const found = postId ? queued(postId) : null;
    return {
      queueId: found?.id ?? null,
      state: found?.state ?? null,
      dueAt: found?.dueAt ?? post.dueAt,
      remoteId: found?.remoteIds[0] ?? null,
      text: found?.parts[0]?.text ?? post.text,
      lastError: found?.lastError?.message ?? null,
    };
  };
  const welcome = planned.find((post) => post.role.kind === 'welcome');
  const closing = planned.find((post) => post.role.kind === 'closing');
  return {
    ...record.plan,
    id: record.id,
    state: record.state,
    columnId: record.columnId,
    welcomePost: welcome ? status(record.postIds.welcome, welcome) : null,
    closingPost: closing ? status(record.postIds.closing, closing) : null,
    questionPosts: record.plan.questions.map((question, index) => ({
      number: index + 1,
      text: question.text,
      offsetMinutes: question.offsetMinutes,
      post: status(record.postIds.questions?.[index], planned.find((post) => post.role.kind === 'question' && post.role.number === index + 1) as PlannedPost),
    })),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    // The chat service adds its don't-ask-again grant (confirmations/grants.ts).
    postingGrant: null,
  };
}

export function chatContext(queued: QueueLookup, record: ChatRecord, accounts: readonly AccountSummary[]): ChatContext {
  const remote = (postId: string | null | undefined): string | null => (postId ? (queued(postId)?.remoteIds[0] ?? null) : null);
  const questionIds = new Map<string, number>();
  (record.postIds.questions ?? []).forEach((postId, index) => {
    const id = remote(postId);
    if (id) questionIds.set(id, index + 1);
  });
  const host = accounts.find((account) => account.id === record.plan.hostAccountId);
  return {
    hostUserId: host?.userId ?? null,
    cohosts: new Set(record.plan.cohosts.map((handle) => handle.toLowerCase())),
    guests: new Set(record.plan.guests.map((handle) => handle.toLowerCase())),
    questionCount: record.plan.questions.length,
    questionIds,
    welcomeId: remote(record.postIds.welcome),
    closingId: remote(record.postIds.closing),
  };
}
