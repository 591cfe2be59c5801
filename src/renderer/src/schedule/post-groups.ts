// The list view's days: posts grouped by the calendar day they are due on in the user's zone.
import type { QueuedPost } from '../../../shared/queue';
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
