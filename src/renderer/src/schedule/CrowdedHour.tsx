import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import type { CrowdedHour as Crowd } from './calendar-layout';
import { firstWords, formatDay, STATE_LABELS } from './schedule-format';
import type { CrowdTooltip } from './useCrowdTooltip';
import { timeOfDay, type LocalDate } from './zoned-time';

export const crowdTooltipId = (prefix: string, key: string): string => `${prefix}-crowd-${key}`;

interface CrowdedHourProps {
  crowd: Crowd<QueuedPost>;
  day: LocalDate;
  idPrefix: string;
  locale: string;
  accountOf: (id: string) => AccountSummary | undefined;
  tooltip: CrowdTooltip;
}

/**
 * A crowded hour's count badge and its tooltip listing each post (time, account in its colour, first
 * words). Post blocks in the hour name the tooltip in aria-describedby; it shows on their hover and
 * focus (the week's post layer routes those), and on the badge's hover.
 */
export function CrowdedHour({ crowd, day, idPrefix, locale, accountOf, tooltip }: CrowdedHourProps): React.JSX.Element {
  const { key, dayIndex, hour, entries } = crowd;
  const open = tooltip.active === key;
  const top = `calc(${hour / 24} * var(--week-height))`;
  const late = hour >= 19;
  const side = dayIndex <= 4 ? { left: `calc(${(dayIndex + 1) / 7} * 100% + 4px)` } : { right: `calc(${(7 - dayIndex) / 7} * 100% + 4px)` };
  const place = late ? { top: `calc(${(hour + 1) / 24} * var(--week-height))`, transform: 'translateY(-100%)' } : { top };
  return (
    <>
      <span
        className="week-crowd__badge"
        style={{ top, left: `calc(${(dayIndex + 1) / 7} * 100% - 1.6rem)` }}
        aria-hidden="true"
        data-testid="crowd-badge"
        onPointerEnter={() => tooltip.show(key)}
        onPointerLeave={tooltip.hideSoon}
      >
        {entries.length}
      </span>
      <div
        role="tooltip"
        id={crowdTooltipId(idPrefix, key)}
        className="week-crowd__tooltip"
        style={{ ...side, ...place }}
        hidden={!open}
        data-testid="crowd-tooltip"
        onPointerEnter={() => tooltip.show(key)}
        onPointerLeave={tooltip.hideSoon}
      >
        <p className="week-crowd__title">
          {formatDay(day, locale, 'short')}, {timeOfDay(hour * 60)}–{timeOfDay(((hour + 1) % 24) * 60)} · {entries.length} posts
        </p>
        <ul className="week-crowd__list">
          {entries.map(({ item: post, wall }) => {
            const account = accountOf(post.accountId);
            return (
              <li key={post.id} className="week-crowd__item">
                <span className="week-crowd__time">{timeOfDay(wall.minutes)}</span>
                <span className="week-crowd__handle">
                  <span className="week-crowd__swatch" style={{ background: account?.colour ?? '#425563' }} />@{account?.handle ?? 'removed account'}
                  {post.state !== 'scheduled' && <span className="week-crowd__state"> · {STATE_LABELS[post.state]}</span>}
                </span>
                <span className="week-crowd__text">{firstWords(post.parts[0]?.text ?? '')}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </>
  );
}
