// Composer inputs that cross the contract: length measuring (twitter-text in core), media files,
// and autosaved drafts.
import { z } from 'zod';

export const measureSchema = z.object({ texts: z.array(z.string().max(10_000)).min(1).max(25) }).strict();

export interface Measured {
  /** X's weighted length (URLs count 23, most CJK and emoji 2). */
  weightedLength: number;
  max: number;
  valid: boolean;
}

/** A file from the composer: bytes as base64 (the renderer has no file system access). */
export const mediaAddSchema = z
  .object({
    name: z.string().min(1).max(255),
    mimeType: z.string().min(1).max(100),
    dataBase64: z.string().max(700_000_000),
    altText: z.string().max(1000).nullable().default(null),
  })
  .strict();

export const mediaAltSchema = z.object({ id: z.string().min(1).max(64), altText: z.string().max(1000).nullable() }).strict();

/** The composer's whole state, autosaved; its shape belongs to the renderer, core keeps it as JSON. */
export const draftSaveSchema = z
  .object({
    id: z.string().min(1).max(64).optional(),
    content: z.record(z.string(), z.unknown()),
  })
  .strict();

export interface SavedDraft {
  id: string;
  content: Record<string, unknown>;
  updatedAt: string;
}

export const draftIdSchema = z.object({ id: z.string().min(1).max(64) }).strict();
