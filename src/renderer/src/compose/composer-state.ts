// What the composer holds, and every change to it as a pure reducer (tested without a DOM).
// A post is written once for all chosen accounts ("shared"); an account may instead get its own
// variant, a full copy of the thread it then edits freely.
import type { MediaRef } from '../../../shared/queue';

/**
 * The core's default (DEFAULT_GRACE_MINUTES in src/shared/queue.ts). Not imported: that module builds
 * zod schemas at load, which would pull zod into the renderer bundle for one number.
 */
export const DEFAULT_GRACE_MINUTES = 15;

export interface AttachedMedia {
  ref: MediaRef;
  /** An object URL or data URL for the thumbnail; null until core sends it (restored or edited media). */
  previewUrl: string | null;
}

export interface Part {
  /** Stable within its thread (React key, focus target); copied along into a variant. */
  key: string;
  text: string;
  media: AttachedMedia[];
}

/** The shared thread, or an account's own variant. */
export type ThreadId = 'shared' | { accountId: string };

/** 'keep': an edited post keeps the time (or draft) it has. */
export type ScheduleMode = 'now' | 'at' | 'queue' | 'keep';

export interface ScheduleChoice {
  mode: ScheduleMode;
  /** YYYY-MM-DD and HH:mm, wall clock in the user's zone. */
  date: string;
  time: string;
  /** For a time that happens twice (clocks go back). */
  occurrence: 'earlier' | 'later' | null;
  graceMinutes: number;
}

export interface ComposerState {
  accountIds: string[];
  shared: Part[];
  variants: Record<string, Part[]>;
  replyTo: string;
  quoteOf: string;
  schedule: ScheduleChoice;
}

export type ComposerAction =
  | { type: 'toggleAccount'; accountId: string }
  /** One sender only (a reply): this account instead of any other. */
  | { type: 'chooseOnly'; accountId: string }
  | { type: 'customise'; accountId: string; on: boolean }
  | { type: 'setText'; thread: ThreadId; key: string; text: string }
  | { type: 'addPart'; thread: ThreadId; key: string }
  | { type: 'removePart'; thread: ThreadId; key: string }
  | { type: 'movePart'; thread: ThreadId; key: string; by: -1 | 1 }
  | { type: 'addMedia'; thread: ThreadId; key: string; media: AttachedMedia }
  | { type: 'removeMedia'; thread: ThreadId; key: string; mediaId: string }
  | { type: 'setAltText'; mediaId: string; altText: string | null }
  /** A thumbnail arrived for media restored or opened for editing. */
  | { type: 'setPreview'; mediaId: string; previewUrl: string }
  | { type: 'setReference'; field: 'replyTo' | 'quoteOf'; value: string }
  | { type: 'setSchedule'; patch: Partial<ScheduleChoice> }
  | { type: 'replace'; state: ComposerState };

export function emptyPart(key: string): Part {
  return { key, text: '', media: [] };
}

export function initialComposerState(options: { accountIds?: string[]; date: string; time: string }): ComposerState {
  return {
    accountIds: options.accountIds ?? [],
    shared: [emptyPart('p1')],
    variants: {},
    replyTo: '',
    quoteOf: '',
    schedule: { mode: 'now', date: options.date, time: options.time, occurrence: null, graceMinutes: DEFAULT_GRACE_MINUTES },
  };
}

/** The thread an account posts: its variant if customised, otherwise the shared one. */
export function threadIdFor(state: ComposerState, accountId: string): ThreadId {
  return state.variants[accountId] ? { accountId } : 'shared';
}

export function partsOf(state: ComposerState, thread: ThreadId): Part[] {
  return thread === 'shared' ? state.shared : (state.variants[thread.accountId] ?? []);
}

export function threadKey(thread: ThreadId): string {
  return thread === 'shared' ? 'shared' : thread.accountId;
}

/** Whether the shared thread is posted by any chosen account (otherwise every one has its own). */
export function sharedInUse(state: ComposerState): boolean {
  return state.accountIds.length === 0 || state.accountIds.some((id) => !state.variants[id]);
}

