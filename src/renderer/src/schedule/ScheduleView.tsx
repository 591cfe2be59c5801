import { useCallback, useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import type { ResolvedLocal } from '../../../shared/schedule';
import type { Settings } from '../../../shared/settings';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { useNow } from '../hooks/useNow';
import { accountById } from './account-lookup';
import { AttentionSection } from './AttentionSection';
import { CsvImportDialog } from './CsvImportDialog';
import { downloadText } from './download-file';
import { QueueSlotsDialog } from './QueueSlotsDialog';
import { RescheduleDialog } from './RescheduleDialog';
import { ScheduleFilters, STATE_FILTERS, type StateFilter } from './ScheduleFilters';
import { OpenChatContext } from './open-chat';
import { ScheduleList } from './ScheduleList';
import type { Clock } from './schedule-format';
import { useQueuePosts } from './useQueuePosts';
import { useReschedule } from './useReschedule';
import { MonthCalendar } from './MonthCalendar';
import { formatDay } from './schedule-format';
import { WeekCalendar } from './WeekCalendar';
import { dateKey, localInputOf, wallTimeOf, type LocalDate } from './zoned-time';
import './schedule.css';
import { PublisherLine } from './PublisherLine';

type Mode = 'list' | 'week' | 'month';

const MODE_LABELS: Record<Mode, string> = { list: 'List', week: 'Week', month: 'Month' };

type Overlay =
  | { kind: 'none' }
  | { kind: 'import' }
  | { kind: 'slots' }
  | { kind: 'reschedule'; post: QueuedPost; local: string; choice?: Exclude<ResolvedLocal, { kind: 'ok' }> };

const ATTENTION_STATES = ['failed', 'held', 'missed'] as const;

interface ScheduleViewProps {
  accounts: AccountSummary[];
  settings: Pick<Settings, 'timeZone' | 'locale'>;
  /** Opens a post that has not gone out in the composer. */
  onEdit: (post: QueuedPost) => void;
  /** Opens a chat in the Chats view (where its posts are changed). */
  onOpenChat: (chatId: string) => void;
}

/** Every account's posts on their way out: a day-by-day list and a week calendar, with what needs the user first. */
export function ScheduleView({ accounts, settings, onEdit, onOpenChat }: ScheduleViewProps): React.JSX.Element {
  const clock: Clock = { locale: settings.locale, timeZone: settings.timeZone };
  const now = useNow();
  const [mode, setMode] = useState<Mode>('list');
  const [accountId, setAccountId] = useState<string | undefined>(undefined);
  const [stateFilter, setStateFilter] = useState<StateFilter>('upcoming');
  const [overlay, setOverlay] = useState<Overlay>({ kind: 'none' });
  const [announcement, setAnnouncement] = useState('');
  const [exporting, setExporting] = useState(false);
  // The day the calendars open on (a month day clicked opens its week), and a count of queue-time saves.
  const [calendarDay, setCalendarDay] = useState<LocalDate | undefined>(undefined);
  const [slotsRevision, setSlotsRevision] = useState(0);
  const rescheduler = useReschedule(settings.timeZone, accounts);
  const accountFilter = accountId ? { accountId } : {};
  const attention = useQueuePosts({ states: [...ATTENTION_STATES], ...accountFilter });
  const listed = useQueuePosts({ states: [...STATE_FILTERS[stateFilter].states], ...accountFilter });

  // What both calendars show: whose posts, in which zone, from which day, with which queue times.
  const calendar = { accounts, accountId, clock, now, initialDay: calendarDay, slotsRevision };
  const announce = useCallback((message: string) => setAnnouncement(message), []);
  const close = (): void => setOverlay({ kind: 'none' });
  const accountOf = (id: string): AccountSummary | undefined => accountById(accounts, id);

  const openReschedule = (post: QueuedPost): void => {
    const from = post.dueAt ? new Date(post.dueAt) : now;
    setOverlay({ kind: 'reschedule', post, local: localInputOf(wallTimeOf(from, settings.timeZone)) });
  };

  const moveTo = async (post: QueuedPost, local: string): Promise<boolean> => {
    const handle = `@${accountOf(post.accountId)?.handle ?? 'removed account'}`;
    try {
      const outcome = await rescheduler.toLocal(post, local, undefined, 'calendar');
      if (outcome.kind === 'done') {
        announce(`Rescheduled ${handle} to ${outcome.label}.`);
        return true;
      }
      if (outcome.kind === 'cancelled') {
        announce(`Not moved: ${handle} was not confirmed.`);
        return false;
      }
      setOverlay({ kind: 'reschedule', post, local, choice: outcome.resolved });
    } catch (cause) {
      announce(`Could not move ${handle}: ${errorMessage(cause)}`);
    }
    return false;
  };

  const exportIcs = (): void => {
    setExporting(true);
    getApi()
      .call('schedule.exportIcs', {})
      .then(({ filename, ics }) => {
        downloadText(filename, ics, 'text/calendar');
        announce(`Saved ${filename}.`);
      })
      .catch((cause: unknown) => announce(`Could not export the calendar: ${errorMessage(cause)}`))
      .finally(() => setExporting(false));
  };

  const renderOverlay = (): React.JSX.Element | null => {
    switch (overlay.kind) {
      case 'none':
        return null;
      case 'import':
        return (
          <CsvImportDialog
            clock={clock}
            onClose={close}
            onImported={(count) => announce(`Scheduled ${count} post${count === 1 ? '' : 's'} from the file.`)}
          />
        );
      case 'slots':
        return (
          <QueueSlotsDialog
            accounts={accounts}
            initialAccountId={accountId}
            clock={clock}
            onClose={() => {
              setSlotsRevision((revision) => revision + 1);
              close();
            }}
          />
        );
      case 'reschedule':
        return (
          <RescheduleDialog
            post={overlay.post}
            account={accountOf(overlay.post.accountId)}
            clock={clock}
            initialLocal={overlay.local}
            {...(overlay.choice ? { initialChoice: overlay.choice } : {})}
            rescheduler={rescheduler}
            onDone={(label) => {
              announce(`Rescheduled to ${label}.`);
              close();
            }}
            onClose={close}
          />
        );
    }
  };

  return (
    <OpenChatContext.Provider value={onOpenChat}>
      <main className="schedule" aria-labelledby="schedule-heading" data-testid="schedule">
        <header className="schedule__header">
          <div>
            <h1 id="schedule-heading">Schedule</h1>
            <p className="hint">Every account&apos;s posts, in {settings.timeZone} time.</p>
            <PublisherLine />
          </div>
          <div className="schedule__actions">
            <button type="button" className="button" onClick={() => setOverlay({ kind: 'import' })}>
              Import CSV…
            </button>
            <button type="button" className="button" disabled={exporting} onClick={exportIcs}>
              Export calendar (.ics)
            </button>
            <button type="button" className="button" onClick={() => setOverlay({ kind: 'slots' })}>
              Queue times…
            </button>
          </div>
        </header>
        <div className="schedule__bar">
          <div className="segmented" role="group" aria-label="View">
            {(['list', 'week', 'month'] as const).map((option) => (
              <button key={option} type="button" className="segmented__option" aria-pressed={mode === option} onClick={() => setMode(option)}>
                {MODE_LABELS[option]}
              </button>
            ))}
          </div>
          <ScheduleFilters
            accounts={accounts}
            accountId={accountId}
            onAccount={setAccountId}
            {...(mode === 'list' ? { state: stateFilter, onState: setStateFilter } : {})}
          />
        </div>
        <p className="schedule__status" role="status" aria-live="polite" data-testid="schedule-status">
          {announcement}
        </p>
        <AttentionSection posts={attention.posts} accounts={accounts} clock={clock} onReschedule={openReschedule} onEdit={onEdit} onAnnounce={announce} />
        {mode === 'list' ? (
          <section aria-labelledby="schedule-list-heading">
            <h2 id="schedule-list-heading" className="visually-hidden">
              {STATE_FILTERS[stateFilter].label} posts
            </h2>
            {listed.error ? (
              <p className="form-error" role="alert">
                {listed.error}
              </p>
            ) : (
              !listed.loading && (
                <ScheduleList
                  posts={listed.posts}
                  accounts={accounts}
                  clock={clock}
                  now={now}
                  emptyMessage={
                    stateFilter === 'upcoming'
                      ? 'Nothing scheduled. Write a post and pick a time, or import a week of posts from a CSV file.'
                      : `No ${STATE_FILTERS[stateFilter].label.toLowerCase()} posts.`
                  }
                  onReschedule={openReschedule}
                  onEdit={onEdit}
                  onAnnounce={announce}
                />
              )
            )}
          </section>
        ) : mode === 'month' ? (
          <MonthCalendar
            {...calendar}
            onOpenDay={(day) => {
              setCalendarDay(day);
              setMode('week');
              announce(`Showing the week of ${formatDay(day, settings.locale)}.`);
            }}
          />
        ) : (
          <WeekCalendar
            key={calendarDay ? dateKey(calendarDay) : 'now'}
            {...calendar}
            onMove={moveTo}
            onOpen={openReschedule}
            onAnnounce={announce}
          />
        )}
        {renderOverlay()}
      </main>
    </OpenChatContext.Provider>
  );
}
