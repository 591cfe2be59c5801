// A stored post as the renderer sees it (QueuedPost): media ids become what the media store knows.
import type { MediaRef, QueuedPost } from '../../../shared/queue';
import type { MediaSource } from './deps';
import type { PostRecord } from './repository';

const gone = (id: string): MediaRef => ({ id, name: '(file no longer available)', mimeType: 'application/octet-stream', kind: 'photo', bytes: 0, altText: null });

export function toQueuedPost(record: PostRecord, media: MediaSource): QueuedPost {
  return {
    id: record.id,
    accountId: record.accountId,
    state: record.state,
    parts: record.parts.map((part) => ({ text: part.text, media: part.mediaIds.map((id) => media.get(id) ?? gone(id)) })),
    replyToId: record.replyToId,
    quoteOfId: record.quoteOfId,
    dueAt: record.dueAt,
    zone: record.zone,
    graceMinutes: record.graceMinutes,
    remoteIds: record.parts.map((part) => part.remoteId),
    attempts: record.attempts,
    nextAttemptAt: record.nextAttemptAt,
    lastError: record.lastError,
    groupId: record.groupId,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
