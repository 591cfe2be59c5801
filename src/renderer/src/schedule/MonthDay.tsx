import type { AccountSummary } from '../../../shared/contract';
import { readableTextOn } from '../accounts/colour';
import { initialsOf } from '../accounts/initials';
import { firstWords } from './schedule-format';
import type { DayPosts, MonthCell } from './month-grid';
import { formatDay } from './schedule-format';
import { clockChangeOn, dateForLabel, timeOfDay, wallTimeOf, type LocalDate } from './zoned-time';

/** Posts listed in a day before "+N more". */
export const POSTS_SHOWN = 3;

interface MonthDayProps {
  cell: MonthCell;
  day: DayPosts | undefined;
  openSlots: number;
  isToday: boolean;
  focusable: boolean;
  timeZone: string;
  locale: string;
  accountOf: (id: string) => AccountSummary | undefined;
  /** Keeps the day's element, so keyboard moves can focus it. */
  register: (element: HTMLDivElement | null) => void;
  onOpen: () => void;
  onFocus: () => void;
}

/** "1 Apr" on the first of a month (so the grid's edges say which month), else the day's number. */
function dayNumber(date: LocalDate, locale: string): string {
  if (date.day !== 1) return String(date.day);
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(dateForLabel(date));
}

const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

/** One day of the month grid: its posts per account, the first few posts, and what is left. */
export function MonthDay(props: MonthDayProps): React.JSX.Element {
  const { cell, day, openSlots, isToday, timeZone, locale, accountOf, register, onOpen, onFocus } = props;
  const posts = day?.posts ?? [];
  const counts = day?.counts ?? [];
  const change = clockChangeOn(cell.date, timeZone);
  const handleOf = (id: string): string => `@${accountOf(id)?.handle ?? 'removed account'}`;
  const label = [
    formatDay(cell.date, locale),
    isToday ? 'today' : null,
    posts.length === 0 ? 'no posts' : `${plural(posts.length, 'post')}: ${counts.map((entry) => `${entry.count} ${handleOf(entry.accountId)}`).join(', ')}`,
    openSlots > 0 ? plural(openSlots, 'open queue time') : null,
    change ? (change.kind === 'forward' ? 'clocks go forward' : 'clocks go back') : null,
  ]
    .filter(Boolean)
    .join(', ');
  const classes = ['month-day', cell.inMonth ? '' : 'month-day--outside', isToday ? 'month-day--today' : ''].filter(Boolean).join(' ');
  return (
    <div
      role="gridcell"
      ref={register}
      tabIndex={props.focusable ? 0 : -1}
      aria-label={label}
      aria-current={isToday ? 'date' : undefined}
      className={classes}
      data-testid="month-day"
      data-date={cell.key}
      onClick={onOpen}
      onFocus={onFocus}
    >
      <div className="month-day__head" aria-hidden="true">
        <span className="month-day__number">{dayNumber(cell.date, locale)}</span>
        {isToday && <span className="month-day__today">Today</span>}
        {change && <span className="month-day__change">{change.kind === 'forward' ? 'Clocks forward' : 'Clocks back'}</span>}
        {openSlots > 0 && (
          <span className="month-day__open" title={plural(openSlots, 'open queue time')}>
            {openSlots} open
          </span>
        )}
      </div>
      <div aria-hidden="true">
        {counts.length > 0 && (
          <ul className="month-day__counts">
            {counts.map((entry) => {
              const account = accountOf(entry.accountId);
              const colour = account?.colour ?? '#425563';
              return (
                <li
                  key={entry.accountId}
                  className="month-day__count"
                  style={{ background: colour, color: readableTextOn(colour) }}
                  title={`${handleOf(entry.accountId)}: ${plural(entry.count, 'post')}`}
                  data-testid="month-count"
                  data-handle={account?.handle}
                >
                  {account ? initialsOf(account.displayName, account.handle) : '?'} <b>{entry.count}</b>
                </li>
              );
            })}
          </ul>
        )}
        <ul className="month-day__posts">
          {posts.slice(0, POSTS_SHOWN).map((post) => (
            <li key={post.id} className="month-day__post" style={{ borderLeftColor: accountOf(post.accountId)?.colour ?? '#425563' }}>
              <span className="month-day__time">{timeOfDay(wallTimeOf(new Date(post.dueAt ?? ''), timeZone).minutes)}</span> {firstWords(post.parts[0]?.text ?? '', 40)}
            </li>
          ))}
        </ul>
        {posts.length > POSTS_SHOWN && <p className="month-day__more">+{posts.length - POSTS_SHOWN} more</p>}
      </div>
    </div>
  );
}
