// Opens the app's SQLite file: WAL with synchronous=FULL, foreign keys, busy timeout, migrations. A file that is not a
// database, or is damaged, is moved aside (never deleted) and the app starts fresh.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Notice } from '../../../shared/contract';
import { assertNotFromFuture, migrate } from './migrate';
import type { MigrationSet } from './migration';
import { APP_MIGRATIONS } from './migrations/index';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron); Node's build by default. */
  nativeBinding?: string;
  /** Which schema this file holds; the app's by default. */
  migrations?: MigrationSet;
  now?: () => Date;
  /**
   * When a commit is on disk. 'full' (the default): a commit the user saw ("Scheduled") survives a
   * power cut or an OS crash. 'normal' (SQLite's WAL default, kept for the sandbox and as the bench's
   * baseline) may roll the last commits back then.
   */
  synchronous?: 'full' | 'normal';
}

export interface OpenedDatabase {
  db: Database.Database;
  notices: Notice[];
}

const DAMAGE_CODES = /^SQLITE_(NOTADB|CORRUPT)/;

function isDamage(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && DAMAGE_CODES.test(code);
}

function bindingOption(options: OpenDatabaseOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

/**
 * Checks an existing file on a read-only connection, which can neither checkpoint nor delete the
 * WAL and SHM companions: a damaged database must be moved aside exactly as it was found.
 */
function inspect(file: string, options: OpenDatabaseOptions): void {
  if (!existsSync(file)) return;
  const db = new Database(file, { ...bindingOption(options), readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw Object.assign(new Error(`SQLite integrity check failed: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
    }
    assertNotFromFuture(db, options.migrations ?? APP_MIGRATIONS);
  } finally {
    db.close();
  }
}

function connect(file: string, options: OpenDatabaseOptions): Database.Database {
  const db = new Database(file, bindingOption(options));
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma(options.synchronous === 'normal' ? 'synchronous = NORMAL' : 'synchronous = FULL');
  return db;
}

/** Moves the damaged file and its WAL/SHM companions aside; returns the new main path. */
function moveAside(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = `${file}.damaged-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

export function openDatabase(file: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const now = options.now ?? (() => new Date());
  mkdirSync(dirname(file), { recursive: true });
  const notices: Notice[] = [];
  try {
    inspect(file, options);
  } catch (error) {
    if (!isDamage(error)) throw error;
    const at = now();
    const movedTo = moveAside(file, at);
    notices.push({
      code: 'database_moved_aside',
      message: `${(options.migrations ?? APP_MIGRATIONS).owner} could not read its database (${(error as Error).message}). The file was kept as ${movedTo} and a fresh one was started.`,
      at: at.toISOString(),
    });
  }
  const db = connect(file, options);
  try {
    migrate(db, options.migrations ?? APP_MIGRATIONS);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, notices };
}
