// What guards every path that publishes as an account (issue 11): the corporate confirmation core
// decides and records, and the post checks core runs before anything is queued. The renderer asks
// core which accounts need confirming for an action and shows what core answers; it never decides.
import { z } from 'zod';

/** Every way a post (or a repost) can come to be published as an account, as the audit trail names it. */
export const GUARDED_PATHS = [
  'composer',
  'repost',
  'unrepost',
  'csv_import',
  'calendar_move',
  'reschedule',
  'edit',
  'post_now',
  'retry',
  'chat_post',
  'chat_schedule',
  'cli_post',
  'cli_import',
] as const;
export type GuardedPath = (typeof GUARDED_PATHS)[number];

/** An account that asks to be confirmed (in large type) before it acts. */
export interface ConfirmationNeed {
  accountId: string;
  network: 'x';
  handle: string;
}

/** One confirmation in the audit trail: who confirmed which account's action, on which path, covering which posts. */
export interface ConfirmationRecord {
  id: string;
  network: 'x';
  accountId: string;
  handle: string;
  path: GuardedPath;
  /** Queue post ids, or the X post id a repost acted on. */
  subjects: string[];
  /** What the confirmation showed, in words ("2 posts from the CSV import"). */
  summary: string;
  /** UTC, ISO 8601. */
  confirmedAt: string;
}

export type FindingSeverity = 'advice' | 'must_fix';

/** What one post-checks rule found: advice the user may ignore, or something that must be fixed first. */
export interface PostFinding {
  ruleId: string;
  severity: FindingSeverity;
  message: string;
  /** The accounts it is about. */
  accounts: { accountId: string; handle: string }[];
  /** Which posts, where the caller named them ("line 4" of a CSV). */
  refs: string[];
}

const id = z.string().min(1).max(64);

export const confirmationsRequiredSchema = z.object({ accountIds: z.array(id).min(1).max(20) }).strict();
export const confirmationsListSchema = z.object({ accountId: id.optional(), limit: z.number().int().min(1).max(500).default(100) }).strict();

export const postChecksSchema = z
  .object({
    posts: z
      .array(z.object({ accountId: id, texts: z.array(z.string().max(10_000)).min(1).max(25) }).strict())
      .min(1)
      .max(50),
  })
  .strict();
