import { describe, expect, it } from 'vitest';
import { actionFor, actionLayout, commandLabel, permissionFor, pressedFor, receiverText, visibleText } from '../../../src/renderer/src/columns/item-actions';
import { costLine, showsReceiver } from '../../../src/renderer/src/columns/column-kinds';
import { isWebUrl, postUrl, profileUrl } from '../../../src/renderer/src/columns/item-links';
import { exactTime, relativeAge } from '../../../src/renderer/src/columns/item-time';
import { muteWordsProblem, parseMuteWords } from '../../../src/renderer/src/columns/mute-words';
import { refreshText } from '../../../src/renderer/src/columns/refresh-status';
import { costBasis, costText } from '../../../src/renderer/src/columns/cost-basis';
import { mergeArrivals, placeByTime } from '../../../src/renderer/src/columns/merge-arrivals';
import type { ColumnItem, ColumnStatus, RequestCost } from '../../../src/shared/columns';
import { allAllowed, columnItem, itemAuthor } from '../../helpers/items';

function item(id: string, patch: Partial<ColumnItem> = {}): ColumnItem {
  return columnItem(id, {
    accountId: 'a1',
    author: itemAuthor('nurse_jo', 'Jo', 'u1'),
    allowed: { ...allAllowed(), like: { ok: false, reason: 'Your X plan does not include likes.' } },
    ...patch,
  });
}

function status(patch: Partial<ColumnStatus>): ColumnStatus {
  return { columnId: 'c1', nextRefreshAt: null, lastRefreshedAt: null, waiting: null, newCount: 0, cost: { usdPerDay: 0, requests: [], allColumnsUsdPerDay: 0 }, ...patch };
}

describe('item times', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it.each([
    ['2026-11-25T11:59:40Z', 'now'],
    ['2026-11-25T11:57:00Z', '3 min'],
    ['2026-11-25T09:00:00Z', '3 h'],
    ['2026-11-22T12:00:00Z', '3 d'],
    ['2026-11-04T12:00:00Z', '3 wk'],
  ])('%s is %s old', (instant, expected) => {
    expect(relativeAge(new Date(instant), now)).toBe(expected);
  });

  it('gives the exact time in en-GB, in the user zone', () => {
    expect(exactTime(new Date('2026-07-01T13:05:00Z'), 'en-GB', 'Europe/London')).toBe('Wed, 1 Jul 2026, 14:05 BST');
  });
});

describe('refresh status in words', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  it('counts down to the next refresh', () => {
    expect(refreshText(status({ nextRefreshAt: '2026-11-25T12:00:40Z' }), now)).toBe('Refreshes in 40 s');
    expect(refreshText(status({ nextRefreshAt: '2026-11-25T12:03:00Z' }), now)).toBe('Refreshes in 3 min');
    expect(refreshText(status({ nextRefreshAt: '2026-11-25T11:59:00Z' }), now)).toBe('Refreshing…');
  });
  it('says why it waits, before anything else', () => {
    expect(refreshText(status({ waiting: 'rate limit until 14:05', nextRefreshAt: '2026-11-25T12:00:40Z' }), now)).toBe('rate limit until 14:05');
  });
  it('names local columns and unknown status', () => {
    expect(refreshText(status({}), now)).toBe('Updates as posts change');
    expect(refreshText(undefined, now)).toBe('Not refreshed yet');
  });
  it('prices a day in dollars and shows its basis, shared requests named as shared', () => {
    const mentions: RequestCost = {
      label: '@HorizonsNHS mentions',
      intervalMs: 120_000,
      requestsPerDay: 720,
      postsPerDay: 14,
      postsReadPerDay: 14,
      billable: 'owned_read',
      priceUsd: 0.001,
      usdPerDay: 0.014,
      sharedWith: ['All mentions'],
    };
    expect(costText({ usdPerDay: 0, requests: [], allColumnsUsdPerDay: 0.05 })).toBe('No X cost');
    expect(costText({ usdPerDay: 0, requests: [{ ...mentions, postsPerDay: null }], allColumnsUsdPerDay: 0 })).toBe('Cost: after the first read');
    const cost = { usdPerDay: 0.014, requests: [mentions], allColumnsUsdPerDay: 0.5 };
    expect(costText(cost)).toBe('~$0.014 a day');
    expect(costBasis(cost)).toEqual([
      '@HorizonsNHS mentions: every 2 min × 24 h = 720 requests; ~14 posts/day read × $0.001/post (owned read) = $0.014/day',
      'Shared with All mentions: one request feeds them all and is billed once.',
      'X bills each post a read returns, and each poll returns only posts not read before.',
      'All columns together: ~$0.50 a day (shared requests counted once).',
    ]);
  });
});

