// The composer offers the drafts: posts saved without a time (the queue's `draft` state, also in
// Schedule › Drafts). Opening one edits it in place of a new post.
import { useEffect, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { QueuedPost } from '../../../shared/queue';
import { getApi } from '../api';

interface QueueDraftsProps {
  accounts: readonly AccountSummary[];
  onOpen: (post: QueuedPost) => void;
}

const summary = (post: QueuedPost): string => {
  const first = post.parts.find((part) => part.text.trim() !== '')?.text.trim();
  if (!first) return post.parts.some((part) => part.media.length > 0) ? '(media only)' : '(empty)';
  return first.length > 80 ? `${first.slice(0, 79)}…` : first;
};

export function QueueDrafts({ accounts, onOpen }: QueueDraftsProps): React.JSX.Element | null {
  const [drafts, setDrafts] = useState<QueuedPost[]>([]);
  useEffect(() => {
    let cancelled = false;
    getApi()
      .call('queue.list', { states: ['draft'] })
      .then((posts) => {
        if (!cancelled) setDrafts([...posts].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  if (drafts.length === 0) return null;
  const handleOf = (id: string): string => accounts.find((account) => account.id === id)?.handle ?? 'removed account';
  return (
    <details className="drafts" data-testid="compose-drafts">
      <summary>Your drafts ({drafts.length})</summary>
      <ul className="drafts__list">
        {drafts.map((post) => (
          <li key={post.id} className="drafts__item">
            <span className="drafts__summary">{summary(post)}</span>
            <span className="hint">
              @{handleOf(post.accountId)}
              {post.parts.length > 1 ? ` · thread of ${post.parts.length}` : ''}
            </span>
            <span className="drafts__actions">
              <button type="button" className="button button--small" onClick={() => onOpen(post)} aria-label={`Open draft: ${summary(post)}`}>
                Open
              </button>
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
