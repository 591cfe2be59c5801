// Which place of writing the composer is (its unsaved text is kept under it), and its title.
import type { UnsavedScope } from '../../../shared/compose';
import type { QueuedPost } from '../../../shared/queue';

interface StartIds {
  accountId: string;
  replyTo?: string;
  quoteOf?: string;
}

export function scopeOf(editing: QueuedPost | undefined, start: StartIds | undefined): UnsavedScope {
  if (editing) return { kind: 'edit', postId: editing.id };
  if (start?.replyTo) return { kind: 'reply', network: 'x', accountId: start.accountId, postId: start.replyTo };
  if (start?.quoteOf) return { kind: 'quote', network: 'x', accountId: start.accountId, postId: start.quoteOf };
  return { kind: 'new' };
}

const EDIT_TITLES = { draft: 'Edit draft', scheduled: 'Edit scheduled post', held: 'Edit held post', failed: 'Edit failed post' } as const;

export function editTitle(post: QueuedPost): string {
  const title = EDIT_TITLES[post.state as keyof typeof EDIT_TITLES] ?? 'Edit post';
  return post.parts.length > 1 ? title.replace('post', 'thread').replace('draft', 'draft thread') : title;
}
