import { useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import type { QueuedPost } from '../../../shared/queue';
import type { InstantOption, ResolvedLocal } from '../../../shared/schedule';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../shell/Dialog';
import { WallClockField } from '../shell/WallClockField';
import { PostSummary } from './PostSummary';
import { formatDay, type Clock } from './schedule-format';
import { TimeChoice } from './TimeChoice';
import type { RescheduleOutcome, Rescheduler } from './useReschedule';
import { parseDateKey } from './zoned-time';

interface RescheduleDialogProps {
  post: QueuedPost;
  account: AccountSummary | undefined;
  clock: Clock;
  /** 'YYYY-MM-DDTHH:mm' to start from. */
  initialLocal: string;
  /** A choice already needed for `initialLocal` (a drop on a time the clocks skip or repeat). */
  initialChoice?: Exclude<ResolvedLocal, { kind: 'ok' }>;
  rescheduler: Rescheduler;
  onDone: (label: string) => void;
  onClose: () => void;
}

/** A new date and time for one post, in the user's zone. */
export function RescheduleDialog(props: RescheduleDialogProps): React.JSX.Element {
  const { post, account, clock, rescheduler, onDone, onClose } = props;
  const [date, setDate] = useState(props.initialLocal.slice(0, 10));
  const [time, setTime] = useState(props.initialLocal.slice(11, 16));
  const [choice, setChoice] = useState(props.initialChoice ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Spell the choice out in words too: 03/12/2026 is read two ways around the world.
  const chosenDay = parseDateKey(date);

  const settle = (outcome: Promise<RescheduleOutcome>): void => {
    setBusy(true);
    setError(null);
    outcome
      .then((result) => {
        if (result.kind === 'done') onDone(result.label);
        else if (result.kind === 'choose') setChoice(result.resolved);
      })
      .catch((cause: unknown) => setError(errorMessage(cause)))
      .finally(() => setBusy(false));
  };

  return (
    <Dialog title="Reschedule post" onClose={onClose} testId="reschedule-dialog">
      <div className="reschedule__post">
        <PostSummary post={post} account={account} clock={clock} dated />
      </div>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setChoice(null);
          if (!date || !time) {
            setError('Enter the date and the time first.');
            return;
          }
          settle(rescheduler.toLocal(post, `${date}T${time}`));
        }}
      >
        <div className="reschedule__fields">
          <WallClockField kind="date" label="Date" locale={clock.locale} value={date} onChange={setDate} />
          <WallClockField kind="time" label="Time" locale={clock.locale} value={time} onChange={setTime} />
        </div>
        <p className="hint" data-testid="reschedule-preview">
          {chosenDay && time ? `${formatDay(chosenDay, clock.locale)} at ${time}, ${clock.timeZone} time.` : `In ${clock.timeZone} time.`}
        </p>
        {choice && <TimeChoice resolved={choice} busy={busy} onPick={(option: InstantOption) => settle(rescheduler.toOption(post, option))} />}
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Reschedule
          </button>
        </div>
      </form>
    </Dialog>
  );
}
