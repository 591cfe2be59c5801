import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import { accountById } from './account-lookup';
import { PostItem } from './PostItem';
import type { Clock } from './schedule-format';

interface AttentionSectionProps {
  posts: QueuedPost[];
  accounts: AccountSummary[];
  clock: Clock;
  onReschedule: (post: QueuedPost) => void;
  onEdit: (post: QueuedPost) => void;
  onAnnounce: (message: string) => void;
}

const KINDS = [
  {
    id: 'failed',
    title: 'Failed',
    states: ['failed'],
    explain: 'X refused these or could not be reached. Retry, pick a new time, or discard.',
  },
  {
    id: 'held',
    title: 'Held for you',
    states: ['held', 'missed'],
    explain: 'Their time passed while Columns was closed or offline, so they were not sent late. Post now, pick a new time, or discard.',
  },
] as const;

/** Posts that wait for a decision, above everything else in the schedule. Nothing shows when none do. */
export function AttentionSection({ posts, accounts, clock, onReschedule, onEdit, onAnnounce }: AttentionSectionProps): React.JSX.Element | null {
  if (posts.length === 0) return null;
  return (
    <div className="attention" data-testid="schedule-attention">
      {KINDS.map((kind) => {
        const mine = posts.filter((post) => (kind.states as readonly string[]).includes(post.state));
        if (mine.length === 0) return null;
        const headingId = `attention-${kind.id}`;
        return (
          <section key={kind.id} className={`attention__group attention__group--${kind.id}`} aria-labelledby={headingId}>
            <h2 id={headingId} className="attention__heading">
              {kind.title} <span className="attention__count">{mine.length}</span>
            </h2>
            <p className="hint">{kind.explain}</p>
            <ul className="schedule-list__posts">
              {mine.map((post) => (
                <PostItem
                  key={post.id}
                  post={post}
                  account={accountById(accounts, post.accountId)}
                  clock={clock}
                  onReschedule={onReschedule}
                  onEdit={onEdit}
                  onAnnounce={onAnnounce}
                  dated
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
