// The composer's state as unsaved text (core keeps it as opaque JSON), and back. Reading is
// defensive: text kept by an older Columns (its autosaved drafts, moved by migration 011), or
// damaged, restores what it can or nothing.
import type { MediaKind, MediaRef } from '../../../shared/queue';
import { DEFAULT_GRACE_MINUTES, emptyPart, type ComposerState, type Part, type ScheduleChoice } from './composer-state';

const VERSION = 1;

export function toUnsavedContent(state: ComposerState): Record<string, unknown> {
  const plain = (parts: Part[]) => parts.map((part) => ({ key: part.key, text: part.text, media: part.media.map((item) => item.ref) }));
  return {
    version: VERSION,
    accountIds: state.accountIds,
    shared: plain(state.shared),
    variants: Object.fromEntries(Object.entries(state.variants).map(([id, parts]) => [id, plain(parts)])),
    replyTo: state.replyTo,
    quoteOf: state.quoteOf,
    schedule: state.schedule,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown, fallback = ''): string => (typeof value === 'string' ? value : fallback);
const MEDIA_KINDS: readonly MediaKind[] = ['photo', 'animated_gif', 'video'];

function readMedia(value: unknown): MediaRef | null {
  if (!isRecord(value) || typeof value['id'] !== 'string') return null;
  const kind = MEDIA_KINDS.find((known) => known === value['kind']) ?? 'photo';
  return {
    id: value['id'],
    name: str(value['name'], 'attachment'),
    mimeType: str(value['mimeType']),
    kind,
    bytes: typeof value['bytes'] === 'number' ? value['bytes'] : 0,
    altText: typeof value['altText'] === 'string' ? value['altText'] : null,
  };
}

function readParts(value: unknown): Part[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  return value.map((raw, index) => {
    if (!isRecord(raw)) return emptyPart(`p${index + 1}`);
    const media = Array.isArray(raw['media']) ? raw['media'].map(readMedia).filter((ref) => ref !== null) : [];
    return { key: str(raw['key'], `p${index + 1}`), text: str(raw['text']), media: media.map((ref) => ({ ref, previewUrl: null })) };
  });
}

function readSchedule(value: unknown, fallback: ScheduleChoice): ScheduleChoice {
  if (!isRecord(value)) return fallback;
  const mode = value['mode'] === 'at' || value['mode'] === 'queue' || value['mode'] === 'now' || value['mode'] === 'keep' ? value['mode'] : fallback.mode;
  const occurrence = value['occurrence'] === 'earlier' || value['occurrence'] === 'later' ? value['occurrence'] : null;
  const grace = value['graceMinutes'];
  return {
    mode,
    date: str(value['date'], fallback.date),
    time: str(value['time'], fallback.time),
    occurrence,
    graceMinutes: typeof grace === 'number' && Number.isInteger(grace) && grace >= 0 ? grace : DEFAULT_GRACE_MINUTES,
  };
}

/** The state unsaved text holds, or null when it is not one of ours. */
export function fromUnsavedContent(content: Record<string, unknown>, fallback: ComposerState): ComposerState | null {
  if (content['version'] !== VERSION) return null;
  const shared = readParts(content['shared']);
  if (!shared) return null;
  const variants: Record<string, Part[]> = {};
  if (isRecord(content['variants'])) {
    for (const [id, parts] of Object.entries(content['variants'])) {
      const read = readParts(parts);
      if (read) variants[id] = read;
    }
  }
  const accountIds = Array.isArray(content['accountIds']) ? content['accountIds'].filter((id): id is string => typeof id === 'string') : [];
  return {
    accountIds,
    shared,
    variants,
    replyTo: str(content['replyTo']),
    quoteOf: str(content['quoteOf']),
    schedule: readSchedule(content['schedule'], fallback.schedule),
  };
}
