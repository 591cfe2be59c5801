import type { QueueSlotPreview } from '../../../shared/queue';
import type { QueuePreview } from './useQueuePreview';

/** "Thu 03/12 09:30": short enough to list several accounts on one line. */
function slotLabel(dueAt: string, zone: string, locale: string): string {
  const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(dueAt));
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((part) => part.type === type)?.value ?? '';
  const day = new Intl.DateTimeFormat(locale, { timeZone: zone, day: '2-digit', month: '2-digit' }).format(new Date(dueAt));
  return `${get('weekday')} ${day} ${get('hour')}:${get('minute')}`;
}

function describe(slot: QueueSlotPreview, zone: string, locale: string): string {
  return `@${slot.handle}: ${slot.dueAt ? slotLabel(slot.dueAt, zone, locale) : 'no free queue time (set them in Schedule → Queue times…)'}`;
}

/** Under "Add to queue": the slot each chosen account's post will take, before anything is confirmed. */
export function QueuePreviewNote({ preview, zone, locale }: { preview: QueuePreview | null; zone: string; locale: string }): React.JSX.Element | null {
  if (!preview) return <p className="when__note">Choose the accounts to see their next queue times.</p>;
  switch (preview.kind) {
    case 'loading':
      return <p className="when__note">Finding the next free queue times…</p>;
    case 'failed':
      return (
        <p className="field-error" role="alert">
          {preview.message}
        </p>
      );
    case 'ready':
      return (
        <p className="when__note when__note--ok when__queue" data-testid="queue-preview">
          Goes out {preview.slots.map((slot) => describe(slot, zone, locale)).join(', ')}.
        </p>
      );
  }
}
