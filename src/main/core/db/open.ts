// Opens the app's SQLite file: WAL, foreign keys, busy timeout, migrations. A file that is not a
// database, or is damaged, is moved aside (never deleted) and the app starts fresh.
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Notice } from '../../../shared/contract';
import { migrate } from './migrate';

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron); Node's build by default. */
  nativeBinding?: string;
  now?: () => Date;
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

function connect(file: string, options: OpenDatabaseOptions): Database.Database {
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw Object.assign(new Error(`SQLite integrity check failed: ${String(check)}`), { code: 'SQLITE_CORRUPT' });
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
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
  let db: Database.Database;
  try {
    db = connect(file, options);
  } catch (error) {
    if (!isDamage(error)) throw error;
    const at = now();
    const movedTo = moveAside(file, at);
    notices.push({
      code: 'database_moved_aside',
      message: `Columns could not read its database (${(error as Error).message}). The file was kept as ${movedTo} and Columns started with a fresh one.`,
      at: at.toISOString(),
    });
    db = connect(file, options);
  }
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return { db, notices };
}
