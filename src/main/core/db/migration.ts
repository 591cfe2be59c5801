import type { Database } from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

/** An ordered list of migrations for one database file (the app's, the sandbox's). */
export interface MigrationSet {
  /** Who writes this file, for messages: "Columns", "the Columns sandbox". */
  owner: string;
  migrations: readonly Migration[];
  latest: number;
}

/** Versions must run 1..n with no gaps: append only, never renumber a shipped migration. */
export function defineMigrationSet(owner: string, migrations: readonly Migration[]): MigrationSet {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
    }
  });
  return { owner, migrations, latest: migrations.at(-1)?.version ?? 0 };
}
