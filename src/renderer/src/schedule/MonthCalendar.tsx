import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { readableTextOn } from '../accounts/colour';
import { initialsOf } from '../accounts/initials';
import { accountById } from './account-lookup';
import { CalendarNav } from './CalendarNav';
import { CALENDAR_STATES, type CalendarViewProps } from './calendar-props';
import { addMonths, gridRange, inGrid, monthGrid, monthKeyTarget, monthOf, postsByDay, type YearMonth } from './month-grid';
import { MonthDay } from './MonthDay';
import { useOpenSlots } from './useOpenSlots';
import { useQueuePosts } from './useQueuePosts';
import { dateForLabel, dateKey, wallTimeOf, weekDays, type LocalDate } from './zoned-time';
import './month.css';

interface MonthCalendarProps extends CalendarViewProps {
  /** Opens the week holding this day. */
  onOpenDay: (day: LocalDate) => void;
}

function formatMonth({ year, month }: YearMonth, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 1, 12));
}

/** A month, Monday first, in the user's zone: each day's posts per account, the first few, and "+N more". */
export function MonthCalendar({ accounts, accountId, clock, now, initialDay, slotsRevision, onOpenDay }: MonthCalendarProps): React.JSX.Element {
  const today = wallTimeOf(now, clock.timeZone);
  const [focused, setFocused] = useState<LocalDate>(() => initialDay ?? today);
  const [shown, setShown] = useState<YearMonth>(() => monthOf(initialDay ?? today));
  const grid = useMemo(() => monthGrid(shown), [shown]);
  const range = useMemo(() => gridRange(grid, clock.timeZone), [grid, clock.timeZone]);
  const filter = accountId ? { accountId } : {};
  const { posts, error } = useQueuePosts({ ...range, states: CALENDAR_STATES, ...filter });
  const openSlots = useOpenSlots({ ...range, accountId }, slotsRevision);
  const byDay = useMemo(() => postsByDay(posts, clock.timeZone), [posts, clock.timeZone]);
  const openByDay = useMemo(() => {
    const counts = new Map<string, number>();
    for (const slot of openSlots) {
      const key = dateKey(wallTimeOf(new Date(slot.dueAt), clock.timeZone));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
  }, [openSlots, clock.timeZone]);
  const cells = useRef(new Map<string, HTMLDivElement>());
  const moveFocus = useRef(false);
  const headingId = useId();
  const helpId = useId();
  const accountOf = (id: string): AccountSummary | undefined => accountById(accounts, id);
  const focusKey = inGrid(grid, focused) ? dateKey(focused) : dateKey({ ...shown, day: 1 });
  const monthPosts = grid.weeks.flat().reduce((total, cell) => total + (cell.inMonth ? (byDay.get(cell.key)?.posts.length ?? 0) : 0), 0);

  useEffect(() => {
    // Keyboard moves focus the new day once it is rendered (it may be in another month).
    if (!moveFocus.current) return;
    moveFocus.current = false;
    cells.current.get(focusKey)?.focus();
  }, [focusKey]);

  const showMonth = (target: YearMonth): void => {
    setShown(target);
    const thisMonth = target.year === today.year && target.month === today.month;
    setFocused(thisMonth ? today : { ...target, day: 1 });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpenDay(focused);
      return;
    }
    const target = monthKeyTarget(focused, event.key);
    if (!target) return;
    event.preventDefault();
    moveFocus.current = true;
    setFocused(target);
    if (!inGrid(grid, target) || event.key.startsWith('Page')) setShown(monthOf(target));
  };

  return (
    <section className="month" aria-labelledby={headingId} data-testid="month-calendar">
      <header className="week__toolbar">
        <CalendarNav unit="month" onStep={(by) => showMonth(addMonths(shown, by))} onToday={() => showMonth(monthOf(today))} />
        <h2 id={headingId} className="week__title">
          {formatMonth(shown, clock.locale)}
          <span className="month__total"> · {monthPosts === 0 ? 'nothing scheduled' : `${monthPosts} post${monthPosts === 1 ? '' : 's'}`}</span>
        </h2>
        <p className="hint week__help" id={helpId}>
          Click a day, or move with the arrow keys and press Enter, to open its week. Page Up and Page Down change the month.
        </p>
        <ul className="week-legend" aria-label="Calendar key">
          {accounts
            .filter((account) => accountId === undefined || account.id === accountId)
            .map((account) => (
              <li key={account.id}>
                <span className="month-day__count" style={{ background: account.colour, color: readableTextOn(account.colour) }} aria-hidden="true">
                  {initialsOf(account.displayName, account.handle)}
                </span>
                @{account.handle}
              </li>
            ))}
          <li>
            <span className="month-day__open" aria-hidden="true">
              2 open
            </span>
            Open queue times
          </li>
        </ul>
      </header>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div role="grid" className="week__grid month__grid" aria-labelledby={headingId} aria-describedby={helpId} onKeyDown={onKeyDown}>
        <div role="row" className="month__weekdays">
          {weekDays(grid.first).map((day) => (
            <div role="columnheader" key={dateKey(day)} className="month__weekday">
              {new Intl.DateTimeFormat(clock.locale, { timeZone: 'UTC', weekday: 'short' }).format(dateForLabel(day))}
            </div>
          ))}
        </div>
        {grid.weeks.map((week) => (
          <div role="row" key={week[0]?.key} className="month__week">
            {week.map((cell) => (
              <MonthDay
                key={cell.key}
                cell={cell}
                day={byDay.get(cell.key)}
                openSlots={openByDay.get(cell.key) ?? 0}
                isToday={cell.key === dateKey(today)}
                focusable={cell.key === focusKey}
                timeZone={clock.timeZone}
                locale={clock.locale}
                accountOf={accountOf}
                register={(element) => {
                  if (element) cells.current.set(cell.key, element);
                  else cells.current.delete(cell.key);
                }}
                onOpen={() => onOpenDay(cell.date)}
                onFocus={() => setFocused(cell.date)}
              />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
