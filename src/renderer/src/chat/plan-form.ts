// The set-up form's state as the user types it (strings, lists as text) and the plan it stands for.
// Validation is the contract's own schema, run here so every problem shows beside its field at once.
import { chatPlanSchema, chatTemplateSaveSchema, type Chat, type ChatPlanInput, type ChatTemplate } from '../../../shared/chat';
import { localDateTime, type LocalDateTime } from '../compose/local-time';
import { addDays, dateKey, timeOfDay, wallTimeOf } from '../schedule/zoned-time';

export interface QuestionDraft {
  /** Stable across reorders (React key, focus target). */
  key: string;
  text: string;
  offsetMinutes: string;
}

export interface PlanDraft {
  name: string;
  hashtag: string;
  hostAccountId: string;
  /** Handles as typed: "@a, @b". */
  cohosts: string;
  guests: string;
  date: string;
  time: string;
  durationMinutes: string;
  questions: QuestionDraft[];
  welcome: string;
  closing: string;
}

let nextKey = 0;
export function questionKey(): string {
  nextKey += 1;
  return `q${nextKey}`;
}

export const DEFAULT_WELCOME = 'Welcome to our tweet chat! Say hello and tell us where you work. Answer with A1, A2… and the hashtag.';
export const DEFAULT_CLOSING = 'Thank you all for joining tonight. Every answer will be in the transcript.';

/** Chats are evening events: they start at 20:00 on the user's wall clock unless changed. */
export const CHAT_START_MINUTES = 20 * 60;

/** The next 20:00 in `zone`: today's, or tomorrow's once today's has come. The core resolves it to an instant. */
export function defaultChatStart(now: Date, zone: string): LocalDateTime {
  const wall = wallTimeOf(now, zone);
  const day = wall.minutes < CHAT_START_MINUTES ? wall : addDays(wall, 1);
  return { date: dateKey(day), time: timeOfDay(CHAT_START_MINUTES) };
}

export function emptyDraft(hostAccountId: string, start: LocalDateTime): PlanDraft {
  return {
    name: '',
    hashtag: '',
    hostAccountId,
    cohosts: '',
    guests: '',
    date: start.date,
    time: start.time,
    durationMinutes: '60',
    questions: [5, 20, 35].map((offset) => ({ key: questionKey(), text: '', offsetMinutes: String(offset) })),
    welcome: DEFAULT_WELCOME,
    closing: DEFAULT_CLOSING,
  };
}

type PlanLike = Pick<ChatTemplate, 'name' | 'hashtag' | 'cohosts' | 'guests' | 'durationMinutes' | 'questions' | 'welcome' | 'closing'>;

function fromPlanFields(plan: PlanLike): Omit<PlanDraft, 'hostAccountId' | 'date' | 'time'> {
  return {
    name: plan.name,
    hashtag: plan.hashtag,
    cohosts: plan.cohosts.map((handle) => `@${handle}`).join(', '),
    guests: plan.guests.map((handle) => `@${handle}`).join(', '),
    durationMinutes: String(plan.durationMinutes),
    questions: plan.questions.map((question) => ({ key: questionKey(), text: question.text, offsetMinutes: String(question.offsetMinutes) })),
    welcome: plan.welcome ?? '',
    closing: plan.closing ?? '',
  };
}

export function draftFromTemplate(template: ChatTemplate, hostAccountId: string, start: LocalDateTime): PlanDraft {
  return { ...fromPlanFields(template), hostAccountId, date: start.date, time: start.time };
}

export function draftFromChat(chat: Chat): PlanDraft {
  const start = localDateTime(new Date(chat.startsAt), chat.zone);
  return { ...fromPlanFields(chat), hostAccountId: chat.hostAccountId, date: start.date, time: start.time };
}

export function handlesOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((handle) => handle.trim())
    .filter(Boolean);
}

function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function optionalText(text: string): string | null {
  return text.trim() === '' ? null : text;
}

/** `local` is the wall time as typed (YYYY-MM-DDTHH:mm), null while the date or time is missing. */
export function localOf(draft: PlanDraft): string | null {
  return draft.date && draft.time ? `${draft.date}T${draft.time}` : null;
}