/** Whether there is anything worth keeping as a draft. */
export function hasContent(state: ComposerState): boolean {
  const threads = [state.shared, ...Object.values(state.variants)];
  return threads.some((parts) => parts.some((part) => part.text.trim() !== '' || part.media.length > 0)) || state.replyTo.trim() !== '' || state.quoteOf.trim() !== '';
}

function withParts(state: ComposerState, thread: ThreadId, change: (parts: Part[]) => Part[]): ComposerState {
  if (thread === 'shared') return { ...state, shared: change(state.shared) };
  const current = state.variants[thread.accountId];
  if (!current) return state;
  return { ...state, variants: { ...state.variants, [thread.accountId]: change(current) } };
}

function mapPart(parts: Part[], key: string, change: (part: Part) => Part): Part[] {
  return parts.map((part) => (part.key === key ? change(part) : part));
}

/** Changes one file wherever it is attached (the shared thread and every variant). */
function changeMedia(state: ComposerState, mediaId: string, change: (item: AttachedMedia) => AttachedMedia): ComposerState {
  const relabel = (parts: Part[]): Part[] =>
    parts.map((part) => (part.media.some((item) => item.ref.id === mediaId) ? { ...part, media: part.media.map((item) => (item.ref.id === mediaId ? change(item) : item)) } : part));
  const variants = Object.fromEntries(Object.entries(state.variants).map(([id, parts]) => [id, relabel(parts)]));
  return { ...state, shared: relabel(state.shared), variants };
}

export function composerReducer(state: ComposerState, action: ComposerAction): ComposerState {
  switch (action.type) {
    case 'toggleAccount': {
      const chosen = state.accountIds.includes(action.accountId);
      return { ...state, accountIds: chosen ? state.accountIds.filter((id) => id !== action.accountId) : [...state.accountIds, action.accountId] };
    }
    case 'chooseOnly':
      return { ...state, accountIds: [action.accountId], variants: {} };
    case 'customise': {
      const variants = { ...state.variants };
      if (action.on) variants[action.accountId] ??= state.shared.map((part) => ({ ...part, media: [...part.media] }));
      else delete variants[action.accountId];
      return { ...state, variants };
    }
    case 'setText':
      return withParts(state, action.thread, (parts) => mapPart(parts, action.key, (part) => ({ ...part, text: action.text })));
    case 'addPart':
      return withParts(state, action.thread, (parts) => [...parts, emptyPart(action.key)]);
    case 'removePart':
      return withParts(state, action.thread, (parts) => (parts.length > 1 ? parts.filter((part) => part.key !== action.key) : parts));
    case 'movePart':
      return withParts(state, action.thread, (parts) => {
        const from = parts.findIndex((part) => part.key === action.key);
        const to = from + action.by;
        if (from < 0 || to < 0 || to >= parts.length) return parts;
        const next = [...parts];
        const [moved] = next.splice(from, 1);
        if (moved) next.splice(to, 0, moved);
        return next;
      });
    case 'addMedia':
      return withParts(state, action.thread, (parts) => mapPart(parts, action.key, (part) => ({ ...part, media: [...part.media, action.media] })));
    case 'removeMedia':
      return withParts(state, action.thread, (parts) =>
        mapPart(parts, action.key, (part) => ({ ...part, media: part.media.filter((item) => item.ref.id !== action.mediaId) })),
      );
    case 'setAltText':
      // A variant shares its media with the thread it was copied from: the alt text belongs to the file.
      return changeMedia(state, action.mediaId, (item) => ({ ...item, ref: { ...item.ref, altText: action.altText } }));
    case 'setPreview':
      return changeMedia(state, action.mediaId, (item) => (item.previewUrl ? item : { ...item, previewUrl: action.previewUrl }));
    case 'setReference':
      return { ...state, [action.field]: action.value };
    case 'setSchedule': {
      const schedule = { ...state.schedule, ...action.patch };
      // A new wall time asks afresh which occurrence is meant.
      if ((action.patch.date !== undefined || action.patch.time !== undefined) && action.patch.occurrence === undefined) schedule.occurrence = null;
      return { ...state, schedule };
    }
    case 'replace':
      return action.state;
  }
}
