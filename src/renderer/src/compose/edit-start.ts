// A queued post opened for editing: the composer's state from it (its account, every part with its
// media and alt text, its time as "keep"), and which parts are already on X (a thread that stopped
// part-way) and so stay as they are.
import type { QueuedPost } from '../../../shared/queue';
import { initialComposerState, type ComposerState, type Part } from './composer-state';
import { defaultScheduleTime, localDateTime } from './local-time';

export const editPartKey = (index: number): string => `e${index + 1}`;

export function stateFromPost(post: QueuedPost, zone: string, now: Date): ComposerState {
  const when = post.dueAt ? localDateTime(new Date(post.dueAt), zone) : defaultScheduleTime(now, zone);
  const base = initialComposerState({ accountIds: [post.accountId], ...when });
  const shared: Part[] = post.parts.map((part, index) => ({ key: editPartKey(index), text: part.text, media: part.media.map((ref) => ({ ref, previewUrl: null })) }));
  return {
    ...base,
    shared,
    replyTo: post.replyToId ?? '',
    quoteOf: post.quoteOfId ?? '',
    schedule: { ...base.schedule, mode: 'keep', graceMinutes: post.graceMinutes },
  };
}

/** The keys of the parts already on X: the first ones of the thread, kept as they went out. */
export function partsOnX(post: QueuedPost): Set<string> {
  const keys = new Set<string>();
  post.remoteIds.forEach((remoteId, index) => {
    if (remoteId !== null) keys.add(editPartKey(index));
  });
  return keys;
}

/** What "keep its time" means for this post, in words. */
export function keptTimeLabel(post: QueuedPost, format: (iso: string) => string): string {
  if (post.state === 'draft' || post.dueAt === null) return 'Keep it as a draft (no time)';
  if (post.state === 'held') return `Keep it held (it was due ${format(post.dueAt)})`;
  if (post.state === 'failed') return `Keep it as failed (it was due ${format(post.dueAt)}); retry it from the schedule`;
  return `Keep its time: ${format(post.dueAt)}`;
}