export function planInputOf(draft: PlanDraft, startsAt: string, zone: string): ChatPlanInput {
  return {
    name: draft.name,
    hashtag: draft.hashtag,
    hostAccountId: draft.hostAccountId,
    cohosts: handlesOf(draft.cohosts),
    guests: handlesOf(draft.guests),
    startsAt,
    zone,
    durationMinutes: numberOf(draft.durationMinutes),
    questions: draft.questions.map((question) => ({ text: question.text, offsetMinutes: numberOf(question.offsetMinutes) })),
    welcome: optionalText(draft.welcome),
    closing: optionalText(draft.closing),
  };
}

/** Field path ("questions.1.offsetMinutes", "cohosts") → what is wrong, in a sentence. */
export type FieldErrors = Record<string, string>;

interface Issue {
  path: PropertyKey[];
  code: string;
  message: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  expected?: string;
}

function fieldKey(path: PropertyKey[]): string {
  // A bad handle is reported on the list it belongs to; the rest keep their full path.
  if ((path[0] === 'cohosts' || path[0] === 'guests') && path.length > 1) return String(path[0]);
  return path.map(String).join('.');
}

function sentence(issue: Issue, path: PropertyKey[]): string {
  const last = String(path[path.length - 1]);
  if (issue.code === 'invalid_type' && (issue.expected === 'number' || last === 'offsetMinutes' || last === 'durationMinutes')) return 'Enter a whole number of minutes.';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'Required.';
  if (issue.code === 'too_big' && issue.origin === 'string') return `At most ${String(issue.maximum)} characters.`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `At least ${String(issue.minimum)}.`;
  if (issue.code === 'too_big' && issue.origin === 'number') return `At most ${String(issue.maximum)}.`;
  if (issue.code === 'too_small' && issue.origin === 'array') return path[0] === 'questions' ? 'Add at least one question.' : `At least ${String(issue.minimum)}.`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `At most ${String(issue.maximum)}.`;
  if (issue.code === 'invalid_format' || issue.code === 'invalid_string') {
    if (path[0] === 'cohosts' || path[0] === 'guests') return `Each must be ${issue.message}.`;
    return `Must be ${issue.message}.`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return 'Enter a whole number of minutes.';
  const text = issue.message;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function collect(issues: readonly Issue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = fieldKey(issue.path);
    errors[key] ??= sentence(issue, issue.path);
  }
  return errors;
}

/** Every problem of the plan at once; `startsAt` null means the time is not settled yet (said elsewhere). */
export function validatePlan(draft: PlanDraft, startsAt: string | null, zone: string): FieldErrors {
  const result = chatPlanSchema.safeParse(planInputOf(draft, startsAt ?? new Date(0).toISOString(), zone));
  const errors = result.success ? {} : collect(result.error.issues as unknown as Issue[]);
  if (!draft.hostAccountId) errors['hostAccountId'] = 'Choose the account that hosts the chat.';
  return errors;
}

export function templateInputOf(draft: PlanDraft, id?: string): Record<string, unknown> {
  const { hostAccountId: _host, startsAt: _start, zone: _zone, ...fields } = planInputOf(draft, '', '');
  return id ? { id, ...fields } : fields;
}

export function validateTemplate(draft: PlanDraft): FieldErrors {
  const result = chatTemplateSaveSchema.safeParse(templateInputOf(draft));
  return result.success ? {} : collect(result.error.issues as unknown as Issue[]);
}

/** Moves a question up or down; returns the same list when it cannot move. */
export function moveQuestion(questions: QuestionDraft[], index: number, by: -1 | 1): QuestionDraft[] {
  const target = index + by;
  if (target < 0 || target >= questions.length) return questions;
  const next = [...questions];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(target, 0, moved);
  // The times stay in their slots: moving a question changes its order, not the timetable.
  return next.map((question, position) => ({ ...question, offsetMinutes: questions[position]?.offsetMinutes ?? question.offsetMinutes }));
}

/** The next question goes 15 minutes after the last, inside the chat. */
export function nextOffset(questions: QuestionDraft[], durationMinutes: string): string {
  const last = Number(questions[questions.length - 1]?.offsetMinutes ?? 0);
  const duration = Number(durationMinutes) || 60;
  const next = Number.isFinite(last) ? last + 15 : 5;
  return String(Math.min(next, Math.max(0, duration - 5)));
}
