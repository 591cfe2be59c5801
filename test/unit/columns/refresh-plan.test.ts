import { describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../../src/shared/accounts';
import type { ColumnConfig } from '../../../src/shared/columns';
import { hoursLeftInMonth, planIntervalMs, REFRESH_FLOOR_MS, spendPace } from '../../../src/main/core/streams/plan';
import { hasHashtag, itemsFor, planRequests } from '../../../src/main/core/streams/requests';

const unknown = { limit: null, remaining: null, resetInMs: null };

describe('planIntervalMs', () => {
  it('spreads the 15-minute window over the requests sharing the endpoint, never under the floor', () => {
    expect(planIntervalMs({ limit: 180, remaining: 180, resetInMs: 900_000 }, 1)).toBe(REFRESH_FLOOR_MS);
    expect(planIntervalMs({ limit: 15, remaining: 15, resetInMs: 900_000 }, 1)).toBe(60_000);
    expect(planIntervalMs({ limit: 15, remaining: 15, resetInMs: 900_000 }, 3)).toBe(180_000);
    expect(planIntervalMs(unknown, 1)).toBe(60_000);
  });

  it('slows down when what is left of the window would not last', () => {
    expect(planIntervalMs({ limit: 180, remaining: 2, resetInMs: 600_000 }, 1)).toBe(300_000);
  });

  it('multiplies by the spend factor', () => {
    expect(planIntervalMs({ limit: 180, remaining: 180, resetInMs: 900_000 }, 1, 4)).toBe(120_000);
  });
});

describe('spendPace (monthly cap rule)', () => {
  it('is normal without a cap or under it, slowed by future/left over it, stopped once reached', () => {
    expect(spendPace(5, 1, 100, null)).toEqual({ kind: 'normal' });
    expect(spendPace(5, 0.01, 100, 10)).toEqual({ kind: 'normal' });
    expect(spendPace(5, 0.1, 100, 10)).toEqual({ kind: 'slowed', factor: 2 });
    expect(spendPace(10, 0.1, 100, 10)).toEqual({ kind: 'stopped' });
  });

  it('counts hours to the end of the UTC month', () => {
    expect(hoursLeftInMonth(new Date('2026-11-30T23:00:00Z'))).toBe(1);
  });
});

describe('planRequests', () => {
  const account = (id: string, handle: string): AccountSummary => ({
    id, network: 'x', userId: `u${id}`, handle, displayName: handle, kind: 'corporate', colour: '#005eb8', avatarUrl: null, status: 'active', statusNote: null, training: false, confirmBeforePosting: true, requireAltText: true,
  });
  const column = (id: string, kind: ColumnConfig['kind'], accountId: string | null, query: string | null = null): ColumnConfig => ({
    id, kind, accountId, query, title: id, width: 340, position: 0, filters: { text: null, from: null, hasMedia: false, excludeReposts: false, muteWords: [], hideHandled: false },
  });

  it('shares one request between columns that need the same one, and all_mentions reads every account', () => {
    const accounts = [account('a', 'one'), account('b', 'two')];
    const specs = planRequests(
      [column('c1', 'mentions', 'a'), column('c2', 'mentions', 'a'), column('c3', 'all_mentions', null), column('c4', 'search', 'a', '#nhs'), column('c5', 'scheduled', 'a'), column('c6', 'user', 'a', '@two'), column('c7', 'user', 'a', 'someone')],
      accounts,
    );
    const byKey = Object.fromEntries(specs.map((spec) => [spec.key, spec.columnIds]));
    expect(byKey).toEqual({
      'a|mentions|': ['c1', 'c2', 'c3'],
      'b|mentions|': ['c3'],
      'a|search|#nhs': ['c4'],
      'a|user|ub': ['c6'],
      'a|search|from:someone': ['c7'],
    });
  });

  it('folds a hashtag search into a wider search of the same account that covers it, filtered locally', () => {
    const accounts = [account('a', 'one'), account('b', 'two')];
    const chat = '#Improve4Patients OR conversation_id:1900000000000000001';
    const specs = planRequests(
      [column('chat', 'search', 'a', chat), column('plain', 'search', 'a', '#improve4patients'), column('other', 'search', 'b', '#Improve4Patients'), column('part', 'search', 'a', '#Improve')],
      accounts,
    );
    const byKey = Object.fromEntries(specs.map((spec) => [spec.key, [spec.columnIds, spec.localHashtags ?? null]]));
    expect(byKey).toEqual({
      [`a|search|${chat}`]: [['chat', 'plain'], { plain: '#improve4patients' }],
      'b|search|#Improve4Patients': [['other'], null],
      'a|search|#Improve': [['part'], null],
    });
    const wide = specs.find((spec) => spec.columnIds.includes('plain'));
    if (!wide) throw new Error('no shared request');
    const items = [{ id: '1', text: 'A1 we ask patients #Improve4Patients' }, { id: '2', text: 'A reply in the thread, no tag' }, { id: '3', text: '#Improve4PatientsToo is another tag' }];
    const taken = itemsFor(wide, items);
    expect(taken.get('chat')?.map((item) => item.id)).toEqual(['1', '2', '3']);
    expect(taken.get('plain')?.map((item) => item.id)).toEqual(['1']);
    expect([hasHashtag('x #nhs.', '#NHS'), hasHashtag('x##nhs', '#nhs'), hasHashtag('#nhs_england', '#nhs')]).toEqual([true, false, false]);
  });
});
