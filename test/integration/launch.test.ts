// A restart serves the columns from the cache before anything touches the network: the X
// library (twitter-api-v2) is not loaded and the training sandbox not started by the launch or
// by the page's first calls, and the first refresh waits for its launch delay.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountsRepository } from '../../src/main/core/accounts/repository';
import { createCore } from '../../src/main/core/app';
import { ColumnsStore } from '../../src/main/core/columns/config-store';
import { ItemCache } from '../../src/main/core/columns/item-cache';
import { openDatabase } from '../../src/main/core/db/open';
import { DATABASE_FILE } from '../../src/main/core/paths';
import { loadedTwitterApi } from '../../src/main/core/providers/x/library';
import { call, testKeychainService } from '../helpers/accounts';
import { cachedItem } from '../helpers/items';
import { useTempDir } from '../helpers/temp-dir';

describe('launch from the cache', () => {
  const tempDir = useTempDir();

  it('answers the first page without loading twitter-api-v2 or starting the sandbox, and refreshes later', async () => {
    const dataDir = tempDir();
    const { db } = openDatabase(join(dataDir, DATABASE_FILE));
    const account = new AccountsRepository(db).upsertConnected(
      { userId: '1001', handle: 'HorizonsNHS', displayName: 'Horizons', avatarUrl: null, training: true, scope: ['tweet.read'] },
      { kind: 'corporate', colour: '#005eb8' },
    );
    const column = new ColumnsStore(db).add({ kind: 'mentions', accountId: account.id, query: null, title: 'Mentions' });
    new ItemCache(db).ingest(account.id, [cachedItem('1900000000000000001', { text: 'Thanks @HorizonsNHS', createdAt: new Date().toISOString() })], [column.id]);
    db.close();

    const launchedAt = Date.now();
    const core = createCore({ dataDir, mode: 'browser', version: '0.0.0', keychainService: testKeychainService(), firstRefreshAfterMs: 60_000 });
    try {
      const page = await call(core, 'columns.items', { id: column.id, limit: 40 });
      expect(page.items.map((item) => item.text)).toEqual(['Thanks @HorizonsNHS']);
      const status = (await call(core, 'columns.statuses', {})).find((candidate) => candidate.columnId === column.id);
      expect(Date.parse(status?.nextRefreshAt ?? '')).toBeGreaterThanOrEqual(launchedAt + 59_000);
      expect(loadedTwitterApi()).toBeNull();
      expect(core.training.current()).toBeNull();
    } finally {
      await core.close();
    }
  });
});
