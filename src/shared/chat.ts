// Tweet chat mode: the host's plan (hashtag, questions on a timetable, welcome and closing posts),
// the live feed grouped by question with a moderation lane, and the transcript and report after.
import { z } from 'zod';
import type { ColumnItem, ColumnStatus } from './columns';
import type { PostState } from './queue';

export const CHAT_STATES = ['draft', 'scheduled', 'live', 'ended', 'cancelled'] as const;
export type ChatState = (typeof CHAT_STATES)[number];

/** Questions go out with this grace: a question more than 2 minutes late is held, not posted. */
export const CHAT_GRACE_MINUTES = 2;

/** One post of the plan on its way out (through the queue) or out. */
export interface ChatPostStatus {
  /** The queue post, once scheduled. */
  queueId: string | null;
  state: PostState | null;
  /** When it is due (UTC). */
  dueAt: string;
  /** Its X id once posted. */
  remoteId: string | null;
  /** The text as it goes out (prefix and hashtag included). */
  text: string;
  lastError: string | null;
}

export interface ChatQuestion {
  /** 1-based: Q1 … Qn. */
  number: number;
  text: string;
  /** Minutes after the start. */
  offsetMinutes: number;
  post: ChatPostStatus;
}

/** What the user plans; templates keep everything but the start and the host. */
export interface ChatPlan {
  name: string;
  /** With the '#'. */
  hashtag: string;
  hostAccountId: string;
  /** Handles without '@', highlighted everywhere. */
  cohosts: string[];
  guests: string[];
  /** UTC instant and the IANA zone it was planned in. */
  startsAt: string;
  zone: string;
  durationMinutes: number;
  questions: { text: string; offsetMinutes: number }[];
  /** Posted at the start (null: none). */
  welcome: string | null;
  /** Posted at the end (null: none). */
  closing: string | null;
  /** A rehearsal's real chat (training: its plan on the training accounts, compressed in time). */
  rehearsalOf?: string;
}

export interface Chat extends ChatPlan {
  id: string;
  state: ChatState;
  /** The hashtag column the streams engine refreshes (null until scheduled). */
  columnId: string | null;
  welcomePost: ChatPostStatus | null;
  closingPost: ChatPostStatus | null;
  questionPosts: ChatQuestion[];
  createdAt: string;
  updatedAt: string;
  /** "Don't ask again for this chat": the host posts from the chat without confirming until expiresAt. */
  postingGrant: ChatPostingGrant | null;
}

export interface ChatPostingGrant {
  id: string;
  accountId: string;
  /** The chat's end plus its 15-minute tail (ISO). */
  expiresAt: string;
}

export interface ChatSummary {
  id: string;
  name: string;
  hashtag: string;
  hostAccountId: string;
  state: ChatState;
  startsAt: string;
  durationMinutes: number;
  questionCount: number;
  postCount: number;
  /** The real chat this one rehearses, or null. */
  rehearsalOf: string | null;
}

export interface ChatTemplate {
  id: string;
  name: string;
  hashtag: string;
  cohosts: string[];
  guests: string[];
  durationMinutes: number;
  questions: { text: string; offsetMinutes: number }[];
  welcome: string | null;
  closing: string | null;
  updatedAt: string;
}

export type ChatRole = 'host' | 'cohost' | 'guest' | 'participant';
export type ChatPostKind = 'welcome' | 'question' | 'closing' | 'answer' | 'reply' | 'other';

/** A post of the chat as the feed and the transcript see it. */
export interface ChatEntry {
  item: ColumnItem;
  /** The question it belongs to (An in the text, or a reply to Qn's thread); null when general. */
  question: number | null;
  kind: ChatPostKind;
  role: ChatRole;
  /** Why it is in the moderation lane (null: it is not). */
  moderation: ModerationFlag | null;
  /**
   * The transcript's reading (entries for the transcript and report only): the rules' flag even
   * once handled or hidden, whether the host muted the author, and whether X no longer has it.
   */
  transcript?: { flag: ModerationFlag | null; muted: boolean; deleted: boolean };
}

