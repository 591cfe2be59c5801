// X's media upload rules: which MIME types each media_category accepts, how large an upload may
// be, and the shape of an upload session (segment indexes, expiry, alt text length). Sources:
// docs.x.com media upload (initialize / append / finalize), X-API.md, twitter-api-v2's
// EUploadMimeType and its category inference (gif → tweet_gif, image/* → tweet_image, video/* →
// tweet_video). X's initialize enum also lists webm, mp2t, tiff, subtitles and 3D models; X
// attaches only these to posts, so the sandbox refuses the rest as unsupported.
import type { MediaType } from '../model';

const MB = 1024 * 1024;

export const MAX_IMAGE_BYTES = 5 * MB;
export const MAX_GIF_BYTES = 15 * MB;
export const MAX_VIDEO_BYTES = 512 * MB;
/** One APPEND carries at most 5 MB (X's documented chunk limit). */
export const MAX_SEGMENT_BYTES = 5 * MB;
export const MAX_SEGMENT_INDEX = 999;
/** An upload (and the finished media) can be used for 24 hours. */
export const EXPIRES_AFTER_SECS = 24 * 60 * 60;
export const MAX_ALT_TEXT_LENGTH = 1000;

export const IMAGE_TYPES = ['image/jpeg', 'image/pjpeg', 'image/png', 'image/webp', 'image/bmp', 'image/gif'] as const;
export const VIDEO_TYPES = ['video/mp4', 'video/quicktime'] as const;
export const MEDIA_CATEGORIES = ['tweet_image', 'tweet_gif', 'tweet_video', 'amplify_video', 'dm_image', 'dm_gif', 'dm_video'] as const;
export type MediaCategory = (typeof MEDIA_CATEGORIES)[number];

type Family = 'image' | 'gif' | 'video';

const CATEGORY_FAMILY: Readonly<Record<MediaCategory, Family>> = {
  tweet_image: 'image',
  dm_image: 'image',
  tweet_gif: 'gif',
  dm_gif: 'gif',
  tweet_video: 'video',
  dm_video: 'video',
  amplify_video: 'video',
};

/** Media keys are "<type prefix>_<id>", as X's are. */
const PHOTO = { type: 'photo', maxBytes: MAX_IMAGE_BYTES, keyPrefix: '3' } as const;
const GIF = { type: 'animated_gif', maxBytes: MAX_GIF_BYTES, keyPrefix: '16' } as const;
const VIDEO = { type: 'video', maxBytes: MAX_VIDEO_BYTES, keyPrefix: '7' } as const;

/** What an initialize request turns into, or why X refuses it. */
export type UploadPlan =
  | { ok: true; type: MediaType; category: MediaCategory; maxBytes: number; keyPrefix: string }
  | { ok: false; parameter: 'media_type' | 'media_category' | 'total_bytes'; message: string };

function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** twitter-api-v2's inference when the client names no category. */
function defaultCategory(mediaType: string): MediaCategory {
  if (mediaType === 'image/gif') return 'tweet_gif';
  return mediaType.startsWith('video/') ? 'tweet_video' : 'tweet_image';
}

/**
 * A GIF in an image category is a still photo (5 MB); in a GIF category it is an animated GIF
 * (15 MB). Videos fit only video categories, images only image or GIF categories.
 */
export function planUpload(mediaType: string, category: string | undefined, totalBytes: number): UploadPlan {
  const isImage = isOneOf(IMAGE_TYPES, mediaType);
  if (!isImage && !isOneOf(VIDEO_TYPES, mediaType)) {
    return { ok: false, parameter: 'media_type', message: `Unsupported media_type [${mediaType}]. Supported: ${[...IMAGE_TYPES, ...VIDEO_TYPES].join(', ')}.` };
  }
  const chosen = category ?? defaultCategory(mediaType);
  if (!isOneOf(MEDIA_CATEGORIES, chosen)) {
    return { ok: false, parameter: 'media_category', message: `Unsupported media_category [${chosen}].` };
  }
  const family = CATEGORY_FAMILY[chosen];
  const fits = isImage ? family === 'image' || (family === 'gif' && mediaType === 'image/gif') : family === 'video';
  if (!fits) {
    return { ok: false, parameter: 'media_category', message: `media_category [${chosen}] does not accept media_type [${mediaType}].` };
  }
  const plan = family === 'video' ? VIDEO : family === 'gif' ? GIF : PHOTO;
  if (totalBytes > plan.maxBytes) {
    return { ok: false, parameter: 'total_bytes', message: `total_bytes [${totalBytes}] exceeds the ${plan.maxBytes / MB} MB limit for ${chosen}.` };
  }
  return { ok: true, category: chosen, ...plan };
}
