import type { AccountSummary } from '../../../shared/contract';
import type { OpenQueueSlot } from '../../../shared/schedule';
import { dateKey, MINUTES_PER_DAY, timeOfDay, wallTimeOf, type LocalDate } from './zoned-time';

interface OpenSlotMarksProps {
  slots: OpenQueueSlot[];
  days: LocalDate[];
  timeZone: string;
  accountOf: (id: string) => AccountSummary | undefined;
}

/** Open queue times as quiet dashed marks under the posts, one per account (side by side when they share a time). */
export function OpenSlotMarks({ slots, days, timeZone, accountOf }: OpenSlotMarksProps): React.JSX.Element {
  const indexOf = new Map(days.map((day, index) => [dateKey(day), index]));
  const placed = slots.flatMap((slot) => {
    const wall = wallTimeOf(new Date(slot.dueAt), timeZone);
    const dayIndex = indexOf.get(dateKey(wall));
    return dayIndex === undefined ? [] : [{ slot, wall, dayIndex, at: `${dayIndex} ${wall.minutes}` }];
  });
  const sharing = new Map<string, number>();
  for (const mark of placed) sharing.set(mark.at, (sharing.get(mark.at) ?? 0) + 1);
  const seen = new Map<string, number>();
  return (
    <>
      {placed.map(({ slot, wall, dayIndex, at }) => {
        const lanes = sharing.get(at) ?? 1;
        const lane = seen.get(at) ?? 0;
        seen.set(at, lane + 1);
        const account = accountOf(slot.accountId);
        const colour = account?.colour ?? '#425563';
        const style = {
          top: `calc(${wall.minutes / MINUTES_PER_DAY} * var(--week-height))`,
          left: `calc(${(dayIndex + lane / lanes) / 7} * 100% + 2px)`,
          width: `calc(${1 / 7 / lanes} * 100% - 4px)`,
          borderColor: colour,
          '--slot-colour': colour,
        } as React.CSSProperties;
        return (
          <span key={`${slot.accountId} ${slot.dueAt}`} className="week-slot" style={style} data-testid="open-slot" data-account-id={slot.accountId}>
            <span className="visually-hidden">Open queue time </span>
            <span className="week-slot__time">{timeOfDay(wall.minutes)}</span> @{account?.handle ?? '?'}
          </span>
        );
      })}
    </>
  );
}

/** What the marks mean; shown above the week grid. */
export function WeekLegend({ openCount }: { openCount: number }): React.JSX.Element {
  return (
    <ul className="week-legend" aria-label="Calendar key">
      <li>
        <span className="week-legend__slot" aria-hidden="true" /> Open queue time{openCount > 0 ? ` (${openCount} this week)` : ''}: &ldquo;Add to queue&rdquo; fills these in order
      </li>
      <li>
        <span className="week-crowd__badge week-legend__crowd" aria-hidden="true">
          3
        </span>{' '}
        Crowded hour: point at it or focus a post for the list
      </li>
    </ul>
  );
}
