// The body of POST /2/media/upload/:id/append. twitter-api-v2 sends multipart/form-data: a
// `segment_index` field, then `media` as an application/octet-stream part without a filename
// (busboy hands that over as a file). X's OpenAPI also accepts JSON with `media` base64-encoded.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidParameter, invalidRequest } from '../http/problems';
import { isJsonRequest, parseInput } from '../http/validate';
import { MAX_SEGMENT_BYTES, MAX_SEGMENT_INDEX } from './limits';

export interface AppendInput {
  segmentIndex: number;
  bytes: Buffer;
}

export const APPEND_CONTENT_TYPE_MESSAGE = 'Append requests must be multipart/form-data (or application/json with base64 media).';

/** X's OpenAPI types segment_index as integer or string; a form field is always a string. */
const segmentIndex = z
  .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
  .pipe(z.number().int().min(0).max(MAX_SEGMENT_INDEX));

const appendSchema = z.object({
  segment_index: segmentIndex,
  media: z.union([
    z.instanceof(Buffer),
    z
      .string()
      .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'media must be base64')
      .transform((text) => Buffer.from(text, 'base64')),
  ]),
});

export async function readAppend(request: FastifyRequest): Promise<AppendInput> {
  if (!request.isMultipart() && !isJsonRequest(request)) throw invalidRequest([{ parameters: {}, message: APPEND_CONTENT_TYPE_MESSAGE }]);
  const raw = request.isMultipart() ? await readMultipart(request) : request.body;
  const input = parseInput(appendSchema, raw, 'body');
  if (input.media.length === 0) throw invalidParameter('media', '', 'The media segment is empty.');
  if (input.media.length > MAX_SEGMENT_BYTES) {
    throw invalidParameter('media', `${input.media.length} bytes`, `A media segment may not exceed ${MAX_SEGMENT_BYTES} bytes.`);
  }
  return { segmentIndex: input.segment_index, bytes: input.media };
}

/** Form fields by name; the `media` part's bytes (file or plain field) under `media`. */
async function readMultipart(request: FastifyRequest): Promise<Record<string, unknown>> {
  const fields: Record<string, unknown> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (part.fieldname === 'media') fields['media'] = bytes;
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
  } catch (error) {
    // Busboy's limits (a part larger than the body limit, too many files) and malformed forms.
    const code = (error as { code?: string }).code ?? 'multipart';
    const message = code === 'FST_REQ_FILE_TOO_LARGE' ? `A media segment may not exceed ${MAX_SEGMENT_BYTES} bytes.` : `Malformed multipart body (${code}).`;
    throw invalidParameter('media', '', message);
  }
  return fields;
}
