import type { Database } from 'better-sqlite3';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer Columns (schema ${found}; this version understands up to ${supported}). ` +
        'Update Columns to open it. The file has not been changed.',
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotFromFuture(db: Database): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) throw new DatabaseFromFutureError(current, LATEST_VERSION);
}

/** Applies every pending migration up to `target`, each in its own transaction. */
export function migrate(db: Database, target: number = LATEST_VERSION): number[] {
  assertNotFromFuture(db);
  const current = schemaVersion(db);
  const applied: number[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
