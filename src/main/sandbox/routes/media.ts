// Media upload v2 as twitter-api-v2's v2.uploadMedia drives it: initialize (JSON) → append
// (multipart segments) → finalize → STATUS polling for videos, plus alt text through
// POST /2/media/metadata. Type and size rules live in media/limits.ts, header sniffing in
// media/sniff.ts, the processing timeline in media/processing.ts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../context';
import { forbidden, invalidParameter, resourceNotFound } from '../http/problems';
import { parseInput, requireJsonBody } from '../http/validate';
import { registerXRoute, type XCall } from '../http/x-route';
import { readAppend } from '../media/append-input';
import { EXPIRES_AFTER_SECS, MAX_ALT_TEXT_LENGTH, planUpload } from '../media/limits';
import { advanceProcessing, uploadData } from '../media/processing';
import { sniffDeclared } from '../media/sniff';
import { parsePathId } from '../posting/lookup-input';
import { normaliseId } from '../store/ids';
import type { StoredMedia } from '../store/media';

/** docs.x.com lists media.write for every media upload and metadata endpoint. */
const SCOPES = ['media.write'] as const;

/** Unverified wording: another user's upload id (X scopes media to its uploader). */
export const MEDIA_NOT_OWNED_DETAIL = 'You are not allowed to use this media: it was uploaded by another user.';
export const ALREADY_FINALIZED_MESSAGE = 'This upload was already finalized; start a new one with initialize.';
export const NOT_FINALIZED_MESSAGE = 'This upload has not been finalized yet.';
export const ALT_TEXT_TOO_LONG_MESSAGE = `Alt text may be at most ${MAX_ALT_TEXT_LENGTH} characters.`;

const snowflake = z.string().regex(/^[0-9]{1,19}$/);

const initializeSchema = z.object({
  media_type: z.string().min(1),
  total_bytes: z.number().int().min(1),
  media_category: z.string().min(1).optional(),
  additional_owners: z.array(snowflake).optional(),
});

const statusSchema = z.object({ command: z.literal('STATUS'), media_id: snowflake });

const metadataSchema = z.object({
  id: snowflake,
  // X's metadata also carries sensitive_media_warning, allow_download_status …; the sandbox keeps alt text only.
  metadata: z.looseObject({
    alt_text: z.object({ text: z.string().refine((text) => [...text].length <= MAX_ALT_TEXT_LENGTH, ALT_TEXT_TOO_LONG_MESSAGE) }).optional(),
  }),
});

