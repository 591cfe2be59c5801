// Queue slots in SQLite (migration 005): per account, replaced whole, gone with the account.
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../helpers/temp-dir';
import { addAccounts, DEFAULT_ACCOUNTS, openStores } from './harness';

describe('QueueSlotsStore', () => {
  const tempDir = useTempDir();
  const opened: { close(): void }[] = [];
  afterEach(() => opened.splice(0).forEach((stores) => stores.close()));

  it('replaces an account’s slots, keeps accounts apart, and drops them when the account is removed', () => {
    const dataDir = tempDir();
    const [horizons, sam] = addAccounts(dataDir, DEFAULT_ACCOUNTS);
    const stores = openStores(dataDir);
    opened.push(stores);
    stores.slots.set(sam?.id as string, [{ weekday: 5, time: '17:00' }]);
    expect(stores.slots.set(horizons?.id as string, [{ weekday: 2, time: '12:30' }, { weekday: 1, time: '09:00' }])).toEqual([
      { weekday: 1, time: '09:00' },
      { weekday: 2, time: '12:30' },
    ]);
    expect(stores.slots.set(horizons?.id as string, [{ weekday: 3, time: '08:15' }])).toEqual([{ weekday: 3, time: '08:15' }]);
    expect(stores.slots.get(sam?.id as string)).toEqual([{ weekday: 5, time: '17:00' }]);
    expect(stores.slots.set(sam?.id as string, [])).toEqual([]);

    stores.accounts.remove({ account: horizons as NonNullable<typeof horizons>, queuedPosts: 'keep', revoked: true });
    expect(stores.db.prepare('SELECT count(*) FROM queue_slots').pluck().get()).toBe(0);
  });
});
