// Migration 003 on a database that already holds accounts (version 2): settings default by kind,
// nothing lost, and the same X user may exist once as a live and once as a training account.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrate';
import { APP_MIGRATIONS } from '../../../src/main/core/db/migrations/index';
import { AccountsRepository } from '../../../src/main/core/accounts/repository';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('migration 003 (account settings)', () => {
  it('keeps version-2 accounts, turning confirm and alt text on for corporate ones', () => {
    const db = new Database(join(tempDir(), 'columns.db'));
    migrate(db, APP_MIGRATIONS, 2);
    const insert = db.prepare(
      `INSERT INTO accounts (id, network, user_id, handle, display_name, kind, colour, avatar_url, status, position, created_at)
       VALUES (?, 'x', ?, ?, ?, ?, '#1d9bf0', NULL, ?, ?, '2026-01-01T00:00:00.000Z')`,
    );
    insert.run('a', '1', 'HorizonsNHS', 'Horizons', 'corporate', 'active', 0);
    insert.run('b', '2', 'sam_comms', 'Sam', 'personal', 'needs_reauth', 1);
    migrate(db);
    const repo = new AccountsRepository(db);
    expect(repo.list().map((a) => [a.handle, a.kind, a.status, a.training, a.confirmBeforePosting, a.requireAltText])).toEqual([
      ['HorizonsNHS', 'corporate', 'active', false, true, true],
      ['sam_comms', 'personal', 'needs_reauth', false, false, false],
    ]);
    expect(db.prepare("SELECT updated_at FROM accounts WHERE id = 'a'").pluck().get()).toBe('2026-01-01T00:00:00.000Z');

    const identity = { userId: '1', handle: 'HorizonsNHS', displayName: 'Horizons', avatarUrl: null, scope: ['tweet.read'] };
    const training = repo.upsertConnected({ ...identity, training: true }, { kind: 'corporate', colour: '#7856ff' });
    expect(training.id).not.toBe('a');
    const live = repo.upsertConnected({ ...identity, training: false, handle: 'HorizonsNHS_renamed' }, { kind: 'personal', colour: '#000000' });
    expect(live).toMatchObject({ id: 'a', handle: 'HorizonsNHS_renamed', kind: 'corporate', colour: '#1d9bf0' });
    expect(repo.list()).toHaveLength(3);
    db.close();
  });
});
