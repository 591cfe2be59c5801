import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import { readableTextOn } from '../accounts/colour';
import { BLOCK_MINUTES } from './calendar-layout';
import { STATE_LABELS } from './schedule-format';
import { MINUTES_PER_DAY, timeOfDay, type WallTime } from './zoned-time';

const MOVABLE_STATES: ReadonlySet<QueuedPost['state']> = new Set(['scheduled', 'held', 'missed', 'failed']);

/** Why a post cannot be moved on the calendar (a chat's post moves with its plan), or null when it can. */
export function whyFixed(post: QueuedPost): string | null {
  if (post.chat) return `Part of the chat ${post.chat.name}: change it in the chat plan.`;
  if (!MOVABLE_STATES.has(post.state)) return `A ${STATE_LABELS[post.state].toLowerCase()} post cannot be moved.`;
  return null;
}

interface CalendarBlockProps {
  post: QueuedPost;
  account: AccountSummary | undefined;
  wall: WallTime;
  dayIndex: number;
  lane: number;
  lanes: number;
  moving: boolean;
  /** Spoken name: when, who, what, state. */
  label: string;
  describedBy: string;
  onPointerDown: (event: React.PointerEvent<HTMLButtonElement>) => void;
  onKeyDown: (event: React.KeyboardEvent<HTMLButtonElement>) => void;
  onBlur: () => void;
  onOpen: () => void;
}

/** One post on the week grid, in its account's colour; draggable, and movable with arrow keys. */
export function CalendarBlock(props: CalendarBlockProps): React.JSX.Element {
  const { post, account, wall, dayIndex, lane, lanes, moving } = props;
  const colour = account?.colour ?? '#425563';
  const movable = whyFixed(post) === null;
  const style = {
    top: `calc(${wall.minutes / MINUTES_PER_DAY} * var(--week-height))`,
    height: `calc(${BLOCK_MINUTES / MINUTES_PER_DAY} * var(--week-height))`,
    left: `calc(${(dayIndex + lane / lanes) / 7} * 100% + 2px)`,
    width: `calc(${1 / 7 / lanes} * 100% - 4px)`,
    background: colour,
    color: readableTextOn(colour),
  };
  return (
    <button
      type="button"
      className={`week-post week-post--${post.state}${moving ? ' week-post--moving' : ''}${movable ? '' : ' week-post--fixed'}`}
      style={style}
      aria-label={props.label}
      aria-describedby={props.describedBy}
      data-testid="week-post"
      data-post-id={post.id}
      onPointerDown={props.onPointerDown}
      onKeyDown={props.onKeyDown}
      onBlur={props.onBlur}
      onClick={props.onOpen}
    >
      <span className="week-post__line">
        <span className="week-post__time">{timeOfDay(wall.minutes)}</span> @{account?.handle ?? '?'}
        {post.state !== 'scheduled' && <span className="week-post__state"> · {STATE_LABELS[post.state]}</span>}
      </span>
      <span className="week-post__text">{post.parts[0]?.text}</span>
    </button>
  );
}
