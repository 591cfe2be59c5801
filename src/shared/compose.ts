// Composer inputs that cross the contract: length measuring (twitter-text in core), media files,
// and the unsaved text of what is being written.
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

export const mediaPreviewSchema = z.object({ id: z.string().min(1).max(64) }).strict();

export const mediaAltSchema = z.object({ id: z.string().min(1).max(64), altText: z.string().max(1000).nullable() }).strict();

const shortId = z.string().min(1).max(64);
const referenced = { network: z.enum(['x']), accountId: shortId, postId: z.string().regex(/^\d{1,19}$/) };

/**
 * Where unsaved text was being written: a new post, a reply to or quote of a post (by network, the
 * receiving account and that post), or an edit of a queued post (by its queue id).
 */
export const unsavedScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('new') }).strict(),
  z.object({ kind: z.literal('reply'), ...referenced }).strict(),
  z.object({ kind: z.literal('quote'), ...referenced }).strict(),
  z.object({ kind: z.literal('edit'), postId: shortId }).strict(),
]);
export type UnsavedScope = z.infer<typeof unsavedScopeSchema>;

/** What the person is typing, kept by core as they type (its shape belongs to the renderer). */
export const unsavedSaveSchema = z.object({ scope: unsavedScopeSchema, content: z.record(z.string(), z.unknown()) }).strict();
export const unsavedScopeInputSchema = z.object({ scope: unsavedScopeSchema }).strict();

export interface UnsavedText {
  scope: UnsavedScope;
  content: Record<string, unknown>;
  updatedAt: string;
}
