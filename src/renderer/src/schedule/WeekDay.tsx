import type { Clock } from './schedule-format';
import { formatDay } from './schedule-format';
import { clockChangeOn, MINUTES_PER_DAY, timeOfDay, type LocalDate } from './zoned-time';

interface WeekDayHeaderProps {
  day: LocalDate;
  isToday: boolean;
  clock: Clock;
}

/** "Sun 29 Mar", marked when it is today or when the clocks change. */
export function WeekDayHeader({ day, isToday, clock }: WeekDayHeaderProps): React.JSX.Element {
  const change = clockChangeOn(day, clock.timeZone);
  return (
    <span className={`week__day-head${isToday ? ' week__day-head--today' : ''}`}>
      {formatDay(day, clock.locale, 'short')}
      {change && <span className="week__clock-change">{change.kind === 'forward' ? 'Clocks forward' : 'Clocks back'}</span>}
    </span>
  );
}

interface WeekDayColumnProps {
  day: LocalDate;
  clock: Clock;
  /** Where "now" is on this day, when it is today. */
  nowMinutes: number | null;
}

/** A day's background: hour lines, the hour the clocks skip or repeat, and the time now. */
export function WeekDayColumn({ day, clock, nowMinutes }: WeekDayColumnProps): React.JSX.Element {
  const change = clockChangeOn(day, clock.timeZone);
  const at = (minutes: number): string => `calc(${minutes / MINUTES_PER_DAY} * var(--week-height))`;
  return (
    <div className="week__column">
      {change && (
        <div
          className={`week__dst week__dst--${change.kind}`}
          style={{ top: at(change.minutes), height: at(change.lengthMinutes) }}
          title={
            change.kind === 'forward'
              ? `${timeOfDay(change.minutes)}–${timeOfDay(change.minutes + change.lengthMinutes)} does not happen today: clocks go forward`
              : `${timeOfDay(change.minutes)}–${timeOfDay(change.minutes + change.lengthMinutes)} happens twice today: clocks go back`
          }
        >
          {change.kind === 'forward' ? 'Hour skipped' : 'Hour repeats'}
        </div>
      )}
      {nowMinutes !== null && <div className="week__now" style={{ top: at(nowMinutes) }} />}
    </div>
  );
}
