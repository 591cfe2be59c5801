// Files the user attached, kept by core under <dataDir>/media/<id> with a row in SQLite. The queue
// uploads from here when a post goes out, so a scheduled post does not depend on the original file.
import { randomUUID } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { MediaRef } from '../../../shared/queue';
import { MAX_ALT_TEXT_LENGTH } from '../../sandbox/media/limits';
import { AppError } from '../errors';
import { mediaProblem, sniffMedia } from './media-type';

interface MediaRow {
  id: string;
  name: string;
  mime_type: string;
  kind: MediaRef['kind'];
  bytes: number;
  alt_text: string | null;
}

const toRef = (row: MediaRow): MediaRef => ({
  id: row.id,
  name: row.name,
  mimeType: row.mime_type,
  kind: row.kind,
  bytes: row.bytes,
  altText: row.alt_text,
});

export interface NewMedia {
  name: string;
  bytes: Buffer;
  altText: string | null;
}

/** Empty alt text is no alt text; longer than X allows is refused. */
export function normaliseAltText(altText: string | null): string | null {
  const trimmed = altText?.trim() ?? '';
  if (trimmed === '') return null;
  if ([...trimmed].length > MAX_ALT_TEXT_LENGTH) {
    throw new AppError('invalid_input', `altText: alt text is ${[...trimmed].length} characters; X allows at most ${MAX_ALT_TEXT_LENGTH}.`);
  }
  return trimmed;
}

export class MediaStore {
  readonly #db: Database;
  readonly #folder: string;

  constructor(db: Database, dataDir: string) {
    this.#db = db;
    this.#folder = join(dataDir, 'media');
  }

  /** Sniffs the real type from the bytes, checks X's limits, then stores file and row. */
  add(media: NewMedia, now: Date = new Date()): MediaRef {
    const problem = mediaProblem(media.name, media.bytes, media.bytes.length);
    const type = sniffMedia(media.bytes);
    if (problem !== null || type === null) throw new AppError('invalid_input', problem ?? `${media.name} is not a file X accepts.`);
    const altText = normaliseAltText(media.altText);
    const id = randomUUID();
    mkdirSync(this.#folder, { recursive: true });
    const file = this.#path(id);
    // Written aside and renamed: a crash never leaves a half file under a real id.
    writeFileSync(`${file}.partial`, media.bytes);
    renameSync(`${file}.partial`, file);
    try {
      const at = now.toISOString();
      this.#db
        .prepare('INSERT INTO media (id, name, mime_type, kind, bytes, alt_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, media.name, type.mimeType, type.kind, media.bytes.length, altText, at, at);
    } catch (error) {
      rmSync(file, { force: true });
      throw error;
    }
    return this.get(id) as MediaRef;
  }

  get(id: string): MediaRef | null {
    const row = this.#db.prepare<[string], MediaRow>('SELECT id, name, mime_type, kind, bytes, alt_text FROM media WHERE id = ?').get(id);
    return row ? toRef(row) : null;
  }

  async read(id: string): Promise<Buffer> {
    if (!this.get(id)) throw new AppError('invalid_request', `No media has the id "${id}".`);
    return readFile(this.#path(id));
  }

  setAltText(id: string, altText: string | null, now: Date = new Date()): MediaRef {
    const normalised = normaliseAltText(altText);
    const changed = this.#db.prepare('UPDATE media SET alt_text = ?, updated_at = ? WHERE id = ?').run(normalised, now.toISOString(), id).changes;
    if (changed === 0) throw new AppError('invalid_request', `No media has the id "${id}".`);
    return this.get(id) as MediaRef;
  }

  /** Forgets a file no post uses (an import row that could not be scheduled). */
  remove(id: string): void {
    this.#db.prepare('DELETE FROM media WHERE id = ?').run(id);
    rmSync(this.#path(id), { force: true });
  }

  #path(id: string): string {
    // Ids are our own UUIDs; anything else never names a file.
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new AppError('invalid_request', `No media has the id "${id}".`);
    return join(this.#folder, id);
  }
}
