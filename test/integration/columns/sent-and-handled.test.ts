// Know it happened (real HTTPS sandbox, real SQLite files, real keychain): a sent post is in the
// Sent column as X has it (its X ids, a thread part by part, live actions, never "Not on X yet");
// marking a post handled is announced once as items.changed for every column showing it; a column
// that hides handled posts drops it and shows it again when it is marked not handled.
import { afterEach, describe, expect, it } from 'vitest';
import type { ColumnConfig, ColumnItem } from '../../../src/shared/columns';
import { REASONS } from '../../../src/main/core/columns/permissions';
import { call } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { startQueueHarness, type QueueHarness } from '../queue/queue-harness';

const sandbox = useSandbox();
const tempDir = useTempDir();
const harnesses: QueueHarness[] = [];

afterEach(async () => {
  for (const harness of harnesses.splice(0).reverse()) await harness.close();
});

const items = async (h: QueueHarness, column: ColumnConfig): Promise<ColumnItem[]> => (await call(h.core, 'columns.items', { id: column.id, limit: 200 })).items;

describe('the Sent column and handled posts', () => {
  it('lists sent posts by their X ids with live actions, and announces handled to every column at once', async () => {
    const h = await startQueueHarness(tempDir(), sandbox(), ['HorizonsNHS', 'Sch4Change'], { streams: false, refreshFloorMs: 50 });
    harnesses.push(h);
    const horizons = h.accounts['HorizonsNHS'];
    if (!horizons) throw new Error('no Horizons');
    const stamp = `k${Date.now()}`;

    const single = h.post('HorizonsNHS', [`Clinic open till 8 ${stamp}`]);
    const thread = h.post('HorizonsNHS', [`Thread one ${stamp}`, `Thread two ${stamp}`]);
    const posts = await h.until((all) => [single.id, thread.id].every((id) => all.find((post) => post.id === id)?.state === 'sent'));
    const sentSingle = posts.find((post) => post.id === single.id);
    const sentThread = posts.find((post) => post.id === thread.id);
    const [singleId] = sentSingle?.remoteIds ?? [];
    const [firstPart, secondPart] = sentThread?.remoteIds ?? [];
    expect(singleId).toMatch(/^\d+$/);
    expect(firstPart).toMatch(/^\d+$/);
    expect(secondPart).toMatch(/^\d+$/);

    const sent = await call(h.core, 'columns.add', { kind: 'sent', accountId: horizons.id });
    const shown = await items(h, sent);
    // Each part that went out is an item with its X id; the queue ids are not items.
    expect(shown.map((item) => item.id)).toEqual([secondPart, firstPart, singleId]);
    expect(shown.map((item) => item.text)).toEqual([`Thread two ${stamp}`, `Thread one ${stamp}`, `Clinic open till 8 ${stamp}`]);
    const second = shown[0];
    expect(second?.replyToId).toBe(firstPart);
    expect(second?.conversationId).toBe(firstPart);
    for (const item of shown) {
      expect(item.author.handle).toBe('HorizonsNHS');
      // Live actions for the account's own post: reply and repost yes, hide and mute say why not.
      expect(item.allowed.reply.ok).toBe(true);
      expect(item.allowed.repost.ok).toBe(true);
      expect(item.allowed.hide.reason).toBe(REASONS.hideOwn);
      expect(Object.values(item.allowed).map((permission) => permission.reason)).not.toContain(REASONS.local);
    }

    // A mention of the account, in two columns of it (Mentions and a search), one of which hides handled posts.
    const mention = await sandbox().clientFor('Sch4Change').v2.tweet(`@HorizonsNHS thanks for the clinic ${stamp}`);
    const mentions = await call(h.core, 'columns.add', { kind: 'mentions', accountId: horizons.id });
    const search = await call(h.core, 'columns.add', { kind: 'search', accountId: horizons.id, query: stamp });
    for (const column of [mentions, search]) await call(h.core, 'columns.refresh', { id: column.id });
    const updated = await call(h.core, 'columns.update', { id: search.id, filters: { hideHandled: true } });
    expect(updated.filters.hideHandled).toBe(true);
    await expect(call(h.core, 'columns.update', { id: search.id, filters: { hideHandled: 'yes' as unknown as boolean } })).rejects.toThrow(/hideHandled/);

    const changes: ColumnItem[][] = [];
    h.core.events.subscribe((event, payload) => {
      if (event === 'items.changed') changes.push(payload as ColumnItem[]);
    });
    await call(h.core, 'items.act', { accountId: horizons.id, itemId: mention.data.id, action: 'handled' });
    expect(changes).toHaveLength(1);
    expect(changes[0]?.map((item) => [item.accountId, item.id, item.handled])).toEqual([[horizons.id, mention.data.id, true]]);
    expect((await items(h, mentions)).find((item) => item.id === mention.data.id)?.handled).toBe(true);
    expect((await items(h, search)).map((item) => item.id)).not.toContain(mention.data.id);

    // A sent post takes actions like any other: handled, then hidden from a Sent column that hides handled.
    await call(h.core, 'items.act', { accountId: horizons.id, itemId: singleId ?? '', action: 'handled' });
    expect(changes[1]?.[0]?.id).toBe(singleId);
    await call(h.core, 'columns.update', { id: sent.id, filters: { hideHandled: true } });
    expect((await items(h, sent)).map((item) => item.id)).toEqual([secondPart, firstPart]);

    await call(h.core, 'items.act', { accountId: horizons.id, itemId: mention.data.id, action: 'unhandled' });
    expect(changes[2]?.[0]?.handled).toBe(false);
    expect((await items(h, search)).map((item) => item.id)).toContain(mention.data.id);
  });
});
