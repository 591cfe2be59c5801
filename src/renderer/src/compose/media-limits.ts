// X's attachment rules, checked before a file is read or uploaded so the user hears why at once:
// up to 4 images per post, or exactly one GIF or one video on its own.
import type { MediaKind } from '../../../shared/queue';

export const MAX_IMAGES_PER_PART = 4;
export const MAX_ALT_TEXT = 1000;

const MB = 1024 * 1024;

interface KindRule {
  /** With its article: "an image". */
  label: string;
  maxBytes: number;
}

export const MEDIA_RULES: Record<MediaKind, KindRule> = {
  photo: { label: 'an image', maxBytes: 5 * MB },
  animated_gif: { label: 'a GIF', maxBytes: 15 * MB },
  video: { label: 'a video', maxBytes: 512 * MB },
};

const KIND_BY_MIME: Record<string, MediaKind> = {
  'image/jpeg': 'photo',
  'image/png': 'photo',
  'image/webp': 'photo',
  'image/gif': 'animated_gif',
  'video/mp4': 'video',
  'video/quicktime': 'video',
};

/** For the file picker's `accept`. */
export const ACCEPTED_MEDIA_TYPES = Object.keys(KIND_BY_MIME).join(',');

export const MEDIA_LIMITS_EXPLAINED =
  'Each post can have up to 4 images (JPEG, PNG or WebP, 5 MB each), or one GIF (15 MB), or one video (MP4 or MOV, 512 MB).';

export function mediaKindOf(mimeType: string): MediaKind | null {
  return KIND_BY_MIME[mimeType.toLowerCase()] ?? null;
}

export type AttachVerdict = { ok: true; kind: MediaKind } | { ok: false; reason: string };

/** Whether one more file may join a part that already holds media of these kinds. */
export function canAttach(existing: readonly MediaKind[], file: { name: string; type: string; size: number }): AttachVerdict {
  const kind = mediaKindOf(file.type);
  if (!kind) return { ok: false, reason: `${file.name} is not a file X accepts. ${MEDIA_LIMITS_EXPLAINED}` };
  const rule = MEDIA_RULES[kind];
  if (file.size > rule.maxBytes) {
    return { ok: false, reason: `${file.name} is too large: X accepts ${rule.label} up to ${rule.maxBytes / MB} MB.` };
  }
  if (existing.some((other) => other !== 'photo')) {
    return { ok: false, reason: 'This post already has a GIF or video, which X allows only on its own. Add a new part to the thread for more.' };
  }
  if (kind !== 'photo' && existing.length > 0) {
    return { ok: false, reason: `${rule.label.charAt(0).toUpperCase()}${rule.label.slice(1)} must be on its own in a post. Remove the images first, or add it to a new part of the thread.` };
  }
  if (existing.length >= MAX_IMAGES_PER_PART) {
    return { ok: false, reason: `X allows ${MAX_IMAGES_PER_PART} images per post. Add a new part to the thread for more.` };
  }
  return { ok: true, kind };
}

/** Whether X reads alt text on this kind (images and GIFs). */
export function takesAltText(kind: MediaKind): boolean {
  return kind !== 'video';
}
