// Columns against the real HTTPS sandbox, real SQLite files and the real keychain: two accounts'
// columns fill, a shared request feeds every column that needs it (the sandbox's own counters),
// new mentions count as "N new", a 429 makes the column wait with the reset time in words, hide
// is offered to the conversation owner only and works, a like refused by the pay-per-use plan
// shows as not allowed afterwards, spend is recorded, filters apply, and after a restart with X
// out of reach the cache still serves every item and the column says "offline".
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnConfig, ColumnItem } from '../../../src/shared/columns';
import { REASONS } from '../../../src/main/core/columns/permissions';
import { call, connectAs, freePort, startHarness, testKeychainService, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { startWithTwoAccounts, type TwoAccounts } from '../../helpers/two-accounts';

const sandbox = useSandbox();
const tempDir = useTempDir();
const harnesses: Harness[] = [];

afterEach(async () => {
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
});

const MENTIONS = 'GET /2/users/:id/mentions';
const mentionRequests = async (): Promise<number> =>
  (await sandbox().admin<{ requestsPerEndpoint: Record<string, number> }>('GET', '/admin/stats')).body.requestsPerEndpoint[MENTIONS] ?? 0;

const setUp = (): Promise<TwoAccounts> => startWithTwoAccounts(tempDir(), sandbox(), harnesses);

const items = async (h: Harness, column: ColumnConfig): Promise<ColumnItem[]> => (await call(h.core, 'columns.items', { id: column.id, limit: 200 })).items;
const byText = (list: ColumnItem[], text: string): ColumnItem => {
  const found = list.find((item) => item.text.includes(text));
  if (!found) throw new Error(`no item with "${text}" in ${JSON.stringify(list.map((item) => item.text))}`);
  return found;
};

describe('columns', () => {
  it('fills two accounts’ columns, shares one request, counts new mentions, acts within X’s rules, records spend', async () => {
    const { h, horizons, sch } = await setUp();
    const stamp = Date.now();
    const horizonsClient = sandbox().clientFor('HorizonsNHS');
    const schClient = sandbox().clientFor('Sch4Change');
    const root = await horizonsClient.v2.tweet(`Clinic hours this week, @Sch4Change ${stamp}`);
    await schClient.v2.reply(`@HorizonsNHS thanks for the hours ${stamp}`, root.data.id);
    await schClient.v2.tweet(`Hello @HorizonsNHS from schools #Improve4Patients ${stamp}`);
    await horizonsClient.v2.tweet(`Welcome @Sch4Change ${stamp}`);

    // The first live account started the desk (its Mentions and Scheduled): the test adds its own after them.
    const desk = (await call(h.core, 'columns.list', {})).map((column) => column.id);
    expect(desk).toHaveLength(2);
    const mentionsA = await call(h.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    const mentionsB = await call(h.core, 'columns.add', { kind: 'mentions', accountId: horizons.id, title: 'Mentions again' });
    const schMentions = await call(h.core, 'columns.add', { kind: 'mentions', accountId: sch.id });
    const all = await call(h.core, 'columns.add', { kind: 'all_mentions' });
    expect((await call(h.core, 'columns.list', {})).map((column) => column.id)).toEqual([...desk, mentionsA.id, mentionsB.id, schMentions.id, all.id]);

    // One request feeds both Horizons mentions columns and the all-mentions column's Horizons part.
    const before = await mentionRequests();
    await call(h.core, 'columns.refresh', { id: mentionsA.id });
    expect(await mentionRequests()).toBe(before + 1);
    const a = await items(h, mentionsA);
    expect(a.map((item) => item.text)).toEqual((await items(h, mentionsB)).map((item) => item.text));
    const reply = byText(a, `thanks for the hours ${stamp}`);
    const hello = byText(a, `Hello @HorizonsNHS from schools`);
    expect(reply.accountId).toBe(horizons.id);
    expect(hello.segments).toContainEqual({ kind: 'hashtag', text: '#Improve4Patients', tag: 'Improve4Patients' });
    // Newest first.
    expect(a.map((item) => item.createdAt)).toEqual([...a.map((item) => item.createdAt)].sort().reverse());

    // Hide is offered only where Horizons started the conversation; replying needs a summons (both mentioned it).
    expect(reply.allowed.hide).toEqual({ ok: true, reason: null });
    expect(hello.allowed.hide.ok).toBe(false);
    expect(hello.allowed.hide.reason).toMatch(/started the conversation/);
    expect(hello.allowed.reply.ok).toBe(true);
    expect(hello.allowed.block).toEqual({ ok: false, reason: 'X removed blocking from its API: open the profile on x.com.' });
    const hidden = await call(h.core, 'items.act', { accountId: horizons.id, itemId: reply.id, action: 'hide' });
    expect(hidden.id).toBe(reply.id);
    expect(sandbox().server.world.posts.get(reply.id)?.hidden).toBe(true);
    await expect(call(h.core, 'items.act', { accountId: horizons.id, itemId: hello.id, action: 'hide' })).rejects.toThrow(/started the conversation/);

    // Like and quote on pay-per-use (the X app's plan by default): disabled up front with the reason,
    // and a like asked for anyway is refused without a request to X.
    expect(hello.allowed.like).toEqual({ ok: false, reason: REASONS.planExcludesLikes });
    expect(hello.allowed.quote).toEqual({ ok: false, reason: REASONS.planExcludesLikes });
    const likeRequests = async (): Promise<number> =>
      (await sandbox().admin<{ requestsPerEndpoint: Record<string, number> }>('GET', '/admin/stats')).body.requestsPerEndpoint['POST /2/users/:id/likes'] ?? 0;
    const likesBefore = await likeRequests();
    await expect(call(h.core, 'items.act', { accountId: horizons.id, itemId: hello.id, action: 'like' })).rejects.toThrow(/plan does not include/);
    expect(await likeRequests()).toBe(likesBefore);
    // Told "enterprise" (wrongly: this X answers as pay-per-use), the like is offered, X refuses it
    // once, and the refusal is remembered for the account's items: the fallback.
    expect((await call(h.core, 'xApp.update', { plan: 'enterprise' })).plan).toBe('enterprise');
    expect(byText(await items(h, mentionsA), 'Hello @HorizonsNHS from schools').allowed.like.ok).toBe(true);
    await expect(call(h.core, 'items.act', { accountId: horizons.id, itemId: hello.id, action: 'like' })).rejects.toThrow(/plan/);
    expect(await likeRequests()).toBe(likesBefore + 1);
    const afterLike = byText(await items(h, mentionsA), 'Hello @HorizonsNHS from schools');
    expect(afterLike.allowed.like.ok).toBe(false);
    expect(afterLike.allowed.like.reason).toMatch(/plan/);
    expect(afterLike.state.liked).toBe(false);
    expect(afterLike.allowed.quote.ok).toBe(false);

    // Handled is local and persisted (mute: see item-state.test.ts).
    expect((await call(h.core, 'items.act', { accountId: horizons.id, itemId: hello.id, action: 'handled' })).handled).toBe(true);

    // A new mention arrives: the next poll (since_id) brings only it, "1 new" in both sharing columns.
    const events: string[] = [];
    h.core.events.subscribe((event, payload) => {
      if (event === 'columns.items') events.push((payload as { columnId: string }).columnId);
    });
    await schClient.v2.tweet(`Another one @HorizonsNHS ${stamp}`);
    const status = await call(h.core, 'columns.refresh', { id: mentionsB.id });
    expect(status).toMatchObject({ columnId: mentionsB.id, newCount: 1, waiting: null });
    expect(status.nextRefreshAt).not.toBeNull();
    // Its cost is the shared Horizons mentions request's, listed as shared, and counted once in the total.
    const [shared] = status.cost.requests;
    expect(status.cost.requests).toHaveLength(1);
    expect(shared?.label).toBe('@HorizonsNHS mentions');
    expect(shared?.billable).toBe('owned_read');
    expect(shared?.sharedWith).toEqual(expect.arrayContaining([mentionsA.title, all.title]));
    expect(status.cost.usdPerDay).toBeGreaterThan(0);
    const costs = (await call(h.core, 'columns.statuses', {})).map((s) => s.cost);
    const horizonsColumns = costs.filter((cost) => cost.requests.some((request) => request.label === '@HorizonsNHS mentions'));
    expect(horizonsColumns.length).toBeGreaterThanOrEqual(4);
    const perRequest = new Map(costs.flatMap((cost) => cost.requests.map((request) => [request.label, request.usdPerDay] as const)));
    expect(status.cost.allColumnsUsdPerDay).toBeCloseTo([...perRequest.values()].reduce((sum, usd) => sum + usd, 0), 9);
    expect(events).toEqual(expect.arrayContaining([mentionsA.id, mentionsB.id]));
    expect((await call(h.core, 'columns.statuses', {})).find((s) => s.columnId === mentionsA.id)?.newCount).toBe(1);
    expect((await call(h.core, 'columns.markSeen', { id: mentionsA.id })).newCount).toBe(0);

    // All mentions merges both accounts, each item naming the account that received it.
    await call(h.core, 'columns.refresh', { id: all.id });
    const merged = await items(h, all);
    expect(byText(merged, `Welcome @Sch4Change ${stamp}`).accountId).toBe(sch.id);
    expect(byText(merged, `Another one @HorizonsNHS ${stamp}`).accountId).toBe(horizons.id);

    // Filters: text, from, and mute words per column.
    await call(h.core, 'columns.update', { id: mentionsB.id, filters: { text: 'thanks' } });
    expect((await items(h, mentionsB)).map((item) => item.id)).toEqual([reply.id]);
    await call(h.core, 'columns.update', { id: mentionsB.id, filters: { text: null, from: '@Sch4Change', muteWords: ['hours', 'another'] } });
    expect((await items(h, mentionsB)).map((item) => item.id)).toEqual([hello.id]);

    // Spend: the reads were priced (owned reads) per account.
    const spend = await call(h.core, 'spend.get', {});
    expect(spend.settings.prices['owned_read']).toBe(0.001);
    const horizonsSpend = spend.accounts.find((entry) => entry.accountId === horizons.id);
    expect(horizonsSpend?.todayUsd).toBeGreaterThan(0);
    expect(horizonsSpend?.monthUsd).toBe(horizonsSpend?.todayUsd);

    // The monthly cap: once this month's spend reaches it, remote columns stop and say why.
    await call(h.core, 'spend.update', { monthlyCapUsd: 0.000001 });
    expect((await call(h.core, 'columns.statuses', {})).find((s) => s.columnId === mentionsA.id)).toMatchObject({
      waiting: 'monthly spend cap of $0.000001 reached',
      nextRefreshAt: null,
    });
    expect((await call(h.core, 'spend.update', { monthlyCapUsd: null })).monthlyCapUsd).toBeNull();

    // A 429: the column waits for the reset, in words.
    await sandbox().admin('POST', '/admin/faults', { count: 1, kind: '429', path: '/2/users/' });
    const limited = await call(h.core, 'columns.refresh', { id: schMentions.id });
    expect(limited.waiting).toMatch(/^rate limit until \d\d:\d\d$/);
    await sandbox().admin('POST', '/admin/faults/clear');

    // Reorder and remove persist.
    expect((await call(h.core, 'columns.reorder', { ids: [all.id] })).map((column) => column.id)).toEqual([all.id, ...desk, mentionsA.id, mentionsB.id, schMentions.id]);
    expect((await call(h.core, 'columns.remove', { id: schMentions.id })).map((column) => column.id)).toEqual([all.id, ...desk, mentionsA.id, mentionsB.id]);
  });

  it('refreshes on its own with one timer, sharing requests, and stops on close', async () => {
    const dir = tempDir();
    const keychainService = testKeychainService();
    const live = await startHarness(dir, sandbox(), { keychainService, refreshFloorMs: 150 });
    harnesses.push(live);
    const horizons = (await connectAs(live, sandbox(), 'HorizonsNHS')).account;
    if (!horizons) throw new Error('not connected');
    // Without the starting desk's columns (once their first poll is over): this test starts the first request itself.
    await expect.poll(async () => (await call(live.core, 'columns.statuses', {})).some((status) => status.lastRefreshedAt !== null), { timeout: 5000 }).toBe(true);
    for (const column of await call(live.core, 'columns.list', {})) await call(live.core, 'columns.remove', { id: column.id });
    const arrived: string[] = [];
    live.core.events.subscribe((event, payload) => {
      if (event === 'columns.items') arrived.push(...(payload as { items: ColumnItem[] }).items.map((item) => item.text));
    });
    const text = `Live mention @HorizonsNHS ${Date.now()}`;
    await sandbox().clientFor('Sch4Change').v2.tweet(text);
    const before = await mentionRequests();
    const first = await call(live.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    const second = await call(live.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    await expect.poll(() => arrived.filter((seen) => seen === text).length, { timeout: 5000 }).toBe(2);
    // One request fed both columns, and the next one is planned from X's window, not the floor.
    expect(await mentionRequests()).toBe(before + 1);
    const window = (await live.core.providerFor(horizons.id)).rateLimits().find((limit) => limit.endpoint === 'GET /2/users/:id/mentions');
    if (!window) throw new Error('no rate-limit window seen');
    const statuses = await call(live.core, 'columns.statuses', {});
    for (const id of [first.id, second.id]) {
      const status = statuses.find((s) => s.columnId === id);
      expect(status?.waiting).toBeNull();
      const planned = Date.parse(status?.nextRefreshAt ?? '') - Date.parse(status?.lastRefreshedAt ?? '');
      expect(planned).toBeGreaterThanOrEqual(Math.max(150, (15 * 60_000) / window.limit) - 50);
    }
    // No busy polling: nothing more until that time.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await mentionRequests()).toBe(before + 1);
    await live.core.close();
    const closed = await mentionRequests();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await mentionRequests()).toBe(closed);
    harnesses.splice(0);
  });

  it('serves the cache after a restart with X out of reach, and says offline', async () => {
    const { h, dir, keychainService, horizons } = await setUp();
    await sandbox().clientFor('Sch4Change').v2.tweet(`Offline check @HorizonsNHS ${Date.now()}`);
    const column = await call(h.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    await call(h.core, 'columns.refresh', { id: column.id });
    const online = await items(h, column);
    expect(online.length).toBeGreaterThan(0);
    await call(h.core, 'items.act', { accountId: horizons.id, itemId: online[0]?.id ?? '', action: 'handled' });
    await h.core.close();

    // Nothing listens on this port: X is out of reach.
    const dead = await freePort();
    const again = await startHarness(dir, sandbox(), { keychainService, streams: false, xApiBaseUrl: `https://127.0.0.1:${dead}`, requestTimeoutMs: 2000 });
    harnesses.splice(harnesses.indexOf(h), 1, again);
    const cached = await items(again, column);
    expect(cached.map((item) => item.id)).toEqual(online.map((item) => item.id));
    expect(cached[0]?.handled).toBe(true);
    const status = await call(again.core, 'columns.refresh', { id: column.id });
    expect(status.waiting).toBe('offline');
    expect(status.nextRefreshAt).not.toBeNull();

    // Local columns read the queue: a draft and a scheduled post, offline too, never actionable on X.
    const dueAt = new Date(Date.now() + 86_400_000).toISOString();
    await call(again.core, 'queue.create', { posts: [{ accountId: horizons.id, parts: [{ text: 'Draft about #flu' }] }], when: { kind: 'draft' }, confirmedAccountIds: [horizons.id] });
    await call(again.core, 'queue.create', { posts: [{ accountId: horizons.id, parts: [{ text: 'Tomorrow at the clinic' }] }], when: { kind: 'at', dueAt, zone: 'Europe/London' }, confirmedAccountIds: [horizons.id] });
    const drafts = await call(again.core, 'columns.add', { kind: 'drafts', accountId: horizons.id });
    const scheduled = await call(again.core, 'columns.add', { kind: 'scheduled', accountId: horizons.id });
    const [draft] = await items(again, drafts);
    expect(draft?.segments).toContainEqual({ kind: 'hashtag', text: '#flu', tag: 'flu' });
    expect(draft?.allowed.like).toEqual({ ok: false, reason: 'Not on X yet.' });
    expect((await items(again, scheduled)).map((item) => [item.text, item.createdAt])).toEqual([['Tomorrow at the clinic', dueAt]]);
    expect(await call(again.core, 'columns.refresh', { id: scheduled.id })).toMatchObject({ nextRefreshAt: null, waiting: null, cost: { usdPerDay: 0, requests: [] } });
  });
});
