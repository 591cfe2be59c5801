// Migration 011 on a real SQLite file: the composer's old autosaved drafts get their one meaning.
// The newest becomes the new post's unsaved text; the others become queue drafts (one per account,
// parts and media as they were, with an audit row); one naming no known account stays where it was.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/main/core/db/migrate';
import { APP_MIGRATIONS } from '../../../src/main/core/db/migrations/index';
import { openDatabase } from '../../../src/main/core/db/open';
import { UnsavedTextStore } from '../../../src/main/core/compose/unsaved-text-store';
import { useTempDir } from '../../helpers/temp-dir';

const content = (accountIds: string[], texts: string[], extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ version: 1, accountIds, shared: texts.map((text, i) => ({ key: `p${i + 1}`, text, media: i === 0 ? [{ id: 'm1', name: 'a.png' }] : [] })), variants: {}, replyTo: '', quoteOf: '', ...extra });

describe('migration 011 (unsaved text)', () => {
  const tempDir = useTempDir();

  it('moves the old autosaved drafts without losing one', () => {
    const file = join(tempDir(), 'columns.db');
    const old = new Database(file);
    migrate(old, APP_MIGRATIONS, 10);
    old.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('timeZone', '\"Europe/London\"', 'now')").run();
    old
      .prepare("INSERT INTO accounts (id, network, user_id, handle, display_name, kind, colour, confirm_before_posting, require_alt_text, created_at, updated_at) VALUES ('acc-h', 'x', '1', 'HorizonsNHS', 'NHS Horizons', 'corporate', '#005eb8', 1, 1, 'now', 'now'), ('acc-s', 'x', '2', 'sam_comms', 'Sam', 'personal', '#00a499', 0, 0, 'now', 'now')")
      .run();
    const insert = old.prepare('INSERT INTO drafts (id, content, created_at, updated_at) VALUES (?, ?, ?, ?)');
    insert.run('newest', content(['acc-h'], ['Still typing']), '2026-11-03T10:00:00.000Z', '2026-11-03T10:00:00.000Z');
    insert.run('pair', content(['acc-h', 'acc-s'], ['Thread one', 'Thread two']), '2026-11-02T10:00:00.000Z', '2026-11-02T10:00:00.000Z');
    insert.run('nobody', content([], ['No account chosen']), '2026-11-01T10:00:00.000Z', '2026-11-01T10:00:00.000Z');
    old.close();

    const { db } = openDatabase(file);
    expect(new UnsavedTextStore(db).get({ kind: 'new' })?.content).toMatchObject({ shared: [{ text: 'Still typing' }] });
    const posts = db.prepare("SELECT id, account_id, account_handle, state, due_at, zone, group_id FROM posts ORDER BY id").all();
    expect(posts).toEqual([
      { id: 'pair-1', account_id: 'acc-h', account_handle: 'HorizonsNHS', state: 'draft', due_at: null, zone: 'Europe/London', group_id: 'moved-pair' },
      { id: 'pair-2', account_id: 'acc-s', account_handle: 'sam_comms', state: 'draft', due_at: null, zone: 'Europe/London', group_id: 'moved-pair' },
    ]);
    expect(db.prepare("SELECT idx, text, media_ids FROM post_parts WHERE post_id = 'pair-2' ORDER BY idx").all()).toEqual([
      { idx: 0, text: 'Thread one', media_ids: '["m1"]' },
      { idx: 1, text: 'Thread two', media_ids: '[]' },
    ]);
    expect(db.prepare("SELECT from_state, to_state FROM post_transitions WHERE post_id = 'pair-1'").all()).toEqual([{ from_state: null, to_state: 'draft' }]);
    // Nothing is lost: the one that could not be moved is still where it was.
    expect(db.prepare('SELECT id FROM drafts').pluck().all()).toEqual(['nobody']);
    db.close();
  });
});
