// Uploaded media: the upload session's progress, then the finished item a post can attach.
import type { Database } from 'better-sqlite3';
import type { MediaType, SandboxMedia, Snowflake } from '../model';

interface MediaRow {
  id: string;
  media_key: string;
  owner_id: string;
  type: MediaType;
  mime_type: string;
  category: string;
  total_bytes: number;
  received_bytes: number;
  segments: number;
  width: number | null;
  height: number | null;
  duration_ms: number | null;
  alt_text: string | null;
  state: SandboxMedia['state'];
  created_at: string;
  expires_at: string;
}

export interface StoredMedia extends SandboxMedia {
  category: string;
  receivedBytes: number;
  segments: number;
}

function toMedia(row: MediaRow): StoredMedia {
  return {
    id: row.id,
    mediaKey: row.media_key,
    ownerId: row.owner_id,
    type: row.type,
    mimeType: row.mime_type,
    category: row.category,
    totalBytes: row.total_bytes,
    receivedBytes: row.received_bytes,
    segments: row.segments,
    width: row.width,
    height: row.height,
    durationMs: row.duration_ms,
    altText: row.alt_text,
    state: row.state,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
  };
}

export class MediaRepository {
  constructor(private readonly db: Database) {}

  insert(media: StoredMedia): void {
    this.db
      .prepare(
        `INSERT INTO media (id, media_key, owner_id, type, mime_type, category, total_bytes, received_bytes, segments, width, height, duration_ms, alt_text, state, created_at, expires_at)
         VALUES (@id, @mediaKey, @ownerId, @type, @mimeType, @category, @totalBytes, @receivedBytes, @segments, @width, @height, @durationMs, @altText, @state, @createdAt, @expiresAt)`,
      )
      .run(media);
  }

  byId(id: Snowflake): StoredMedia | undefined {
    const row = this.db.prepare<[string], MediaRow>('SELECT * FROM media WHERE id = ?').get(id);
    return row && toMedia(row);
  }

  byKey(mediaKey: string): StoredMedia | undefined {
    const row = this.db.prepare<[string], MediaRow>('SELECT * FROM media WHERE media_key = ?').get(mediaKey);
    return row && toMedia(row);
  }

  /** Records one appended segment. */
  addSegment(id: Snowflake, bytes: number): void {
    this.db.prepare('UPDATE media SET received_bytes = received_bytes + ?, segments = segments + 1 WHERE id = ?').run(bytes, id);
  }

  update(id: Snowflake, changes: Partial<Pick<StoredMedia, 'state' | 'width' | 'height' | 'durationMs' | 'altText' | 'expiresAt'>>): void {
    const columns: Readonly<Record<string, string>> = {
      state: 'state',
      width: 'width',
      height: 'height',
      durationMs: 'duration_ms',
      altText: 'alt_text',
      expiresAt: 'expires_at',
    };
    const sets = Object.keys(changes)
      .filter((key) => columns[key] !== undefined)
      .map((key) => `${columns[key]} = @${key}`);
    if (sets.length === 0) return;
    this.db.prepare(`UPDATE media SET ${sets.join(', ')} WHERE id = @id`).run({ ...changes, id });
  }
}
