import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import { accountById } from './account-lookup';
import { PostItem } from './PostItem';
import { groupByDay } from './post-groups';
import { formatDayHeading, type Clock } from './schedule-format';
import { wallTimeOf } from './zoned-time';

interface ScheduleListProps {
  posts: QueuedPost[];
  accounts: AccountSummary[];
  clock: Clock;
  now: Date;
  emptyMessage: string;
  onReschedule: (post: QueuedPost) => void;
  onEdit: (post: QueuedPost) => void;
  onAnnounce: (message: string) => void;
}

/** Every account's posts, day by day in the user's zone. */
export function ScheduleList({ posts, accounts, clock, now, emptyMessage, onReschedule, onEdit, onAnnounce }: ScheduleListProps): React.JSX.Element {
  if (posts.length === 0) {
    return <p className="schedule__empty">{emptyMessage}</p>;
  }
  const today = wallTimeOf(now, clock.timeZone);
  return (
    <div className="schedule-list">
      {groupByDay(posts, clock.timeZone).map((group) => {
        const headingId = `day-${group.key ?? 'undated'}`;
        return (
          <section key={group.key ?? 'undated'} className="schedule-list__day" aria-labelledby={headingId}>
            <h3 id={headingId} className="schedule-list__heading">
              {group.date ? formatDayHeading(group.date, today, clock.locale) : 'No time set'}
            </h3>
            <ul className="schedule-list__posts">
              {group.posts.map((post) => (
                <PostItem
                  key={post.id}
                  post={post}
                  account={accountById(accounts, post.accountId)}
                  clock={clock}
                  onReschedule={onReschedule}
                  onEdit={onEdit}
                  onAnnounce={onAnnounce}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
