// The list view's days: posts grouped by the calendar day they are due on in the user's zone.
import type { PostChat, QueuedPost } from '../../../shared/queue';
import { dateKey, type LocalDate, wallTimeOf } from './zoned-time';

export interface DayGroup {
  /** 'YYYY-MM-DD', or null for posts without a time (drafts). */
  key: string | null;
  date: LocalDate | null;
  posts: QueuedPost[];
}

export function groupByDay(posts: QueuedPost[], timeZone: string): DayGroup[] {
  const groups = new Map<string | null, DayGroup>();
  const sorted = [...posts].sort((a, b) => (a.dueAt ?? '\uffff').localeCompare(b.dueAt ?? '\uffff'));
  for (const post of sorted) {
    const date = post.dueAt ? wallTimeOf(new Date(post.dueAt), timeZone) : null;
    const key = date ? dateKey(date) : null;
    let group = groups.get(key);
    if (!group) {
      group = { key, date: date && { year: date.year, month: date.month, day: date.day }, posts: [] };
      groups.set(key, group);
    }
    group.posts.push(post);
  }
  return [...groups.values()];
}

export type DayEntry = { kind: 'post'; post: QueuedPost } | { kind: 'chat'; chat: PostChat; posts: QueuedPost[] };

/** A day's posts with each chat's posts together under the chat, where its first post falls (order kept). */
export function groupByChat(posts: QueuedPost[]): DayEntry[] {
  const entries: DayEntry[] = [];
  const chats = new Map<string, QueuedPost[]>();
  for (const post of posts) {
    if (!post.chat) {
      entries.push({ kind: 'post', post });
      continue;
    }
    const known = chats.get(post.chat.id);
    if (known) known.push(post);
    else {
      const own = [post];
      chats.set(post.chat.id, own);
      entries.push({ kind: 'chat', chat: post.chat, posts: own });
    }
  }
  return entries;
}
