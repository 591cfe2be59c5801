// The instant a "Schedule" choice stands for, once the core has resolved the wall time; null while it
// is unknown or still needs the user (a time that does not exist, or one that happens twice).
import type { When } from '../../../shared/queue';
import type { ScheduleChoice } from './composer-state';
import type { Resolution } from './useResolvedTime';

export function chosenDueAt(schedule: ScheduleChoice, resolution: Resolution): string | null {
  if (resolution.kind === 'ok') return resolution.dueAt;
  if (resolution.kind === 'ambiguous' && schedule.occurrence) {
    return resolution.options[schedule.occurrence === 'earlier' ? 0 : 1].dueAt;
  }
  return null;
}

export function whenOf(schedule: ScheduleChoice, resolution: Resolution, zone: string): When | null {
  switch (schedule.mode) {
    case 'now':
      return { kind: 'now' };
    case 'queue':
      return { kind: 'queue' };
    case 'keep':
      return null;
    case 'at': {
      const dueAt = chosenDueAt(schedule, resolution);
      return dueAt ? { kind: 'at', dueAt, zone } : null;
    }
  }
}

export const ACTION_LABELS = { now: 'Post now', at: 'Schedule', queue: 'Add to queue', keep: 'Save changes' } as const;
