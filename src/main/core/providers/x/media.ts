// A post's media through X's v2 upload (initialize, append, finalize, and status polling for
// video) and its alt text through POST /2/media/metadata, with twitter-api-v2's own helpers.
import type { TwitterApi } from 'twitter-api-v2';
import { ProviderError, type MediaUpload } from '../provider';

/** X's alt-text limit. */
export const MAX_ALT_TEXT = 1000;

/** What X's v2 upload takes for a post (MediaUpload.mimeType lists the same). */
const UPLOAD_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'video/mp4', 'video/quicktime'] as const;
type UploadType = (typeof UPLOAD_TYPES)[number];

const isUploadType = (value: string): value is UploadType => (UPLOAD_TYPES as readonly string[]).includes(value);

/** Uploads one file and sets its alt text; resolves to the media id a post can attach. */
export async function uploadWithAltText(client: TwitterApi, media: MediaUpload): Promise<string> {
  if (!isUploadType(media.mimeType)) {
    throw new ProviderError('forbidden', `X does not take ${media.mimeType} files in posts: use JPEG, PNG, WebP, GIF or MP4.`, { endpoint: 'POST /2/media/upload/initialize' });
  }
  const mediaId = await client.v2.uploadMedia(Buffer.from(media.data), { media_type: media.mimeType });
  const altText = media.altText?.trim();
  if (altText) await client.v2.createMediaMetadata(mediaId, { alt_text: { text: altText.slice(0, MAX_ALT_TEXT) } });
  return mediaId;
}
