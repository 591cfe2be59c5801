import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import { CalendarBlock, whyFixed } from './CalendarBlock';
import { CalendarNav } from './CalendarNav';
import { CALENDAR_STATES, type CalendarViewProps } from './calendar-props';
import { accountById } from './account-lookup';
import { crowdedHours, placeInWeek } from './calendar-layout';
import { CrowdedHour, crowdTooltipId } from './CrowdedHour';
import { OpenSlotMarks, WeekLegend } from './OpenSlotMarks';
import { followPointer } from './pointer-drag';
import { formatWall, formatWeekRange, STATE_LABELS, type Clock } from './schedule-format';
import { dragTarget, keyboardDelta, useCalendarMove, type Move } from './useCalendarMove';
import { useCrowdTooltip } from './useCrowdTooltip';
import { useOpenSlots } from './useOpenSlots';
import { useQueuePosts } from './useQueuePosts';
import { WeekDayHeader, WeekDayColumn } from './WeekDay';
import './week-marks.css';
import {
  MINUTES_PER_DAY,
  addDays,
  approximateInstant,
  dateKey,
  localInputOf,
  moveWall,
  sameWall,
  startOfWeek,
  timeOfDay,
  wallTimeOf,
  weekDays,
  type WallTime,
} from './zoned-time';

/** "GMT", or "GMT → BST" for a week in which the clocks change. */
function zoneNamesOf(range: { from: string; to: string }, { locale, timeZone }: Clock): string {
  const name = (iso: string): string =>
    new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }).formatToParts(new Date(iso)).find((part) => part.type === 'timeZoneName')
      ?.value ?? timeZone;
  const [first, last] = [name(range.from), name(new Date(Date.parse(range.to) - 1).toISOString())];
  return first === last ? first : `${first} → ${last}`;
}

function withoutKey<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!(key in record)) return record;
  const { [key]: _removed, ...rest } = record;
  return rest;
}

const FIRST_VISIBLE_HOUR = 7;

interface WeekCalendarProps extends CalendarViewProps {
  /** Saves a move; false when it did not happen (an error, or the user has a choice to make). */
  onMove: (post: QueuedPost, local: string) => Promise<boolean>;
  onOpen: (post: QueuedPost) => void;
  onAnnounce: (message: string) => void;
}

