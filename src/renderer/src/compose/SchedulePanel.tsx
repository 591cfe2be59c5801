// When it goes out: now, at a date and time in the user's zone (named on screen; DST questions
// answered by the core), or in each account's next queue slot. Grace minutes are tucked away.
import { useId } from 'react';
import { TextField } from '../shell/TextField';
import { WallClockField } from '../shell/WallClockField';
import type { ScheduleChoice, ScheduleMode } from './composer-state';
import { QueuePreviewNote } from './QueuePreviewNote';
import { ResolutionNote } from './ResolutionNote';
import { useQueuePreview } from './useQueuePreview';
import { formatInstant, localDateTime, zoneName } from './local-time';
import type { Resolution } from './useResolvedTime';

interface SchedulePanelProps {
  schedule: ScheduleChoice;
  /** The chosen accounts: "Add to queue" says which slot each one's post takes. */
  accountIds: readonly string[];
  zone: string;
  locale: string;
  now: Date;
  resolution: Resolution;
  error?: string | undefined;
  graceError?: string | undefined;
  onChange: (patch: Partial<ScheduleChoice>) => void;
  /** Editing a queued post: keep its time (this label says which) or change it. */
  keepLabel?: string | undefined;
}

const MODES: { mode: ScheduleMode; label: string; hint: string }[] = [
  { mode: 'now', label: 'Post now', hint: 'Goes out as soon as you confirm.' },
  { mode: 'at', label: 'Schedule', hint: 'Pick a date and time.' },
  { mode: 'queue', label: 'Add to queue', hint: "Each account's next free queue slot." },
];

const editModes = (keepLabel: string): typeof MODES => [
  { mode: 'keep', label: keepLabel, hint: 'Only the content changes.' },
  { mode: 'at', label: 'Change the time', hint: 'Pick a new date and time.' },
];

export function SchedulePanel({ schedule, accountIds, zone, locale, now, resolution, error, graceError, onChange, keepLabel }: SchedulePanelProps): React.JSX.Element {
  const name = useId();
  const modes = keepLabel === undefined ? MODES : editModes(keepLabel);
  const queuePreview = useQueuePreview(accountIds, schedule.mode === 'queue');
  return (
    <fieldset className="when" data-testid="compose-when">
      <legend className="compose__legend">When</legend>
      <div className="when__modes">
        {modes.map(({ mode, label, hint }) => (
          <label key={mode} className={`when__mode${schedule.mode === mode ? ' when__mode--chosen' : ''}`}>
            <input type="radio" name={name} checked={schedule.mode === mode} onChange={() => onChange({ mode })} />
            <span>
              <span className="when__mode-label">{label}</span>
              <span className="hint">{hint}</span>
            </span>
          </label>
        ))}
      </div>
      {schedule.mode === 'at' && (
        <div className="when__at">
          <div className="when__inputs">
            <WallClockField kind="date" label="Date" locale={locale} value={schedule.date} onChange={(date) => onChange({ date })} />
            <WallClockField kind="time" label="Time" locale={locale} value={schedule.time} onChange={(time) => onChange({ time })} />
          </div>
          <p className="hint when__zone">Times are in {zoneName(zone, locale, now)}. Change the zone in Settings.</p>
          <WhenNote resolution={resolution} schedule={schedule} zone={zone} locale={locale} now={now} onChange={onChange} />
        </div>
      )}
      {schedule.mode === 'queue' && <QueuePreviewNote preview={queuePreview} zone={zone} locale={locale} />}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <details className="when__advanced" open={graceError ? true : undefined}>
        <summary>Advanced</summary>
        <TextField
          label="Grace minutes"
          hint="If Columns is closed or offline when a post is due, it still goes out this many minutes late; after that it waits for you to decide."
          type="number"
          short
          min={0}
          max={10080}
          value={String(schedule.graceMinutes)}
          error={graceError}
          onChange={(event) => {
            const minutes = Number.parseInt(event.target.value, 10);
            onChange({ graceMinutes: Number.isNaN(minutes) ? 0 : minutes });
          }}
        />
      </details>
    </fieldset>
  );
}

interface WhenNoteProps {
  resolution: Resolution;
  schedule: ScheduleChoice;
  zone: string;
  locale: string;
  now: Date;
  onChange: (patch: Partial<ScheduleChoice>) => void;
}

function WhenNote({ resolution, schedule, zone, locale, now, onChange }: WhenNoteProps): React.JSX.Element | null {
  const resolved = (dueAt: string): React.ReactNode => (
    <>
      Goes out {formatInstant(dueAt, zone, locale)}
      {Date.parse(dueAt) < now.getTime() && <strong> — that time has passed; choose a later one.</strong>}
    </>
  );
  return (
    <ResolutionNote
      resolution={resolution}
      name="when"
      occurrence={schedule.occurrence}
      resolved={resolved}
      onOccurrence={(occurrence) => onChange({ occurrence })}
      onSuggestion={(dueAt) => onChange(localDateTime(new Date(dueAt), zone))}
    />
  );
}
