import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CachedItem } from '../../../src/main/core/columns/cached-item';
import { GlobalMuteWords } from '../../../src/main/core/columns/config-store';
import { itemFilter, NO_FILTERS } from '../../../src/main/core/columns/filters';
import { openDatabase } from '../../../src/main/core/db/open';
import { cachedItem, itemAuthor } from '../../helpers/items';

const item = (text: string, handle = 'someone', extra: Partial<CachedItem> = {}): CachedItem =>
  cachedItem('1', { text, createdAt: '2026-11-25T10:00:00.000Z', author: itemAuthor(handle, handle, '9'), ...extra });

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('itemFilter', () => {
  it('applies text, from, media, reposts and the column’s plus the global mute words', () => {
    expect(itemFilter({ ...NO_FILTERS, text: 'CLINIC' }, [])(item('clinic open'))).toBe(true);
    expect(itemFilter({ ...NO_FILTERS, from: '@Sam' }, [])(item('x', 'other'))).toBe(false);
    expect(itemFilter({ ...NO_FILTERS, hasMedia: true }, [])(item('x'))).toBe(false);
    expect(itemFilter({ ...NO_FILTERS, excludeReposts: true }, [])(item('x', 'a', { repostOf: { id: '2', author: item('').author } }))).toBe(false);
    expect(itemFilter({ ...NO_FILTERS, muteWords: ['spoiler'] }, [])(item('a SPOILER here'))).toBe(false);
    expect(itemFilter(NO_FILTERS, ['@troll'])(item('hi', 'Troll'))).toBe(false);
    expect(itemFilter(NO_FILTERS, ['vaccine myths'])(item('more Vaccine myths'))).toBe(false);
  });

  it('keeps the global mute words in the settings table (a real SQLite file)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'columns-mute-'));
    dirs.push(dir);
    const { db } = openDatabase(join(dir, 'columns.db'));
    const words = new GlobalMuteWords(db);
    expect(words.get()).toEqual([]);
    expect(words.set([' spam ', 'spam', 'scam'])).toEqual(['spam', 'scam']);
    db.close();
    const reopened = openDatabase(join(dir, 'columns.db')).db;
    expect(new GlobalMuteWords(reopened).get()).toEqual(['spam', 'scam']);
    reopened.close();
  });
});
