import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import { accountById } from './account-lookup';
import { PostItem } from './PostItem';
import { groupByChat, groupByDay } from './post-groups';
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

/** Every account's posts, day by day in the user's zone; a chat's posts together under the chat. */
export function ScheduleList({ posts, accounts, clock, now, emptyMessage, onReschedule, onEdit, onAnnounce }: ScheduleListProps): React.JSX.Element {
  if (posts.length === 0) {
    return <p className="schedule__empty">{emptyMessage}</p>;
  }
  const today = wallTimeOf(now, clock.timeZone);
  const item = (post: QueuedPost): React.JSX.Element => (
    <PostItem key={post.id} post={post} account={accountById(accounts, post.accountId)} clock={clock} onReschedule={onReschedule} onEdit={onEdit} onAnnounce={onAnnounce} />
  );
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
              {groupByChat(group.posts).map((entry) => {
                if (entry.kind === 'post') return item(entry.post);
                const chatHeadingId = `${headingId}-chat-${entry.chat.id}`;
                return (
                  <li key={`chat-${entry.chat.id}`} className="schedule-list__chat" data-testid="schedule-chat">
                    <h4 id={chatHeadingId} className="schedule-list__chat-heading">
                      Chat: {entry.chat.name} · {entry.chat.hashtag}
                    </h4>
                    <ul className="schedule-list__posts" aria-labelledby={chatHeadingId}>
                      {entry.posts.map(item)}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
