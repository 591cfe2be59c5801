// Media and poll objects for includes. Defaults are X's: media_key and type for media, id and
// options for polls.
import type { SandboxMedia, SandboxPoll } from '../model';
import type { FieldSelection } from './fields';
import type { MediaUrls, RenderLookup } from './lookup';
import type { XMedia, XPoll } from './wire';

export function renderMedia(media: SandboxMedia, selection: FieldSelection, lookup: RenderLookup): XMedia {
  const fields = selection.mediaFields;
  const out: XMedia = { media_key: media.mediaKey, type: media.type };
  const urls = fields.has('url') || fields.has('preview_image_url') ? (lookup.mediaUrls?.(media) ?? twimgUrls(media)) : {};

  // X gives photos a url and videos/GIFs a preview_image_url, never the other way round.
  if (fields.has('url') && media.type === 'photo' && urls.url) out.url = urls.url;
  if (fields.has('preview_image_url') && media.type !== 'photo' && urls.previewImageUrl) {
    out.preview_image_url = urls.previewImageUrl;
  }
  if (fields.has('width') && media.width !== null) out.width = media.width;
  if (fields.has('height') && media.height !== null) out.height = media.height;
  if (fields.has('alt_text') && media.altText) out.alt_text = media.altText;
  if (fields.has('duration_ms') && media.type !== 'photo' && media.durationMs !== null) out.duration_ms = media.durationMs;
  // Only playable media have views; the sandbox does not simulate playback.
  if (fields.has('public_metrics') && media.type !== 'photo') out.public_metrics = { view_count: 0 };
  return out;
}

export function renderPoll(poll: SandboxPoll, selection: FieldSelection): XPoll {
  const fields = selection.pollFields;
  const options = [...poll.options]
    .sort((a, b) => a.position - b.position)
    .map(({ position, label, votes }) => ({ position, label, votes }));
  const out: XPoll = { id: poll.id, options };
  if (fields.has('duration_minutes')) out.duration_minutes = poll.durationMinutes;
  if (fields.has('end_datetime')) out.end_datetime = poll.endDatetime;
  if (fields.has('voting_status')) out.voting_status = poll.votingStatus;
  return out;
}

/** The shape of X's media URLs, for when the store does not say where it serves files. */
function twimgUrls(media: SandboxMedia): MediaUrls {
  if (media.type === 'photo') {
    const ext = media.mimeType === 'image/png' ? 'png' : media.mimeType === 'image/webp' ? 'webp' : 'jpg';
    return { url: `https://pbs.twimg.com/media/${media.id}.${ext}` };
  }
  if (media.type === 'animated_gif') return { previewImageUrl: `https://pbs.twimg.com/tweet_video_thumb/${media.id}.jpg` };
  return { previewImageUrl: `https://pbs.twimg.com/ext_tw_video_thumb/${media.id}/pu/img/${media.id}.jpg` };
}