export function registerMediaRoutes(app: FastifyInstance, ctx: SandboxContext): void {
  const { world } = ctx;
  const nowMs = (): number => world.clock.nowMs();
  const expiresAt = (fromMs: number): string => new Date(fromMs + EXPIRES_AFTER_SECS * 1000).toISOString();

  /** The caller's live upload; unknown and expired ids are 404, someone else's is 403. */
  const ownUpload = (call: XCall, rawId: string | undefined, parameter: string): StoredMedia => {
    const id = parameter === 'id' ? parsePathId(rawId) : (rawId ?? '');
    const media = world.media.byId(normaliseId(id) ?? id);
    if (!media || Date.parse(media.expiresAt) <= nowMs()) throw resourceNotFound('media', parameter, id);
    if (media.ownerId !== call.caller.user.id) throw forbidden(MEDIA_NOT_OWNED_DETAIL);
    return media;
  };

  const invalidMedia = (media: StoredMedia) => invalidParameter('media', media.id, `The uploaded bytes are not a valid ${media.mimeType}.`);

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/media/upload/initialize',
    scopes: SCOPES,
    handler(call) {
      requireJsonBody(call.request);
      const input = parseInput(initializeSchema, call.body, 'body');
      const plan = planUpload(input.media_type, input.media_category, input.total_bytes);
      if (!plan.ok) throw invalidParameter(plan.parameter, String(input[plan.parameter] ?? ''), plan.message);
      const id = world.nextId();
      const media: StoredMedia = {
        id,
        mediaKey: `${plan.keyPrefix}_${id}`,
        ownerId: call.caller.user.id,
        type: plan.type,
        mimeType: input.media_type,
        category: plan.category,
        totalBytes: input.total_bytes,
        receivedBytes: 0,
        segments: 0,
        width: null,
        height: null,
        durationMs: null,
        altText: null,
        state: 'initialized',
        createdAt: world.nowIso(),
        expiresAt: expiresAt(nowMs()),
      };
      world.media.insert(media);
      return { data: { id, media_key: media.mediaKey, expires_after_secs: EXPIRES_AFTER_SECS } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/media/upload/:id/append',
    scopes: SCOPES,
    async handler(call) {
      const media = ownUpload(call, call.params['id'], 'id');
      if (media.state !== 'initialized') throw invalidParameter('id', media.id, ALREADY_FINALIZED_MESSAGE);
      const { segmentIndex, bytes } = await readAppend(call.request);
      if (media.receivedBytes + bytes.length > media.totalBytes) {
        throw invalidParameter('media', `${bytes.length} bytes`, `This segment would bring the upload past total_bytes [${media.totalBytes}].`);
      }
      // Only the first segment holds the header; the sandbox keeps no image bytes beyond it.
      if (segmentIndex === 0 && media.type !== 'video') {
        const header = sniffDeclared(media.mimeType, bytes);
        if (header) world.media.update(media.id, { width: header.width, height: header.height });
      }
      world.media.addSegment(media.id, bytes.length);
      return { data: { expires_at: Math.floor(Date.parse(media.expiresAt) / 1000) } };
    },
  });

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/media/upload/:id/finalize',
    scopes: SCOPES,
    handler(call) {
      const media = ownUpload(call, call.params['id'], 'id');
      if (media.state === 'failed') throw invalidMedia(media);
      if (media.state !== 'initialized') return { data: uploadData(advanceProcessing(world, media), nowMs()) };
      if (media.receivedBytes !== media.totalBytes) {
        throw invalidParameter('total_bytes', String(media.totalBytes), `Received ${media.receivedBytes} of ${media.totalBytes} bytes; append the rest before finalizing.`);
      }
      // Images are checked and ready at once; a header that is not the declared type fails them.
      if (media.type !== 'video' && (media.width === null || media.height === null)) {
        world.media.update(media.id, { state: 'failed' });
        throw invalidMedia(media);
      }
      // One reading of the clock, so the answer says exactly 24 hours.
      const now = nowMs();
      const changes = { state: media.type === 'video' ? ('pending' as const) : ('succeeded' as const), expiresAt: expiresAt(now) };
      world.media.update(media.id, changes);
      return { data: uploadData({ ...media, ...changes }, now) };
    },
  });

  registerXRoute(app, ctx, {
    method: 'GET',
    url: '/2/media/upload',
    scopes: SCOPES,
    handler(call) {
      const query = parseInput(statusSchema, call.query, 'query');
      const media = ownUpload(call, query.media_id, 'media_id');
      if (media.state === 'initialized') throw invalidParameter('media_id', query.media_id, NOT_FINALIZED_MESSAGE);
      return { data: uploadData(advanceProcessing(world, media), nowMs()) };
    },
  });

  registerXRoute(app, ctx, {
    method: 'POST',
    url: '/2/media/metadata',
    scopes: SCOPES,
    handler(call) {
      requireJsonBody(call.request);
      const input = parseInput(metadataSchema, call.body, 'body');
      const media = ownUpload(call, input.id, 'id');
      if (media.state === 'failed') throw invalidMedia(media);
      const altText = input.metadata.alt_text;
      if (altText !== undefined) world.media.update(media.id, { altText: altText.text === '' ? null : altText.text });
      const stored = altText?.text ?? media.altText;
      return { data: { id: media.id, associated_metadata: stored ? { alt_text: { text: stored } } : {} } };
    },
  });
}