describe('arrivals', () => {
  it('updates shown items in place and returns only unknown ones as fresh', () => {
    const shown = [item('2'), item('1')];
    const { shown: next, fresh } = mergeArrivals(shown, [item('3'), item('1', { handled: true })]);
    expect(fresh.map((i) => i.id)).toEqual(['3']);
    expect(next.map((i) => [i.id, i.handled])).toEqual([
      ['2', false],
      ['1', true],
    ]);
  });
  it('places new posts by time, not on top, when several requests answer out of order (All mentions)', () => {
    const at = (minute: number): string => `2026-12-02T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const shown = [item('50', { createdAt: at(50) }), item('30', { createdAt: at(30) }), item('10', { createdAt: at(10) })];
    // @sam_comms' request answered late with an older post and a newer one; the same minute ties on id.
    const placed = placeByTime([item('20', { createdAt: at(20) }), item('55', { createdAt: at(55) }), item('31', { createdAt: at(30) }), item('5', { createdAt: at(5) })], shown);
    expect(placed.map((i) => i.id)).toEqual(['55', '50', '31', '30', '20', '10', '5']);
    expect(placeByTime([], shown)).toEqual(shown);
  });
  it('keeps the same array when nothing shown changed', () => {
    const shown = [item('1')];
    expect(mergeArrivals(shown, [item('9')]).shown).toBe(shown);
  });
});

describe('item actions', () => {
  it('names the account every action acts as', () => {
    expect(commandLabel(item('1'), 'like', { handle: 'HorizonsNHS' })).toBe('Like as @HorizonsNHS');
    expect(commandLabel(item('1'), 'reply', { handle: 'HorizonsNHS' })).toBe('Reply as @HorizonsNHS');
    expect(commandLabel(item('1', { handled: true }), 'handled', { handle: 'HorizonsNHS' })).toBe('Mark not handled');
  });
  it('reads permissions from the item, handled is always local and allowed', () => {
    expect(permissionFor(item('1'), 'like')).toEqual({ ok: false, reason: 'Your X plan does not include likes.' });
    expect(permissionFor(item('1'), 'handled').ok).toBe(true);
  });
  it('lays the card out from the capability list: allowed everyday actions in the row, the refused ones in the menu with their reasons', () => {
    const refusedHide = { ok: false, reason: 'Only the account that started the conversation can hide replies in it.' };
    const layout = actionLayout(item('1', { allowed: { ...allAllowed(), like: { ok: false, reason: 'No likes on this plan.' }, hide: refusedHide } }));
    expect(layout.row).toEqual(['reply', 'repost', 'quote', 'handled']);
    expect(layout.menu).toEqual(['mute', 'block']);
    expect(layout.refused).toEqual([
      { command: 'like', reason: 'No likes on this plan.' },
      { command: 'hide', reason: refusedHide.reason },
    ]);
  });
  it('says which account a post reached: "mentions" only when it addresses it, otherwise "via"; only mixed and search columns say so', () => {
    expect(receiverText(item('1', { addressed: true }), { handle: 'HorizonsNHS' })).toBe('mentions @HorizonsNHS');
    expect(receiverText(item('1', { addressed: false }), { handle: 'HorizonsNHS' })).toBe('via @HorizonsNHS');
    expect(['all_mentions', 'search', 'mentions', 'home', 'activity'].filter((kind) => showsReceiver(kind as never))).toEqual(['all_mentions', 'search']);
  });
  it('prices a column kind from the price table when it has one, in words when not', () => {
    const usd = (amount: number): string => `$${amount}`;
    expect(costLine('owned_read', { owned_read: 0.001 }, usd)).toBe('X bills each post read · $0.001 each (owned read)');
    expect(costLine('post_read', null, usd)).toBe('X bills each post read');
    expect(costLine('free', { post_read: 0.005 }, usd)).toBe('From Columns’ own queue · free');
  });
  it('links only web addresses and builds x.com addresses', () => {
    expect(isWebUrl('https://nhs.uk')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(postUrl('nurse_jo', '123')).toBe('https://x.com/nurse_jo/status/123');
    expect(profileUrl('nurse_jo')).toBe('https://x.com/nurse_jo');
  });
});

describe('mute words', () => {
  it('splits lines and commas, trims and drops repeats', () => {
    expect(parseMuteWords('spam\n  crypto , spam\n\n')).toEqual(['spam', 'crypto']);
  });
  it('says what is wrong with a mute list before sending it', () => {
    expect(muteWordsProblem(['spam'], 500)).toBeNull();
    expect(muteWordsProblem(['a', 'b', 'c'], 2)).toBe('At most 2 mute words: remove 1.');
    expect(muteWordsProblem(['x'.repeat(101)], 500)).toMatch(/longer than 100 characters/);
  });
  it('offers the undo once liked, reposted or hidden, pressed, and runs the undo action', () => {
    const done = item('1', { state: { liked: true, reposted: true, hidden: true } });
    const fresh = item('1');
    for (const [command, undo, label, text] of [
      ['like', 'unlike', 'Unlike as @HorizonsNHS', 'Unlike'],
      ['repost', 'unrepost', 'Undo repost as @HorizonsNHS', 'Undo repost'],
      ['hide', 'unhide', 'Unhide reply as @HorizonsNHS', 'Unhide'],
    ] as const) {
      expect(pressedFor(done, command)).toBe(true);
      expect(pressedFor(fresh, command)).toBe(false);
      expect(actionFor(done, command)).toBe(undo);
      expect(actionFor(fresh, command)).toBe(command);
      expect(commandLabel(done, command, { handle: 'HorizonsNHS' })).toBe(label);
      expect(visibleText(done, command)).toBe(text);
    }
    expect(visibleText(fresh, 'hide')).toBe('Hide');
    expect(pressedFor(fresh, 'mute')).toBeUndefined();
    expect(actionFor(item('1', { handled: true }), 'handled')).toBe('unhandled');
  });
});
