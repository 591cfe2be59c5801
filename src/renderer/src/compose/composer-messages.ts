// What the composer says in words: why a time cannot be used, when a post goes out (on the
// corporate confirmation), and what happened once the queue took it (announced after closing).
import type { AccountSummary } from '../../../shared/accounts';
import type { EditWhen, QueuedPost, When } from '../../../shared/queue';
import { formatInstant } from './local-time';

/** The confirmation's verb for each kind of "when". */
export const VERBS = { now: 'Post', at: 'Schedule', queue: 'Queue', draft: 'Save' } as const;

export const handles = (accounts: readonly AccountSummary[]): string => accounts.map((account) => `@${account.handle}`).join(', ');

export function scheduleProblem(kind: string): string {
  switch (kind) {
    case 'nonexistent':
      return 'That time does not exist in your zone (the clocks go forward). Use the suggested time or choose another.';
    case 'ambiguous':
      return 'That time happens twice (the clocks go back). Choose which one.';
    case 'resolving':
      return 'Still checking the time; try again in a moment.';
    default:
      return 'Choose a date and a time.';
  }
}

export function whenSentence(when: When, zone: string, locale: string): string {
  switch (when.kind) {
    case 'now':
      return 'It goes out now.';
    case 'at':
      return `It goes out ${formatInstant(when.dueAt, zone, locale)}.`;
    case 'queue':
      return "It goes out in the account's next free queue slot.";
    case 'draft':
      return 'It is saved as a draft.';
  }
}

export function successMessage(when: When, chosen: readonly AccountSummary[], posts: readonly QueuedPost[], zone: string, locale: string): string {
  const who = handles(chosen);
  switch (when.kind) {
    case 'now':
      return `Posting now as ${who}.`;
    case 'at':
      return `Scheduled as ${who} for ${formatInstant(when.dueAt, zone, locale)}.`;
    case 'queue': {
      const due = posts.find((post) => post.dueAt)?.dueAt;
      return due ? `Added to the queue as ${who}: first goes out ${formatInstant(due, zone, locale)}.` : `Added to the queue as ${who}.`;
    }
    case 'draft':
      return `Saved as a draft for ${who}. Find it in Schedule › Drafts.`;
  }
}

/** For the confirmation of an edit: when the changed post goes out. */
export function editWhenSentence(when: EditWhen, post: QueuedPost, zone: string, locale: string): string {
  if (when.kind === 'at') return `It goes out ${formatInstant(when.dueAt, zone, locale)}.`;
  if (when.kind === 'draft' || post.dueAt === null) return 'It is saved as a draft.';
  return post.state === 'scheduled' ? `It keeps its time: ${formatInstant(post.dueAt, zone, locale)}.` : `It stays ${post.state} until you decide.`;
}

export function editedMessage(post: QueuedPost, chosen: readonly AccountSummary[], zone: string, locale: string): string {
  const who = handles(chosen);
  if (post.state === 'draft') return `Saved the draft for ${who}. Find it in Schedule › Drafts.`;
  if (post.state === 'scheduled' && post.dueAt) return `Saved changes to the post for ${who}: goes out ${formatInstant(post.dueAt, zone, locale)}.`;
  return `Saved changes to the post for ${who}.`;
}
