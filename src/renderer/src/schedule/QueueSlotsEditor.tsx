import { useEffect, useState } from 'react';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { WallClockField } from '../shell/WallClockField';
import { minutesOf } from './zoned-time';
import { rowsFromSlots, slotsFromRows, toggleWeekday, weekdayName, WEEKDAYS, type SlotRow } from './queue-slots';

type Load = { kind: 'loading' } | { kind: 'ready' } | { kind: 'failed'; message: string };

interface QueueSlotsEditorProps {
  accountId: string;
  handle: string;
  locale: string;
  timeZone: string;
}

const WORKING_WEEK = [1, 2, 3, 4, 5];

/** An account's weekly queue: times of day down the side, weekdays across, a tick where a post may go. */
export function QueueSlotsEditor({ accountId, handle, locale, timeZone }: QueueSlotsEditorProps): React.JSX.Element {
  const [rows, setRows] = useState<SlotRow[]>([]);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [newTime, setNewTime] = useState('09:00');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error' | 'dirty'; message: string } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let current = true;
    getApi()
      .call('queueSlots.get', { accountId })
      .then((slots) => {
        if (!current) return;
        setRows(rowsFromSlots(slots));
        setLoad({ kind: 'ready' });
      })
      .catch((cause: unknown) => {
        if (current) setLoad({ kind: 'failed', message: errorMessage(cause) });
      });
    return () => {
      current = false;
    };
  }, [accountId]);

  const change = (next: SlotRow[]): void => {
    setRows(next);
    setStatus({ kind: 'dirty', message: 'Not saved yet.' });
  };

  const addTime = (): void => {
    if (minutesOf(newTime) === null) return;
    if (rows.some((row) => row.time === newTime)) {
      setStatus({ kind: 'error', message: `${newTime} is already in the queue.` });
      return;
    }
    change([...rows, { time: newTime, weekdays: WORKING_WEEK }].sort((a, b) => a.time.localeCompare(b.time)));
  };

  const save = (): void => {
    setSaving(true);
    getApi()
      .call('queueSlots.set', { accountId, slots: slotsFromRows(rows) })
      .then((slots) => {
        setRows(rowsFromSlots(slots));
        setStatus({ kind: 'saved', message: `Saved. New posts “added to the queue” for @${handle} take the next free slot.` });
      })
      .catch((cause: unknown) => setStatus({ kind: 'error', message: errorMessage(cause) }))
      .finally(() => setSaving(false));
  };

  if (load.kind === 'loading') return <p className="hint">Loading queue times…</p>;
  if (load.kind === 'failed') {
    return (
      <p className="form-error" role="alert">
        {load.message}
      </p>
    );
  }

  return (
    <div className="slots" data-testid="queue-slots">
      {rows.length === 0 ? (
        <p className="hint">No queue times yet. Add the times you usually post, such as 09:00, 12:30 and 17:00.</p>
      ) : (
        <table className="slots__table">
          <caption className="visually-hidden">Queue times for @{handle}, in {timeZone}</caption>
          <thead>
            <tr>
              <th scope="col">Time</th>
              {WEEKDAYS.map((weekday) => (
                <th key={weekday} scope="col">
                  <abbr title={weekdayName(weekday, locale)}>{weekdayName(weekday, locale, 'short')}</abbr>
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.time}>
                <th scope="row">{row.time}</th>
                {WEEKDAYS.map((weekday) => (
                  <td key={weekday}>
                    <input
                      type="checkbox"
                      aria-label={`${weekdayName(weekday, locale)} at ${row.time}`}
                      checked={row.weekdays.includes(weekday)}
                      onChange={() => change(rows.map((other, at) => (at === index ? toggleWeekday(other, weekday) : other)))}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="icon-button slots__remove"
                    aria-label={`Remove ${row.time}`}
                    onClick={() => change(rows.filter((_, at) => at !== index))}
                  >
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="slots__add">
        <WallClockField kind="time" label="Add a time" locale={locale} value={newTime} onChange={setNewTime} />
        <button type="button" className="button" onClick={addTime}>
          Add time
        </button>
        <span className="hint">New times start on Monday to Friday; tick the days you want.</span>
      </div>
      <div className="slots__save">
        <button type="button" className="button button--primary" disabled={saving} onClick={save}>
          Save queue times
        </button>
        {status && (
          <span role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind === 'error' ? 'field-error' : 'hint-inline'}>
            {status.message}
          </span>
        )}
      </div>
    </div>
  );
}
