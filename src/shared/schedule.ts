// Times in the user's zone (default Europe/London, DST-correct), queue slots, CSV import and ICS
// export: the inputs and answers that cross the contract.
import { z } from 'zod';
import type { PostFinding } from './guard';

const zone = z.string().min(1).max(64);
const id = z.string().min(1).max(64);

/** A wall-clock time the user picked, to turn into one UTC instant. */
export const resolveLocalSchema = z
  .object({
    /** YYYY-MM-DDTHH:mm */
    local: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a date and time such as 2026-03-29T01:30'),
    zone,
    /** For a time that happens twice (clocks go back): which one. */
    choice: z.enum(['earlier', 'later']).optional(),
  })
  .strict();

export interface InstantOption {
  dueAt: string;
  /** e.g. "01:30 BST (UTC+1)" */
  label: string;
}

export type ResolvedLocal =
  | { kind: 'ok'; dueAt: string; label: string }
  /** Clocks go forward: this wall time does not exist. */
  | { kind: 'nonexistent'; message: string; suggestion: InstantOption }
  /** Clocks go back: it happens twice; ask which. */
  | { kind: 'ambiguous'; message: string; options: [InstantOption, InstantOption] };

/** A weekly slot in the account's queue, in the user's zone: weekday 1 (Monday) … 7, HH:mm. */
export const queueSlotSchema = z
  .object({ weekday: z.number().int().min(1).max(7), time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:mm') })
  .strict();
export type QueueSlot = z.infer<typeof queueSlotSchema>;

export const queueSlotsGetSchema = z.object({ accountId: id }).strict();
export const queueSlotsSetSchema = z.object({ accountId: id, slots: z.array(queueSlotSchema).max(100) }).strict();

/** The longest range the calendars ask open queue slots for (a month grid is at most six weeks). */
export const OPEN_SLOTS_MAX_DAYS = 43;

/** Queue slots not yet taken by a post, in [from, to): the week and month calendars mark them. */
export const queueSlotsOpenSchema = z
  .object({ from: z.iso.datetime({ offset: true }), to: z.iso.datetime({ offset: true }), accountId: id.optional() })
  .strict()
  .superRefine(({ from, to }, ctx) => {
    const span = Date.parse(to) - Date.parse(from);
    if (span <= 0) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must be after from' });
    else if (span > OPEN_SLOTS_MAX_DAYS * 86_400_000) ctx.addIssue({ code: 'custom', path: ['to'], message: `must be at most ${OPEN_SLOTS_MAX_DAYS} days after from` });
  });

export interface OpenQueueSlot {
  accountId: string;
  /** UTC instant the slot falls on. */
  dueAt: string;
}

export const icsExportSchema = z
  .object({ from: z.iso.datetime({ offset: true }).optional(), to: z.iso.datetime({ offset: true }).optional() })
  .strict();

/** 5 MB of file is this much base64. */
const CSV_BASE64_MAX = Math.ceil(5_000_000 / 3) * 4;

export const csvImportSchema = z
  .object({
    /**
     * The file's bytes, base64: the core decides the encoding (UTF-8 with or without a BOM, or
     * Windows-1252 as Excel saves "CSV" on a UK PC), which a decoded string would already have lost.
     * At most 5 MB.
     */
    file: z.base64('must be the file\'s bytes in base64').max(CSV_BASE64_MAX, 'the file is larger than 5 MB'),
    /** Import the valid rows even when others have errors. */
    acceptValid: z.boolean().default(false),
    /** The folder relative media paths are read from (the CSV file's own); without it they must be absolute. */
    baseDir: z.string().min(1).max(4096).optional(),
    /** "Confirm before posting" accounts the user confirmed for this file (one confirmation covers its rows). */
    confirmedAccountIds: z.array(z.string().min(1).max(64)).max(20).default([]),
    /** Where the import comes from, for the confirmations' audit trail. */
    via: z.enum(['app', 'cli']).default('app'),
  })
  .strict();

export interface CsvRowReport {
  /** 1-based line in the file (the header is line 1). */
  line: number;
  ok: boolean;
  errors: string[];
  account: string | null;
  dueAt: string | null;
  /** The row's text column, trimmed ('' when it has none). */
  text: string;
}

export interface CsvImportReport {
  rows: CsvRowReport[];
  valid: number;
  invalid: number;
  /** Posts created (0 when rows had errors and acceptValid was false). */
  imported: number;
  postIds: string[];
  /** How the file was read. */
  encoding: 'utf-8' | 'windows-1252';
  delimiter: ',' | ';';
  /** What the post checks found across the file (the same text from two accounts, …). */
  findings: PostFinding[];
  /**
   * Accounts that ask for confirmation and were not confirmed: nothing was imported. Each lists the
   * posts one confirmation would cover; send again with their ids in confirmedAccountIds.
   */
  confirmation: { message: string; accounts: CsvConfirmationNeed[] } | null;
}

export interface CsvConfirmationNeed {
  accountId: string;
  handle: string;
  posts: { line: number; dueAt: string; text: string }[];
}

/** A file to save: the CSV header and one example row in the user's date format. */
export interface CsvTemplate {
  filename: string;
  csv: string;
}
