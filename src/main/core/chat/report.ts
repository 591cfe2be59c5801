// The short report after a chat: how many took part and posted, answers and replies per question of
// the plan, and who was most active. Posts the public version leaves out (hidden, muted, spam,
// abusive, deleted: see left-out.ts) count nowhere unless `includeModerated`; the report says how
// many were left out and why. Pure: the caller passes the chat's entries (from the local store).
import type { Chat, ChatEntry, ChatReport } from '../../../shared/chat';
import { selectForTranscript } from './left-out';

const MAX_CONTRIBUTORS = 10;

const bareHandle = (handle: string): string => handle.replace(/^@/, '').toLowerCase();
/** Code-point order, the same on every machine (localeCompare follows the OS locale). */
const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildReport(chat: Chat, all: readonly ChatEntry[], hostHandle: string, includeModerated = false): ChatReport {
  const { shown: entries, leftOut } = selectForTranscript(all, includeModerated);
  const host = bareHandle(hostHandle);
  // Keyed by author id: a handle can change during a chat, the id cannot. The latest name wins.
  // Posts hidden or waiting in the moderation lane count as taking part, never towards "most active".
  const contributors = new Map<string, { handle: string; displayName: string; posts: number }>();
  for (const { item, moderation } of entries) {
    if (bareHandle(item.author.handle) === host) continue;
    const known = contributors.get(item.author.id);
    const counted = moderation === null && !item.state.hidden ? 1 : 0;
    contributors.set(item.author.id, { handle: item.author.handle, displayName: item.author.displayName, posts: (known?.posts ?? 0) + counted });
  }
  const count = (kind: ChatEntry['kind'], question?: number): number =>
    entries.filter((entry) => entry.kind === kind && (question === undefined || entry.question === question)).length;

  return {
    chatId: chat.id,
    participants: contributors.size,
    posts: entries.length,
    answers: count('answer'),
    replies: count('reply'),
    // Every question of the plan, so a question nobody answered shows as 0 rather than going missing.
    perQuestion: chat.questions.map((question, index) => ({
      number: index + 1,
      text: question.text,
      answers: count('answer', index + 1),
      replies: count('reply', index + 1),
    })),
    topContributors: [...contributors.values()]
      .filter((contributor) => contributor.posts > 0)
      .sort((a, b) => b.posts - a.posts || byCodePoint(bareHandle(a.handle), bareHandle(b.handle)) || byCodePoint(a.handle, b.handle))
      .slice(0, MAX_CONTRIBUTORS),
    leftOut,
    includesModerated: includeModerated,
  };
}
