// The organisation file in force: found (locate.ts), read, validated, and watched. A file that
// fails validation never half-applies: the last good version stays in force and the error names the
// field. Removing the file removes its values and locks (IT took them back).
import { readFileSync, statSync, unwatchFile, watchFile } from 'node:fs';
import type { OrgLockable, OrganisationView } from '../../../shared/organisation';
import { describeOrganisationIssues, organisationFileSchema, type OrganisationFile } from '../../../shared/organisation-schema';
import { checkClientId } from '../accounts/client-id';
import type { OrganisationCandidate } from './locate';

/** Bigger than any real organisation file by far; refusing it keeps a wrong path from being slurped. */
const MAX_BYTES = 1024 * 1024;
const DEFAULT_POLL_MS = 2000;

export interface OrganisationSourceOptions {
  candidates: readonly OrganisationCandidate[];
  /** How often the candidate paths are checked for a change (fs.watchFile; tests shorten it). */
  pollMs?: number;
  now?: () => number;
}

type Read = { ok: true; file: OrganisationFile; text: string } | { ok: false; error: string };

function readCandidate(path: string): Read {
  let text: string;
  try {
    const size = statSync(path).size;
    if (size > MAX_BYTES) return { ok: false, error: `${path} is ${Math.round(size / 1024)} KB; an organisation file is at most 1 MB.` };
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { ok: false, error: `${path} could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}).` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `${path} is not valid JSON: ${(error as Error).message}` };
  }
  const parsed = organisationFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: `${path}: ${describeOrganisationIssues(parsed.error)}` };
  // The same shape check as Settings' (client-id.ts): a mistyped Client ID is caught before any connect.
  const clientId = parsed.data.x ? checkClientId(parsed.data.x.clientId) : null;
  if (clientId && !clientId.ok) return { ok: false, error: `${path}: x.clientId: ${clientId.reason}` };
  return { ok: true, file: parsed.data, text };
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export class OrganisationSource {
  readonly #candidates: readonly OrganisationCandidate[];
  readonly #pollMs: number;
  readonly #now: () => number;
  readonly #listeners = new Set<(view: OrganisationView) => void>();
  #applied: { file: OrganisationFile; text: string; source: OrganisationCandidate } | null = null;
  #error: string | null = null;
  #loadedAt: number | null = null;
  #watching = false;
  #pending: NodeJS.Timeout | null = null;

  constructor(options: OrganisationSourceOptions) {
    this.#candidates = options.candidates;
    this.#pollMs = options.pollMs ?? DEFAULT_POLL_MS;
    this.#now = options.now ?? Date.now;
    this.load();
  }

  /** Reads the candidates again; true when what is in force (or the error) changed. */
  load(): boolean {
    const before = this.#signature();
    const missingEnv = this.#candidates.find((candidate) => candidate.via === 'env' && !exists(candidate.path));
    const found = this.#candidates.find((candidate) => exists(candidate.path));
    let error: string | null = missingEnv ? `COLUMNS_ORG_CONFIG names ${missingEnv.path}, which does not exist.` : null;
    if (!found) {
      this.#applied = null;
    } else {
      const read = readCandidate(found.path);
      if (read.ok) this.#applied = { file: read.file, text: read.text, source: found };
      else error = `${read.error.replace(/\.?$/, '.')} The last good organisation settings stay in force.`;
    }
    this.#error = error;
    this.#loadedAt = this.#now();
    return this.#signature() !== before;
  }

  file(): OrganisationFile | null {
    return this.#applied?.file ?? null;
  }

  isLocked(key: OrgLockable): boolean {
    return this.#applied?.file.locked.includes(key) ?? false;
  }

  view(): OrganisationView {
    const applied = this.#applied;
    return {
      source: applied ? { path: applied.source.path, via: applied.source.via } : null,
      searched: this.#candidates.map((candidate) => ({ path: candidate.path, via: candidate.via })),
      file: applied?.file ?? null,
      error: this.#error,
      locked: applied ? [...applied.file.locked] : [],
      loadedAt: this.#loadedAt === null ? null : new Date(this.#loadedAt).toISOString(),
    };
  }

  /** Called after each change on disk that changed what is in force or the error. */
  onChange(listener: (view: OrganisationView) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Polls every candidate path (watchFile notices a file created, replaced, edited or removed). */
  watch(): void {
    if (this.#watching) return;
    this.#watching = true;
    for (const candidate of this.#candidates) {
      watchFile(candidate.path, { interval: this.#pollMs, persistent: false }, () => this.#changedOnDisk());
    }
  }

  close(): void {
    if (this.#pending) clearTimeout(this.#pending);
    this.#pending = null;
    if (!this.#watching) return;
    this.#watching = false;
    for (const candidate of this.#candidates) unwatchFile(candidate.path);
  }

  /** Editors write in several steps: read once the writing has settled. */
  #changedOnDisk(): void {
    if (this.#pending) clearTimeout(this.#pending);
    this.#pending = setTimeout(() => {
      this.#pending = null;
      if (!this.load()) return;
      const view = this.view();
      for (const listener of this.#listeners) listener(view);
    }, 100);
  }

  #signature(): string {
    return JSON.stringify([this.#applied?.source.path ?? null, this.#applied?.text ?? null, this.#error]);
  }
}
