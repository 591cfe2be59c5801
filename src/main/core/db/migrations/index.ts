// Numbered migrations, tracked by PRAGMA user_version (STYLE: Signal's migrations/index).
// Append only: never edit a migration that has shipped; add the next number instead.
import type { Database } from 'better-sqlite3';
import { m001Settings } from './001-settings';
import { m002Accounts } from './002-accounts';

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [m001Settings, m002Accounts];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

MIGRATIONS.forEach((migration, index) => {
  if (migration.version !== index + 1) {
    throw new Error(`Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`);
  }
});
