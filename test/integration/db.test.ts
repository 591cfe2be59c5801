import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DatabaseFromFutureError, migrate, schemaVersion } from '../../src/main/core/db/migrate';
import { APP_MIGRATIONS } from '../../src/main/core/db/migrations/index';

const LATEST_VERSION = APP_MIGRATIONS.latest;
const MIGRATIONS = APP_MIGRATIONS.migrations;
import { openDatabase } from '../../src/main/core/db/open';
import { SANDBOX_MIGRATIONS } from '../../src/main/sandbox/store/migrations';
import { useTempDir } from '../helpers/temp-dir';

function schemaOf(db: Database.Database): string[] {
  return db
    .prepare<[], { sql: string }>("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all()
    .map((row) => row.sql.replace(/\s+/g, ' '));
}

describe('SQLite store', () => {
  const tempDir = useTempDir();

  it('opens with WAL and synchronous=FULL, foreign keys and a busy timeout, at the latest schema', () => {
    const { db, notices } = openDatabase(join(tempDir(), 'columns.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    // 2 is FULL: a commit the user saw ("Scheduled") is on disk before it is acknowledged.
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(notices).toEqual([]);
    db.close();
  });

  it('numbers migrations 1..n with no gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBeGreaterThanOrEqual(2);
  });

  it.each(Array.from({ length: LATEST_VERSION }, (_, v) => v))('upgrades a database from version %i', (from) => {
    const file = join(tempDir(), 'columns.db');
    const old = new Database(file);
    migrate(old, APP_MIGRATIONS, from);
    expect(schemaVersion(old)).toBe(from);
    if (from >= 1) old.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('theme', '\"dark\"', 'now')").run();
    old.close();

    const { db } = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    const fresh = new Database(':memory:');
    migrate(fresh);
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    if (from >= 1) expect(db.prepare("SELECT value FROM settings WHERE key = 'theme'").pluck().get()).toBe('"dark"');
    db.close();
    fresh.close();
  });

  it('keeps every column and the items it lists when migration 9 rebuilds columns for the activity kind', () => {
    const file = join(tempDir(), 'columns.db');
    const old = new Database(file);
    migrate(old, APP_MIGRATIONS, 8);
    // No accounts row: the item's account is not what this test is about.
    old.pragma('foreign_keys = OFF');
    old.prepare("INSERT INTO columns (id, kind, account_id, query, title, width, position, filters, created_at) VALUES ('c1', 'all_mentions', NULL, NULL, 'All mentions', 340, 0, '{}', 'now')").run();
    old.prepare("INSERT INTO items (account_id, id, sort_key, author_handle, data) VALUES ('a1', '42', '42', 'nurse', '{}')").run();
    old.prepare("INSERT INTO column_items (column_id, account_id, item_id, sort_key) VALUES ('c1', 'a1', '42', '42')").run();
    old.close();

    const { db } = openDatabase(file);
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(db.prepare('SELECT id, kind FROM columns').all()).toEqual([{ id: 'c1', kind: 'all_mentions' }]);
    expect(db.prepare('SELECT column_id, item_id FROM column_items').all()).toEqual([{ column_id: 'c1', item_id: '42' }]);
    db.prepare("INSERT INTO columns (id, kind, account_id, query, title, width, position, filters, created_at) VALUES ('c2', 'activity', NULL, NULL, 'Activity', 340, 1, '{}', 'now')").run();
    // The cascade still holds: removing a column removes what it listed.
    db.prepare("DELETE FROM columns WHERE id = 'c1'").run();
    expect(db.prepare('SELECT count(*) FROM column_items').pluck().get()).toBe(0);
    db.close();
  });

  it.each(Array.from({ length: SANDBOX_MIGRATIONS.latest }, (_, v) => v))('upgrades a sandbox database from version %i', (from) => {
    const file = join(tempDir(), 'sandbox.db');
    const old = new Database(file);
    migrate(old, SANDBOX_MIGRATIONS, from);
    if (from >= 1) old.prepare("INSERT INTO meta (key, value) VALUES ('seed', 'kept')").run();
    old.close();

    const { db } = openDatabase(file, { migrations: SANDBOX_MIGRATIONS });
    expect(schemaVersion(db)).toBe(SANDBOX_MIGRATIONS.latest);
    const fresh = new Database(':memory:');
    migrate(fresh, SANDBOX_MIGRATIONS);
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    if (from >= 1) expect(db.prepare("SELECT value FROM meta WHERE key = 'seed'").pluck().get()).toBe('kept');
    db.close();
    fresh.close();
  });

  it('rolls a failing migration back whole and leaves the version where it was', () => {
    const db = new Database(':memory:');
    migrate(db, APP_MIGRATIONS, 1);
    db.exec('CREATE TABLE accounts (id TEXT)'); // collides with migration 2
    expect(() => migrate(db)).toThrow();
    expect(schemaVersion(db)).toBe(1);
    db.close();
  });

  it('refuses a database from a newer Columns and leaves it untouched', () => {
    const file = join(tempDir(), 'columns.db');
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.close();
    const before = readFileSync(file);
    expect(() => openDatabase(file)).toThrow(DatabaseFromFutureError);
    expect(() => openDatabase(file)).toThrow(/newer version of Columns/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('moves a file that is not SQLite aside, keeps it, and starts fresh', () => {
    const dir = tempDir();
    const file = join(dir, 'columns.db');
    writeFileSync(file, 'these are my notes, not a database\n'.repeat(200));
    writeFileSync(`${file}-wal`, 'leftover journal from the same stranger');
    writeFileSync(`${file}-shm`, 'leftover shared memory');
    const { db, notices } = openDatabase(file, { now: () => new Date('2026-11-25T10:00:00Z') });
    expect(schemaVersion(db)).toBe(LATEST_VERSION);
    expect(notices).toHaveLength(1);
    expect(notices[0]?.code).toBe('database_moved_aside');
    const kept = readdirSync(dir).find((name) => name.startsWith('columns.db.damaged-'));
    expect(kept).toBeDefined();
    expect(notices[0]?.message).toContain(kept);
    expect(readFileSync(join(dir, kept!), 'utf8')).toContain('these are my notes');
    expect(readFileSync(join(dir, `${kept}-wal`), 'utf8')).toBe('leftover journal from the same stranger');
    // The -shm is SQLite's shared-memory index, rebuilt from the WAL (a read-only reader rewrites it); kept all the same.
    expect(existsSync(join(dir, `${kept}-shm`))).toBe(true);
    db.close();
  });

  it('moves a corrupted SQLite file aside and starts fresh', () => {
    const dir = tempDir();
    const file = join(dir, 'columns.db');
    const { db: original } = openDatabase(file);
    const insert = original.prepare('INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?)');
    for (let i = 0; i < 2000; i++) insert.run(`k${i}`, 'x'.repeat(200), 'now');
    original.pragma('wal_checkpoint(TRUNCATE)');
    original.close();
    // Scribble over the pages after the header: still "SQLite format 3", but damaged inside.
    const bytes = readFileSync(file);
    for (let i = 4096; i < bytes.length; i += 7) bytes[i] = 0xa5;
    writeFileSync(file, bytes);

    const { db, notices } = openDatabase(file);
    expect(notices.map((n) => n.code)).toEqual(['database_moved_aside']);
    expect(db.prepare('SELECT count(*) FROM settings').pluck().get()).toBe(0);
    const names = readdirSync(dir);
    const kept = names.find((name) => /^columns\.db\.damaged-[^-]+-[^-]+-[\dTZ-]+$/.test(name));
    expect(kept).toBeDefined();
    expect(readFileSync(join(dir, kept!)).subarray(0, 15).toString()).toBe('SQLite format 3');
    db.close();
  });

  it('creates its folder when it does not exist', () => {
    const file = join(tempDir(), 'nested', 'deeper', 'columns.db');
    const { db } = openDatabase(file);
    expect(existsSync(file)).toBe(true);
    db.close();
  });
});
