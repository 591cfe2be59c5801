import type { Database } from 'better-sqlite3';
import type { MigrationSet } from './migration';
import { APP_MIGRATIONS } from './migrations/index';

export class DatabaseFromFutureError extends Error {
  constructor(
    readonly owner: string,
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This database was written by a newer version of ${owner} (schema ${found}; this version understands up to ${supported}). ` +
        `Update ${owner} to open it. The file has not been changed.`,
    );
    this.name = 'DatabaseFromFutureError';
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertNotFromFuture(db: Database, set: MigrationSet = APP_MIGRATIONS): void {
  const current = schemaVersion(db);
  if (current > set.latest) throw new DatabaseFromFutureError(set.owner, current, set.latest);
}

/** Applies every pending migration up to `target`, each in its own transaction. */
export function migrate(db: Database, set: MigrationSet = APP_MIGRATIONS, target: number = set.latest): number[] {
  assertNotFromFuture(db, set);
  const current = schemaVersion(db);
  const applied: number[] = [];
  for (const migration of set.migrations) {
    if (migration.version <= current || migration.version > target) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
    applied.push(migration.version);
  }
  return applied;
}
