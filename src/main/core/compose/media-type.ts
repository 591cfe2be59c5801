// What a file really is, from its first bytes (the declared MIME type and the file name are not
// trusted), and whether X takes it in a post: JPEG, PNG and WebP images up to 5 MB, GIFs up to
// 15 MB, MP4 video up to 512 MB (X-API.md). The sandbox's header reader and X's limits are reused.
import type { MediaKind } from '../../../shared/queue';
import { MAX_GIF_BYTES, MAX_IMAGE_BYTES, MAX_VIDEO_BYTES } from '../../sandbox/media/limits';
import { sniffImage } from '../../sandbox/media/sniff';

export type AcceptedMime = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/gif' | 'video/mp4';

export interface MediaType {
  mimeType: AcceptedMime;
  kind: MediaKind;
  maxBytes: number;
  /** For messages: "PNG image", "GIF", "MP4 video". */
  label: string;
}

export const SUPPORTED_MEDIA = 'JPEG, PNG or WebP images up to 5 MB, GIFs up to 15 MB and MP4 videos up to 512 MB';

const IMAGE_TYPES: Readonly<Record<string, MediaType>> = {
  jpeg: { mimeType: 'image/jpeg', kind: 'photo', maxBytes: MAX_IMAGE_BYTES, label: 'JPEG image' },
  png: { mimeType: 'image/png', kind: 'photo', maxBytes: MAX_IMAGE_BYTES, label: 'PNG image' },
  webp: { mimeType: 'image/webp', kind: 'photo', maxBytes: MAX_IMAGE_BYTES, label: 'WebP image' },
  gif: { mimeType: 'image/gif', kind: 'animated_gif', maxBytes: MAX_GIF_BYTES, label: 'GIF' },
};

const MP4: MediaType = { mimeType: 'video/mp4', kind: 'video', maxBytes: MAX_VIDEO_BYTES, label: 'MP4 video' };

/**
 * ISO base media files start with an `ftyp` box naming a major brand. These brands are MP4 video;
 * QuickTime (`qt  `) and the still-image brands (HEIC, AVIF: `heic`, `mif1`, `avif`…) share the box
 * and are refused.
 */
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'M4V ', 'dash', 'mmp4', 'MSNV']);

function isMp4(bytes: Buffer): boolean {
  return bytes.length >= 12 && bytes.toString('latin1', 4, 8) === 'ftyp' && MP4_BRANDS.has(bytes.toString('latin1', 8, 12));
}

/** The kind of file X would take, or null (the caller says why with SUPPORTED_MEDIA). */
export function sniffMedia(head: Buffer): MediaType | null {
  if (isMp4(head)) return MP4;
  const image = sniffImage(head);
  return image ? (IMAGE_TYPES[image.format] ?? null) : null;
}

const MB = 1024 * 1024;

/** One sentence for the user when the file cannot go to X; null when it can. */
export function mediaProblem(name: string, head: Buffer, totalBytes: number): string | null {
  if (totalBytes === 0) return `${name} is empty.`;
  const type = sniffMedia(head);
  if (!type) return `${name} is not a file X accepts: X takes ${SUPPORTED_MEDIA}.`;
  if (totalBytes > type.maxBytes) {
    return `${name} is a ${type.label} of ${(totalBytes / MB).toFixed(1)} MB; X takes at most ${type.maxBytes / MB} MB for a ${type.label}.`;
  }
  return null;
}

/** Bytes a sniffer reads: a JPEG's size sits after its EXIF and ICC segments, which can run to hundreds of KB. */
export const SNIFF_BYTES = 1024 * 1024;