/** Monday to Sunday in the user's zone, hour by hour, every account's posts where their wall clock puts them. */
export function WeekCalendar(props: WeekCalendarProps): React.JSX.Element {
  const { accounts, accountId, clock, now, onMove, onOpen, onAnnounce } = props;
  const today = wallTimeOf(now, clock.timeZone);
  const [monday, setMonday] = useState(() => startOfWeek(props.initialDay ?? today));
  const days = useMemo(() => weekDays(monday), [monday]);
  const { timeZone } = clock;
  const range = useMemo(
    () => ({
      from: approximateInstant({ ...monday, minutes: 0 }, timeZone).toISOString(),
      to: approximateInstant({ ...addDays(monday, 7), minutes: 0 }, timeZone).toISOString(),
    }),
    [monday, timeZone],
  );
  const { posts, error } = useQueuePosts({ ...range, states: CALENDAR_STATES, ...(accountId ? { accountId } : {}) });
  const openSlots = useOpenSlots({ ...range, accountId }, props.slotsRevision);
  const moves = useCalendarMove(monday);
  const tooltip = useCrowdTooltip();
  // Where a just-saved move landed, until the refreshed list says the same (no jump back meanwhile).
  const [landed, setLanded] = useState<Record<string, WallTime>>({});
  const helpId = useId();
  const headingId = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const layer = useRef<HTMLDivElement>(null);
  const suppressClick = useRef(false);

  useEffect(() => {
    // Start at the working day rather than midnight.
    const element = scroller.current;
    // A little above the hour, so its label is not cut in half.
    if (element) element.scrollTop = (FIRST_VISIBLE_HOUR / 24) * element.scrollHeight - 12;
  }, []);

  const openedFromDay = props.initialDay !== undefined;
  useEffect(() => {
    // Opened from a month day (the grid that had the focus is gone): the focus goes to the week's title.
    if (openedFromDay) heading.current?.focus();
  }, [openedFromDay]);

  const accountOf = (id: string): AccountSummary | undefined => accountById(accounts, id);
  const wallOf = (post: QueuedPost): WallTime | null => {
    if (moves.move?.postId === post.id) return moves.move.wall;
    if (!post.dueAt) return null;
    return landed[post.id] ?? wallTimeOf(new Date(post.dueAt), timeZone);
  };
  const placed = placeInWeek(
    posts.flatMap((post) => {
      const wall = wallOf(post);
      return wall ? [{ item: post, wall }] : [];
    }),
    days,
  );
  const crowds = crowdedHours(placed);
  const crowdOfPost = new Map(crowds.flatMap((crowd) => crowd.entries.map((entry) => [entry.item.id, crowd.key] as const)));
  const crowdOf = (target: EventTarget): string | undefined => {
    const id = target instanceof Element ? target.closest('[data-post-id]')?.getAttribute('data-post-id') : null;
    return id ? crowdOfPost.get(id) : undefined;
  };
  // No tooltip while a post is being moved: it would cover where the post is going.
  const crowdTip = moves.move ? { ...tooltip, active: null } : tooltip;

  const describe = (post: QueuedPost, wall: WallTime): string => {
    const account = accountOf(post.accountId);
    const text = post.parts[0]?.text ?? '';
    const thread = post.parts.length > 1 ? `, thread of ${post.parts.length}` : '';
    const chat = post.chat ? `. Part of the chat ${post.chat.name}` : '';
    return `${formatWall(wall, clock.locale)}, @${account?.handle ?? 'removed account'}: ${text.slice(0, 80)}${thread}. ${STATE_LABELS[post.state]}${chat}`;
  };

  const commit = (post: QueuedPost, finished: Move | null): void => {
    if (!finished) {
      onAnnounce('Not moved.');
      return;
    }
    setLanded((current) => ({ ...current, [post.id]: finished.wall }));
    void onMove(post, localInputOf(finished.wall)).then((moved) => {
      if (!moved) setLanded((current) => withoutKey(current, post.id));
    });
  };

  useEffect(() => {
    // The refreshed list now shows the saved time: the list is the truth again.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- settles the optimistic position once, no cascade
    setLanded((current) => {
      let next = current;
      for (const post of posts) {
        const pinned = current[post.id];
        if (pinned && post.dueAt && sameWall(pinned, wallTimeOf(new Date(post.dueAt), timeZone))) next = withoutKey(next, post.id);
      }
      return next;
    });
  }, [posts, timeZone]);

  const startDrag = (post: QueuedPost, wall: WallTime, event: React.PointerEvent<HTMLButtonElement>): void => {
    if (event.button !== 0 || whyFixed(post) || !layer.current) return;
    const bounds = layer.current.getBoundingClientRect();
    const columnWidth = bounds.width / 7;
    const pxPerMinute = bounds.height / MINUTES_PER_DAY;
    suppressClick.current = false;
    followPointer(event, {
      onStart: () => {
        suppressClick.current = true;
        moves.start(post.id, wall, 'pointer');
      },
      onMove: (dx, dy) => moves.to(dragTarget(wall, dx, dy, columnWidth, pxPerMinute)),
      onDrop: () => commit(post, moves.finish()),
      onCancel: () => {
        moves.cancel();
        onAnnounce(`Move cancelled. Still ${formatWall(wall, clock.locale)}.`);
      },
    });
  };

  const onKeyDown = (post: QueuedPost, wall: WallTime, event: React.KeyboardEvent<HTMLButtonElement>): void => {
    const active = moves.move?.postId === post.id ? moves.move : null;
    const delta = keyboardDelta(event.key);
    if (delta) {
      event.preventDefault();
      const fixed = whyFixed(post);
      if (fixed) {
        onAnnounce(fixed);
        return;
      }
      if (!active) moves.start(post.id, wall, 'keyboard');
      const next = moves.to(moveWall(active?.wall ?? wall, delta));
      onAnnounce(next ? `Moving to ${formatWall(next, clock.locale)}. Enter to save, Escape to cancel.` : 'That is outside this week.');
      event.currentTarget.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    } else if (event.key === 'Enter' && active) {
      event.preventDefault();
      commit(post, moves.finish());
    } else if (event.key === 'Escape' && active) {
      event.preventDefault();
      event.stopPropagation();
      moves.cancel();
      onAnnounce(`Move cancelled. Still ${formatWall(active.origin, clock.locale)}.`);
    }
  };

  const showWeek = (next: typeof monday): void => {
    moves.cancel();
    setMonday(next);
  };
  const nowWall = today;
  const sunday = days[6] ?? monday;

  return (
    <section className="week" aria-labelledby={headingId} data-testid="week-calendar">
      <header className="week__toolbar">
        <CalendarNav unit="week" onStep={(by) => showWeek(addDays(monday, 7 * by))} onToday={() => showWeek(startOfWeek(today))} />
        <h2 id={headingId} className="week__title" ref={heading} tabIndex={-1}>
          {formatWeekRange(monday, sunday, clock.locale)}
        </h2>
        {placed.length === 0 && !error && <p className="week__empty">Nothing scheduled this week.</p>}
        <p className="hint week__help" id={helpId}>
          Drag a post to move it, or focus it and use the arrow keys (15 minutes, a day), then Enter to save or Escape to cancel.
        </p>
        <WeekLegend openCount={openSlots.length} />
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="week__grid">
        <div className="week__head" aria-hidden="true">
          <span className="week__gutter-head">{zoneNamesOf(range, clock)}</span>
          {days.map((day) => (
            <WeekDayHeader key={dateKey(day)} day={day} isToday={dateKey(day) === dateKey(today)} clock={clock} />
          ))}
        </div>
        <div className="week__scroll" ref={scroller}>
          <div className="week__body">
            <div className="week__gutter" aria-hidden="true">
              {Array.from({ length: 24 }, (_, hour) => (
                <span key={hour} className="week__hour-label">
                  {timeOfDay(hour * 60)}
                </span>
              ))}
            </div>
            <div className="week__columns">
              {days.map((day) => (
                <WeekDayColumn key={dateKey(day)} day={day} clock={clock} nowMinutes={dateKey(day) === dateKey(nowWall) ? nowWall.minutes : null} />
              ))}
              <div
                className="week__posts"
                ref={layer}
                onPointerOver={(event) => {
                  const key = crowdOf(event.target);
                  if (key) tooltip.show(key);
                }}
                onPointerOut={(event) => {
                  if (crowdOf(event.target)) tooltip.hideSoon();
                }}
                onFocus={(event) => {
                  const key = crowdOf(event.target);
                  if (key) tooltip.show(key);
                  else tooltip.hide();
                }}
                onBlur={tooltip.hide}
                onKeyDown={(event) => {
                  if (event.key === 'Escape') tooltip.hide();
                }}
              >
                <OpenSlotMarks slots={openSlots} days={days} timeZone={timeZone} accountOf={accountOf} />
                {placed.map(({ item: post, wall, dayIndex, lane, lanes }) => {
                  const moving = moves.move?.postId === post.id;
                  return (
                    <CalendarBlock
                      key={post.id}
                      post={post}
                      account={accountOf(post.accountId)}
                      wall={wall}
                      dayIndex={dayIndex}
                      lane={moving ? 0 : lane}
                      lanes={moving ? 1 : lanes}
                      moving={moving}
                      label={describe(post, wall)}
                      describedBy={crowdOfPost.has(post.id) ? `${helpId} ${crowdTooltipId(helpId, crowdOfPost.get(post.id) ?? '')}` : helpId}
                      onPointerDown={(event) => startDrag(post, wall, event)}
                      onKeyDown={(event) => onKeyDown(post, wall, event)}
                      onBlur={() => {
                        if (moves.move?.postId === post.id && moves.move.via === 'keyboard') moves.cancel();
                      }}
                      onOpen={() => {
                        const fixed = whyFixed(post);
                        if (suppressClick.current) suppressClick.current = false;
                        else if (fixed) onAnnounce(fixed);
                        else onOpen(post);
                      }}
                    />
                  );
                })}
                {crowds.map((crowd) => (
                  <CrowdedHour
                    key={crowd.key}
                    crowd={crowd}
                    day={days[crowd.dayIndex] ?? monday}
                    idPrefix={helpId}
                    locale={clock.locale}
                    accountOf={accountOf}
                    tooltip={crowdTip}
                  />
                ))}
              </div>
            </div>
          </div>
        </div>
      </div>
    </section>
  );
}
