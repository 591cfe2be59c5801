// Ingest 100k items into the column cache through ItemCache (in pages of 100, as polls deliver
// them, each page its own transaction), and a raw better-sqlite3 insert of the same rows in one
// transaction, on fresh files in the same run: both rates and their ratio (cache ÷ raw).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { AccountsRepository } from '../../src/main/core/accounts/repository';
import { sortKey, type CachedItem } from '../../src/main/core/columns/cached-item';
import { ColumnsStore } from '../../src/main/core/columns/config-store';
import { ItemCache } from '../../src/main/core/columns/item-cache';
import { openDatabase } from '../../src/main/core/db/open';
import { syntheticItems } from './synthetic-items';

export interface BenchLine {
  bench: string;
  value: number;
  unit: string;
}

const ITEMS = 100_000;
const PAGE = 100;

function makeItems(): CachedItem[] {
  return syntheticItems(ITEMS, (index) => `Reply ${index} to @HorizonsNHS about #Improve4Patients see https://nhs.uk/p/${index}`);
}

function freshDb(): { db: Database; dir: string; accountId: string; columnId: string } {
  const dir = mkdtempSync(join(tmpdir(), 'columns-bench-ingest-'));
  const { db } = openDatabase(join(dir, 'columns.db'));
  const account = new AccountsRepository(db).upsertConnected(
    { userId: '1', handle: 'HorizonsNHS', displayName: 'Horizons', avatarUrl: null, training: false, scope: [] },
    { kind: 'corporate', colour: '#005eb8' },
  );
  const column = new ColumnsStore(db).add({ kind: 'mentions', accountId: account.id, query: null, title: 'Mentions' });
  return { db, dir, accountId: account.id, columnId: column.id };
}

export function benchColumnsIngest(): BenchLine[] {
  const items = makeItems();

  const viaCache = freshDb();
  const cache = new ItemCache(viaCache.db);
  let started = performance.now();
  for (let at = 0; at < items.length; at += PAGE) cache.ingest(viaCache.accountId, items.slice(at, at + PAGE), [viaCache.columnId]);
  const cacheMs = performance.now() - started;
  viaCache.db.close();
  rmSync(viaCache.dir, { recursive: true, force: true });

  const raw = freshDb();
  const insertItem = raw.db.prepare('INSERT INTO items (account_id, id, sort_key, author_handle, data) VALUES (?, ?, ?, ?, ?)');
  const insertMember = raw.db.prepare('INSERT INTO column_items (column_id, account_id, item_id, sort_key) VALUES (?, ?, ?, ?)');
  started = performance.now();
  raw.db.transaction(() => {
    for (const item of items) {
      const key = sortKey(item.createdAt, item.id);
      insertItem.run(raw.accountId, item.id, key, item.author.handle, JSON.stringify(item));
      insertMember.run(raw.columnId, raw.accountId, item.id, key);
    }
  })();
  const rawMs = performance.now() - started;
  raw.db.close();
  rmSync(raw.dir, { recursive: true, force: true });

  const cacheRate = ITEMS / (cacheMs / 1000);
  const rawRate = ITEMS / (rawMs / 1000);
  return [
    { bench: 'columns_ingest_cache_100k', value: Math.round(cacheRate), unit: 'items/s' },
    { bench: 'columns_ingest_raw_one_transaction_100k', value: Math.round(rawRate), unit: 'items/s' },
    { bench: 'columns_ingest_cache_to_raw_ratio', value: Math.round((cacheRate / rawRate) * 100) / 100, unit: 'ratio' },
  ];
}

if (process.argv[1] && import.meta.url === `file://${process.argv[1]}`) {
  for (const line of benchColumnsIngest()) process.stdout.write(`${JSON.stringify(line)}\n`);
}
