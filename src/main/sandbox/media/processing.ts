// What an upload looks like to the client after finalize: images are ready at once; videos are
// processed asynchronously as X does (pending → in_progress → succeeded), timed by the sandbox
// clock so tests can shift it. The data object is the same for finalize and STATUS.
import type { StoredMedia } from '../store/media';
import type { SandboxWorld } from '../world';
import { EXPIRES_AFTER_SECS } from './limits';

/** twitter-api-v2 waits check_after_secs in real time between STATUS polls: keep it short. */
export const CHECK_AFTER_SECS = 1;
/** Sandbox time a video spends pending, then in progress, after finalize. */
export const VIDEO_PENDING_MS = 1000;
export const VIDEO_PROCESSING_MS = 2000;

export interface ProcessingInfo {
  state: 'pending' | 'in_progress' | 'succeeded' | 'failed';
  check_after_secs?: number;
  progress_percent?: number;
  error?: { code: number; name: string; message: string };
}

export interface UploadData {
  id: string;
  media_key: string;
  size: number;
  expires_after_secs: number;
  processing_info?: ProcessingInfo;
  image?: { image_type: string; w: number; h: number };
  video?: { video_type: string };
}

/**
 * Finalize restarts the 24-hour expiry, so the finalize time is the expiry minus 24 hours; the
 * sandbox needs no other record of when processing began.
 */
function finalizedAtMs(media: StoredMedia): number {
  return Date.parse(media.expiresAt) - EXPIRES_AFTER_SECS * 1000;
}

/** Moves a processing video along by the clock and stores its new state. */
export function advanceProcessing(world: SandboxWorld, media: StoredMedia): StoredMedia {
  if (media.state !== 'pending' && media.state !== 'in_progress') return media;
  const elapsed = world.clock.nowMs() - finalizedAtMs(media);
  const state = elapsed >= VIDEO_PROCESSING_MS ? 'succeeded' : elapsed >= VIDEO_PENDING_MS ? 'in_progress' : 'pending';
  if (state === media.state) return media;
  world.media.update(media.id, { state });
  return { ...media, state };
}

export function uploadData(media: StoredMedia, nowMs: number): UploadData {
  const data: UploadData = {
    id: media.id,
    media_key: media.mediaKey,
    size: media.totalBytes,
    expires_after_secs: Math.max(0, Math.floor((Date.parse(media.expiresAt) - nowMs) / 1000)),
  };
  const info = processingInfo(media, nowMs);
  if (info) data.processing_info = info;
  if (media.type !== 'video' && media.state === 'succeeded' && media.width !== null && media.height !== null) {
    data.image = { image_type: media.mimeType, w: media.width, h: media.height };
  }
  if (media.type === 'video' && media.state === 'succeeded') data.video = { video_type: media.mimeType };
  return data;
}

/** Only asynchronous (video) processing and failures carry processing_info; a ready image has none. */
function processingInfo(media: StoredMedia, nowMs: number): ProcessingInfo | undefined {
  switch (media.state) {
    case 'pending':
      return { state: 'pending', check_after_secs: CHECK_AFTER_SECS, progress_percent: 0 };
    case 'in_progress': {
      const progress = Math.round(((nowMs - finalizedAtMs(media)) / VIDEO_PROCESSING_MS) * 100);
      return { state: 'in_progress', check_after_secs: CHECK_AFTER_SECS, progress_percent: Math.min(99, Math.max(1, progress)) };
    }
    case 'succeeded':
      return media.type === 'video' ? { state: 'succeeded', progress_percent: 100 } : undefined;
    case 'failed':
      return { state: 'failed', error: { code: 1, name: 'InvalidMedia', message: `The uploaded bytes are not a valid ${media.mimeType}.` } };
    default:
      return undefined;
  }
}
