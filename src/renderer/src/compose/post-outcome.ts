// What became of a post sent with "Post now", in words, from its queue row: on its way, posted
// (with where to see it), trying again, waiting for a reconnect, failed or held (with what to do).
// Pure, tested without a DOM.
import type { AccountSummary } from '../../../shared/accounts';
import type { QueuedPost } from '../../../shared/queue';

export type OutcomeKind = 'sending' | 'posted' | 'retrying' | 'failed';

export interface PostOutcome {
  postId: string;
  accountId: string;
  kind: OutcomeKind;
  /** The notice's line: "Posted ✓ as @HorizonsNHS". */
  text: string;
  /** What to do, when something went wrong. */
  advice: string | null;
  /** The X id of the post (a thread's first part) once X has it. */
  remoteId: string | null;
}

const clock = (iso: string, zone: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(new Date(iso));

export function postOutcome(post: QueuedPost, account: Pick<AccountSummary, 'handle'> | undefined, zone: string, locale: string): PostOutcome {
  const who = account ? `@${account.handle}` : 'an account no longer connected';
  const base = { postId: post.id, accountId: post.accountId, remoteId: post.remoteIds[0] ?? null };
  const error = post.lastError?.message ?? null;
  switch (post.state) {
    case 'sent':
      return { ...base, kind: 'posted', text: `Posted ✓ as ${who}`, advice: null };
    case 'failed':
      return { ...base, kind: 'failed', text: `Not posted as ${who}: ${error ?? 'X refused it.'}`, advice: 'Open Schedule › Failed and held to edit it or try again.' };
    case 'held':
    case 'missed':
      return { ...base, kind: 'failed', text: `Held, not posted as ${who}: ${error ?? 'it could not go out in time.'}`, advice: 'Open Schedule › Failed and held to post it now or reschedule it.' };
    case 'draft':
      return { ...base, kind: 'failed', text: `Not posted as ${who}: it is a draft again.`, advice: 'Open it from Drafts to post it.' };
    case 'scheduled':
    case 'sending':
      if (!error) return { ...base, kind: 'sending', text: `Posting as ${who}…`, advice: null };
      return post.nextAttemptAt
        ? { ...base, kind: 'retrying', text: `Not posted yet as ${who}: ${error}`, advice: `Columns tries again at ${clock(post.nextAttemptAt, zone, locale)}; nothing to do.` }
        : { ...base, kind: 'retrying', text: `Waiting as ${who}: ${error}`, advice: `Reconnect ${who} (Accounts); the post goes out then.` };
  }
}

/** Newer rows of the followed posts replace older ones; other posts are ignored. */
export function mergeFollowed(followed: QueuedPost[], changed: readonly QueuedPost[]): QueuedPost[] {
  const byId = new Map(changed.map((post) => [post.id, post]));
  let touched = false;
  const next = followed.map((post) => {
    const update = byId.get(post.id);
    if (!update || update.updatedAt < post.updatedAt) return post;
    touched = true;
    return update;
  });
  return touched ? next : followed;
}
