import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import { PostActions } from './PostActions';
import { PostHistory } from './PostHistory';
import { PostParts } from './PostParts';
import { PostSummary } from './PostSummary';
import { formatInstant, type Clock } from './schedule-format';

interface PostItemProps {
  post: QueuedPost;
  account: AccountSummary | undefined;
  clock: Clock;
  onReschedule: (post: QueuedPost) => void;
  onEdit: (post: QueuedPost) => void;
  onAnnounce: (message: string) => void;
  dated?: boolean;
}

/** A post in the schedule list: summary, its parts and media, why it is stuck (if it is), actions and its history. */
export function PostItem({ post, account, clock, onReschedule, onEdit, onAnnounce, dated = false }: PostItemProps): React.JSX.Element {
  const who = account ? `@${account.handle}` : 'removed account';
  const label = post.dueAt ? `${who} at ${formatInstant(new Date(post.dueAt), clock)}` : `${who} draft`;
  return (
    <li className="post-item" style={{ borderInlineStartColor: account?.colour ?? 'var(--border)' }} data-testid="schedule-post">
      <PostSummary post={post} account={account} clock={clock} dated={dated} />
      <PostParts post={post} />
      {post.lastError && (post.state === 'failed' || post.state === 'held' || post.state === 'missed') && (
        <p className="post-item__reason">
          <strong>Why: </strong>
          {post.lastError.message}
          {post.state === 'failed' && post.nextAttemptAt && (
            <> Next try {formatInstant(new Date(post.nextAttemptAt), clock)}.</>
          )}
        </p>
      )}
      <div className="post-item__footer">
        <PostHistory postId={post.id} clock={clock} />
        <PostActions post={post} label={label} onReschedule={onReschedule} onEdit={onEdit} onAnnounce={onAnnounce} />
      </div>
    </li>
  );
}