/** Why a post is left out of the published transcript and of the report's counts. */
export const LEFT_OUT_REASONS = ['hidden', 'muted', 'spam', 'abusive', 'deleted'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

/**
 * The lane's kinds of flag. Critical posts are legitimate criticism: the lane offers a reply and
 * "handled", never hiding (NHS guidance: do not hide legitimate criticism).
 */
export const MODERATION_KINDS = ['spam', 'abusive', 'critical', 'muted'] as const;
export type ModerationKind = (typeof MODERATION_KINDS)[number];
export interface ModerationFlag {
  kind: ModerationKind;
  /** In words, for the lane and the transcript. */
  reason: string;
}
/** Words that flag a post, by kind (built in, or the user's extra ones). */
export interface ModerationWords {
  spam: string[];
  abusive: string[];
  critical: string[];
}
/** What Settings shows: the built-in lists (read only) and the user's extra words. */
export interface ModerationWordsView {
  builtIn: ModerationWords;
  extra: ModerationWords;
}
const extraWords = z.array(z.string().trim().min(1, 'A word cannot be empty.').max(100, 'A word can be at most 100 characters.')).max(300, 'At most 300 words of each kind.');
export const moderationWordsSetSchema = z.object({ words: z.object({ spam: extraWords, abusive: extraWords, critical: extraWords }).strict() }).strict();

export interface ChatFeed {
  chatId: string;
  /** Every chat post, oldest first. */
  entries: ChatEntry[];
  /** The hashtag column's refresh status and rate budget. */
  refresh: ColumnStatus | null;
  budget: ChatBudget | null;
}

/** The search endpoint's rate window for the host account, as the streams engine sees it. */
export interface ChatBudget {
  limit: number | null;
  remaining: number | null;
  /** UTC. */
  resetAt: string | null;
  /** How often the chat column refreshes now, ms. */
  intervalMs: number;
}

export interface ChatReport {
  chatId: string;
  participants: number;
  posts: number;
  answers: number;
  replies: number;
  perQuestion: { number: number; text: string; answers: number; replies: number }[];
  /** Most active first (host excluded), at most 10. */
  topContributors: { handle: string; displayName: string; posts: number }[];
  /** Posts the public version leaves out, by reason (reasons with none are absent). */
  leftOut: { reason: LeftOutReason; count: number }[];
  /** True when the counts above include the moderated posts (marked in the transcript). */
  includesModerated: boolean;
}

// --- the hashtag rule, shared by the renderer (length shown) and core (text sent) --------------

/** The text as it goes out from the chat: the hashtag appended unless it is already there (any case). */
export function withHashtag(text: string, hashtag: string): string {
  const tag = hashtag.startsWith('#') ? hashtag : `#${hashtag}`;
  const escaped = tag.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (new RegExp(`(^|[^\\w#])#${escaped}(?!\\w)`, 'iu').test(text)) return text;
  const trimmed = text.replace(/\s+$/u, '');
  return trimmed.length === 0 ? tag : `${trimmed} ${tag}`;
}

/** "Q2 What matters to you?" — the question's prefix, unless the user wrote one. */
export function questionText(number: number, text: string, hashtag: string): string {
  const body = /^\s*Q\d+\b/i.test(text) ? text.trim() : `Q${number} ${text.trim()}`;
  return withHashtag(body, hashtag);
}

// --- inputs --------------------------------------------------------------------------------------

const id = z.string().min(1).max(64);
const handle = z
  .string()
  .trim()
  .regex(/^@?\w{1,15}$/, 'a handle such as @NHSEngland')
  .transform((value) => value.replace(/^@/, ''));
export const hashtagSchema = z
  .string()
  .trim()
  .regex(/^#?[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*$/u, 'a hashtag such as #Improve4Patients (letters, digits, _)')
  .max(60)
  .transform((value) => (value.startsWith('#') ? value : `#${value}`));

const questionInput = z
  .object({ text: z.string().trim().min(1).max(270), offsetMinutes: z.number().int().min(0).max(24 * 60) })
  .strict();

const planFields = {
  name: z.string().trim().min(1).max(80),
  hashtag: hashtagSchema,
  cohosts: z.array(handle).max(10).default([]),
  guests: z.array(handle).max(20).default([]),
  durationMinutes: z.number().int().min(5).max(24 * 60),
  questions: z.array(questionInput).min(1).max(20),
  welcome: z.string().trim().min(1).max(270).nullable().default(null),
  closing: z.string().trim().min(1).max(270).nullable().default(null),
};

export const chatPlanSchema = z
  .object({
    ...planFields,
    hostAccountId: id,
    startsAt: z.iso.datetime({ offset: true }),
    zone: z.string().min(1).max(64),
  })
  .strict()
  .superRefine((plan, ctx) => {
    plan.questions.forEach((question, index) => {
      if (question.offsetMinutes > plan.durationMinutes) ctx.addIssue({ code: 'custom', path: ['questions', index, 'offsetMinutes'], message: `Q${index + 1} is after the chat ends.` });
      const previous = plan.questions[index - 1];
      if (previous && question.offsetMinutes <= previous.offsetMinutes) ctx.addIssue({ code: 'custom', path: ['questions', index, 'offsetMinutes'], message: `Q${index + 1} must come after Q${index}.` });
    });
  });
export type ChatPlanInput = z.input<typeof chatPlanSchema>;

export const chatSaveSchema = z
  .object({
    id: id.optional(),
    plan: chatPlanSchema,
    /** A scheduled chat whose posts move: a "confirm before posting" host confirms the move. */
    confirmedAccountIds: z.array(id).default([]),
  })
  .strict();
export const chatIdSchema = z.object({ id }).strict();
/** Schedules the welcome, Q1…Qn and closing from the host account (confirmation as in the composer). */
export const chatScheduleSchema = z.object({ id, confirmedAccountIds: z.array(id).default([]) }).strict();
export const chatPostSchema = z
  .object({
    id,
    accountId: id,
    text: z.string().trim().min(1).max(10_000),
    replyToId: z.string().regex(/^\d{1,19}$/).nullable().default(null),
    quoteOfId: z.string().regex(/^\d{1,19}$/).nullable().default(null),
    confirmedAccountIds: z.array(id).default([]),
    /** With the host's confirmation: do not ask again for this chat's posts until it ends. */
    dontAskAgain: z.boolean().default(false),
  })
  .strict();
export const chatRevokeGrantSchema = z.object({ id }).strict();
/** Hidden, muted, spam, abusive and deleted posts are left out unless `includeModerated` (then marked). */
export const chatReportSchema = z.object({ id, includeModerated: z.boolean().default(false) }).strict();
/** 'blog': a plain HTML fragment (headings, quoted posts, links) to paste into a CMS. */
export const CHAT_EXPORT_FORMATS = ['html', 'csv', 'blog'] as const;
export type ChatExportFormat = (typeof CHAT_EXPORT_FORMATS)[number];
export const chatExportSchema = z.object({ id, format: z.enum(CHAT_EXPORT_FORMATS), includeModerated: z.boolean().default(false) }).strict();
export const chatTemplateSaveSchema = z.object({ id: id.optional(), ...planFields }).strict();
/** How many times faster a rehearsal runs than its plan (1: in real time). */
export const REHEARSAL_SPEEDS = [1, 5, 10, 30] as const;
export type RehearsalSpeed = (typeof REHEARSAL_SPEEDS)[number];
/** Training: the chat's own plan on the training accounts, its times compressed by the speed. */
export const chatRehearseSchema = z
  .object({
    id,
    speed: z.union(REHEARSAL_SPEEDS.map((speed) => z.literal(speed)) as [z.ZodLiteral<1>, z.ZodLiteral<5>, z.ZodLiteral<10>, z.ZodLiteral<30>], { error: `speed must be one of ${REHEARSAL_SPEEDS.join(', ')}` }).default(10),
  })
  .strict();
/** One click in training: a whole simulated chat hosted by the training corporate account. */
export const chatPracticeSchema = z
  .object({
    questions: z.number().int().min(1).max(6).default(3),
    minutesPerQuestion: z.number().int().min(1).max(20).default(3),
    /** Minutes until the welcome post. */
    startInMinutes: z.number().int().min(1).max(60).default(1),
  })
  .strict();
