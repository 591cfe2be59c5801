// X's post objects never say whether a reply is hidden, so a poll that reads a hidden reply again
// (the chat's search, a Mentions column) must not un-hide it locally; the account's own unhide does.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AccountsRepository } from '../../../src/main/core/accounts/repository';
import { ItemCache } from '../../../src/main/core/columns/item-cache';
import { openDatabase } from '../../../src/main/core/db/open';
import { cachedItem } from '../../helpers/items';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('the item cache and hidden replies', () => {
  it('keeps a hidden mark through later polls, and drops it only on unhide', () => {
    const { db } = openDatabase(join(tempDir(), 'columns.db'));
    const account = new AccountsRepository(db).upsertConnected({ userId: '1000', handle: 'HorizonsNHS', displayName: 'NHS Horizons', avatarUrl: null, training: false, scope: [] }, { kind: 'corporate', colour: '#005eb8' });
    const cache = new ItemCache(db);
    const spam = cachedItem('2000000000000000001', { text: 'Make £500 a day https://bit.ly/x' });
    cache.ingest(account.id, [spam], []);
    cache.put(account.id, { ...spam, hidden: true });
    // A later poll reads it again from X, which says nothing of hiding (hidden: false), and edits the text.
    cache.ingest(account.id, [{ ...spam, hidden: false, text: 'Make £500 a day https://bit.ly/x (edited)' }], []);
    expect(cache.get(account.id, spam.id)?.item).toMatchObject({ hidden: true, text: 'Make £500 a day https://bit.ly/x (edited)' });
    cache.put(account.id, { ...spam, hidden: false });
    cache.ingest(account.id, [{ ...spam, hidden: false }], []);
    expect(cache.get(account.id, spam.id)?.item.hidden).toBe(false);
    db.close();
  });
});
