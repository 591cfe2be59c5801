// Posts on their way out (DESIGN rule 4): what the renderer sees of the queue, and the inputs that
// fill and change it. States: draft → scheduled → sending → sent | failed | missed → held.
import { z } from 'zod';

export const POST_STATES = ['draft', 'scheduled', 'sending', 'sent', 'failed', 'missed', 'held'] as const;
export type PostState = (typeof POST_STATES)[number];

export const DEFAULT_GRACE_MINUTES = 15;

export type MediaKind = 'photo' | 'animated_gif' | 'video';

/** A file the user attached, stored by core in the data folder (never re-read from the original path). */
export interface MediaRef {
  id: string;
  name: string;
  mimeType: string;
  kind: MediaKind;
  bytes: number;
  altText: string | null;
}

export interface PostPart {
  text: string;
  media: MediaRef[];
}

export interface PostError {
  /** A ProviderErrorCode, or 'missed' / 'reconcile' for queue decisions. */
  code: string;
  message: string;
}

export interface QueuedPost {
  id: string;
  accountId: string;
  state: PostState;
  /** One part is a single post; more are a thread, each part replying to the previous. */
  parts: PostPart[];
  replyToId: string | null;
  quoteOfId: string | null;
  /** When it should go out (UTC, ISO 8601); null for drafts. */
  dueAt: string | null;
  /** The IANA zone the user scheduled it in (shown back in that zone). */
  zone: string;
  graceMinutes: number;
  /** X ids of the parts that went out, index by index (null where not yet). */
  remoteIds: (string | null)[];
  attempts: number;
  /** When a retry is due (backoff), UTC. */
  nextAttemptAt: string | null;
  lastError: PostError | null;
  /** Posts made together (one compose for several accounts) share it. */
  groupId: string | null;
  createdAt: string;
  updatedAt: string;
  /** The scheduled or live chat whose plan holds this post (queue.list fills it; absent for others): it is changed there, not in the Schedule. */
  chat?: PostChat;
}

/** The chat a queued post belongs to. */
export interface PostChat {
  id: string;
  name: string;
  /** With the '#'. */
  hashtag: string;
}

export interface QueueTransition {
  postId: string;
  from: PostState | null;
  to: PostState;
  at: string;
  reason: string | null;
}

/**
 * Which process publishes this data folder's queue (one at a time: the publisher lock). Another
 * machine's publisher has its own data folder and queue, so it never appears here.
 */
export interface PublisherStatus {
  /** 'this': the engine answering; 'other': another Columns process here; 'none': nobody right now. */
  publisher: 'this' | 'other' | 'none';
  /** In words: "the Columns app", "columns publisher run". */
  holder: string | null;
  /** This computer's name. */
  host: string;
  pid: number | null;
  /** Its last heartbeat (ISO). */
  since: string | null;
}

/** Counts that need the user: shown as a badge and announced by a desktop notification. */
export interface QueueAttention {
  failed: number;
  held: number;
}

// --- inputs --------------------------------------------------------------------------------------

const id = z.string().min(1).max(64);
const isoInstant = z.iso.datetime({ offset: true });
const zone = z.string().min(1).max(64);

export const postPartInputSchema = z
  .object({
    text: z.string().max(10_000),
    mediaIds: z.array(id).max(4).default([]),
  })
  .strict();
export type PostPartInput = z.input<typeof postPartInputSchema>;

export const whenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('draft') }).strict(),
  z.object({ kind: z.literal('now') }).strict(),
  z.object({ kind: z.literal('at'), dueAt: isoInstant, zone }).strict(),
  /** The account's next free queue slot. */
  z.object({ kind: z.literal('queue') }).strict(),
]);
export type When = z.infer<typeof whenSchema>;

export const queueCreateSchema = z
  .object({
    /** Per account, its parts (a variant per account is allowed). */
    posts: z
      .array(z.object({ accountId: id, parts: z.array(postPartInputSchema).min(1).max(25) }).strict())
      .min(1)
      .max(10),
    replyToId: z.string().regex(/^\d{1,19}$/).nullable().default(null),
    quoteOfId: z.string().regex(/^\d{1,19}$/).nullable().default(null),
    when: whenSchema,
    graceMinutes: z.number().int().min(0).max(7 * 24 * 60).default(DEFAULT_GRACE_MINUTES),
    /** Accounts with "confirm before posting" the user confirmed in the large-type dialog. */
    confirmedAccountIds: z.array(id).default([]),
  })
  .strict();

export const queueListSchema = z
  .object({
    states: z.array(z.enum(POST_STATES)).optional(),
    accountId: id.optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
  })
  .strict();

/** An edit's time: the post keeps the one it has, takes a new one, or goes back to the drafts. */
export const editWhenSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('keep') }).strict(),
  z.object({ kind: z.literal('at'), dueAt: isoInstant, zone }).strict(),
  z.object({ kind: z.literal('draft') }).strict(),
]);
export type EditWhen = z.infer<typeof editWhenSchema>;

/**
 * Changes a post that has not gone out (draft, scheduled, held, failed); it keeps its id and audit
 * trail. `parts` is the whole thread: parts already on X (a thread that stopped part-way) must come
 * back unchanged. Accounts that confirm before posting need confirming here too, as in create.
 */
export const queueEditSchema = z
  .object({
    id,
    parts: z.array(postPartInputSchema).min(1).max(25).optional(),
    graceMinutes: z.number().int().min(0).max(7 * 24 * 60).optional(),
    when: editWhenSchema.default({ kind: 'keep' }),
    confirmedAccountIds: z.array(id).default([]),
  })
  .strict();

export const queueRescheduleSchema = z
  .object({
    id,
    dueAt: isoInstant,
    zone,
    /** A "confirm before posting" account's move is confirmed like a new post (issue 11). */
    confirmedAccountIds: z.array(id).default([]),
    /** Where the move came from, for the confirmations' audit trail. */
    via: z.enum(['calendar', 'schedule']).default('schedule'),
  })
  .strict();

/** What the user decides for a held or failed post. */
export const queueActionSchema = z
  .object({
    id,
    action: z.enum(['post_now', 'retry', 'discard', 'to_draft']),
    /** post_now / retry publish as the account: a "confirm before posting" account confirms it. */
    confirmedAccountIds: z.array(id).default([]),
  })
  .strict();

export const queueHistorySchema = z.object({ id }).strict();

/** "Add to queue", before it is confirmed: which slot each account's post would take. */
export const queuePreviewSchema = z.object({ accountIds: z.array(id).min(1).max(10) }).strict();

export interface QueueSlotPreview {
  accountId: string;
  handle: string;
  /** The slot's UTC instant; null when the account has no free slot (no queue times set). */
  dueAt: string | null;
}
