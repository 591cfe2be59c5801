// The Activity column against the real HTTPS sandbox, real SQLite and the real keychain: other
// people's reposts of the account's posts come from GET /2/users/reposts_of_me into Activity and
// stay out of Mentions and All mentions (X's mentions timeline carries them too); a later poll
// brings only what is new (the endpoint has no since_id), billed as owned reads.
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnConfig, ColumnItem } from '../../../src/shared/columns';
import { call, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { startWithTwoAccounts } from '../../helpers/two-accounts';

const sandbox = useSandbox();
const tempDir = useTempDir();
const harnesses: Harness[] = [];

afterEach(async () => {
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
});

const REPOSTS_OF_ME = 'GET /2/users/reposts_of_me';
const requestsTo = async (endpoint: string): Promise<number> =>
  (await sandbox().admin<{ requestsPerEndpoint: Record<string, number> }>('GET', '/admin/stats')).body.requestsPerEndpoint[endpoint] ?? 0;

const items = async (h: Harness, column: ColumnConfig): Promise<ColumnItem[]> => (await call(h.core, 'columns.items', { id: column.id, limit: 200 })).items;
const texts = (list: readonly ColumnItem[]): string[] => list.map((item) => item.text);

describe('the Activity column', () => {
  it('holds reposts of the account’s posts, which Mentions and All mentions leave out', async () => {
    const { h, horizons, sch } = await setUp();
    const stamp = Date.now();
    const horizonsClient = sandbox().clientFor('HorizonsNHS');
    const schClient = sandbox().clientFor('Sch4Change');
    const own = await horizonsClient.v2.tweet(`Flu clinics open Saturday ${stamp}`);
    await schClient.v2.retweet(sch.userId, own.data.id);
    await schClient.v2.tweet(`@HorizonsNHS will the clinic take walk-ins? ${stamp}`);

    const activity = await call(h.core, 'columns.add', { kind: 'activity', accountId: horizons.id });
    expect(activity.title).toBe('Activity · @HorizonsNHS');
    const mentions = await call(h.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    const all = await call(h.core, 'columns.add', { kind: 'all_mentions' });

    const before = await requestsTo(REPOSTS_OF_ME);
    await call(h.core, 'columns.refresh', { id: activity.id });
    expect(await requestsTo(REPOSTS_OF_ME)).toBe(before + 1);
    const reposts = await items(h, activity);
    expect(texts(reposts)).toEqual([`RT @HorizonsNHS: Flu clinics open Saturday ${stamp}`]);
    expect(reposts[0]).toMatchObject({ accountId: horizons.id, author: { handle: 'Sch4Change' }, repostOf: { id: own.data.id, author: { handle: 'HorizonsNHS' } } });

    await call(h.core, 'columns.refresh', { id: mentions.id });
    await call(h.core, 'columns.refresh', { id: all.id });
    for (const column of [mentions, all]) {
      const listed = texts(await items(h, column));
      expect(listed).toContain(`@HorizonsNHS will the clinic take walk-ins? ${stamp}`);
      expect(listed.filter((text) => text.includes(`Flu clinics open Saturday ${stamp}`))).toEqual([]);
    }

    // Whom a post speaks to, for the cards of mixed columns: the mention addresses Horizons; a
    // search hit that does not mention it only reached it.
    const mention = (await items(h, mentions)).find((item) => item.text.includes('walk-ins'));
    expect(mention?.addressed).toBe(true);
    await schClient.v2.tweet(`Schools news #ActivityTest${stamp}`);
    const search = await call(h.core, 'columns.add', { kind: 'search', accountId: horizons.id, query: `#ActivityTest${stamp}` });
    await call(h.core, 'columns.refresh', { id: search.id });
    expect((await items(h, search)).map((item) => [item.text, item.addressed])).toEqual([[`Schools news #ActivityTest${stamp}`, false]]);

    // The next poll: without since_id at X, only the repost that is new counts as new.
    const another = await horizonsClient.v2.tweet(`Pharmacy hours ${stamp}`);
    await schClient.v2.retweet(sch.userId, another.data.id);
    const status = await call(h.core, 'columns.refresh', { id: activity.id });
    expect(status).toMatchObject({ columnId: activity.id, newCount: 1, waiting: null });
    expect(texts(await items(h, activity))).toEqual([`RT @HorizonsNHS: Pharmacy hours ${stamp}`, `RT @HorizonsNHS: Flu clinics open Saturday ${stamp}`]);
    expect((await call(h.core, 'columns.refresh', { id: activity.id })).newCount).toBe(1);

    const spend = await call(h.core, 'spend.get', {});
    expect(spend.accounts.find((entry) => entry.accountId === horizons.id)?.todayUsd).toBeGreaterThan(0);
  });
});

const setUp = () => startWithTwoAccounts(tempDir(), sandbox(), harnesses);
