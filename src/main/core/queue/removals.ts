// Applies what the person chose for a removed account's queued posts (account_removals, written by
// the accounts service as it deletes the account row): "delete" deletes every post of it not yet
// out; "keep" holds them, with the reason, for the person to copy or discard. A post in the middle
// of going out is left to finish first; the choice is applied at the next look.
import type { Database } from 'better-sqlite3';
import type { PostsRepository } from './repository';

const REASON = 'account removed';

/** Returns the ids of posts that changed or went. */
export function applyAccountRemovals(db: Database, repo: PostsRepository, now: () => number = Date.now): string[] {
  const pending = db
    .prepare<[], { id: number; account_id: string; handle: string; queued_posts: 'keep' | 'delete' }>(
      'SELECT id, account_id, handle, queued_posts FROM account_removals WHERE applied_at IS NULL ORDER BY id',
    )
    .all();
  const touched: string[] = [];
  for (const removal of pending) {
    repo.transaction(() => {
      const posts = repo.unsentIds(removal.account_id);
      if (posts.some((post) => post.state === 'sending')) return;
      for (const post of posts) {
        if (removal.queued_posts === 'delete') {
          repo.delete(post.id);
          touched.push(post.id);
          continue;
        }
        if (post.state === 'draft' || post.state === 'held') continue;
        const held = repo.transition(post.id, post.state, 'held', REASON, {
          nextAttemptAt: null,
          lastError: { code: 'account_removed', message: `@${removal.handle} was removed from Columns, so this post cannot go out from it.` },
        });
        if (held) touched.push(post.id);
      }
      db.prepare('UPDATE account_removals SET applied_at = ? WHERE id = ?').run(new Date(now()).toISOString(), removal.id);
    });
  }
  return touched;
}
