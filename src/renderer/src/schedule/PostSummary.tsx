import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import { AccountAvatar } from '../accounts/AccountAvatar';
import { formatDayAndTime, formatTime, type Clock } from './schedule-format';
import { StateChip } from './StateChip';

interface PostSummaryProps {
  post: QueuedPost;
  account: AccountSummary | undefined;
  clock: Clock;
  /** Show the day too, where no day heading gives it. */
  dated?: boolean;
}

/** Whose post, when, what it says, and where it stands: one line of the schedule. */
export function PostSummary({ post, account, clock, dated = false }: PostSummaryProps): React.JSX.Element {
  const first = post.parts[0]?.text ?? '';
  const handle = account ? `@${account.handle}` : 'A removed account';
  return (
    <div className={`post-summary${dated ? ' post-summary--dated' : ''}`}>
      <time className="post-summary__time" dateTime={post.dueAt ?? undefined}>
        {post.dueAt ? (dated ? formatDayAndTime : formatTime)(new Date(post.dueAt), clock) : '—'}
      </time>
      <span className="post-summary__who">
        {account && <AccountAvatar account={account} />}
        <span className="post-summary__handle">{handle}</span>
      </span>
      <span className="post-summary__text">{first || <em>No text</em>}</span>
      <span className="post-summary__tags">
        {post.parts.length > 1 && <span className="thread-chip">Thread · {post.parts.length} posts</span>}
        <StateChip state={post.state} />
      </span>
    </div>
  );
}
