// A launch asks for the column list, statuses and each column's first page with the shell's own
// first calls; each answer is taken once, while fresh, and later reads ask afresh.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../../src/renderer/src/api/client';
import { askColumnsEarly, FIRST_PAGE, takeEarlyList, takeEarlyPage, takeEarlyStatuses } from '../../../src/renderer/src/columns/early-columns';
import type { Transport } from '../../../src/shared/wire';

const COLUMNS = [{ id: 'c1' }, { id: 'c2' }];

function recordingApi() {
  const asked: [string, unknown][] = [];
  const transport: Transport = {
    kind: 'websocket',
    invoke: async (method, input) => {
      asked.push([method, input]);
      const value = method === 'columns.list' ? COLUMNS : method === 'columns.statuses' ? [] : { items: [], cursor: null };
      return { ok: true, value };
    },
    subscribe: () => () => undefined,
  };
  return { api: createApiClient(transport), asked };
}

afterEach(() => vi.useRealTimers());

describe('askColumnsEarly', () => {
  it('asks once for the list, the statuses and every column’s first page, each taken once while fresh', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { api, asked } = recordingApi();
    askColumnsEarly(api);
    askColumnsEarly(api);
    const list = takeEarlyList();
    expect(await list).toEqual(COLUMNS);
    expect(takeEarlyList()).toBeNull();
    expect(await takeEarlyStatuses()).toEqual([]);
    await Promise.resolve();
    expect(asked).toEqual([
      ['columns.list', {}],
      ['columns.statuses', {}],
      ['columns.items', { id: 'c1', limit: FIRST_PAGE }],
      ['columns.items', { id: 'c2', limit: FIRST_PAGE }],
    ]);
    expect(await takeEarlyPage('c1')).toEqual({ items: [], cursor: null });
    expect(takeEarlyPage('c1')).toBeNull();
    // A column first shown long after the launch reads afresh, never a stale early page.
    vi.setSystemTime(Date.now() + 6_000);
    expect(takeEarlyPage('c2')).toBeNull();
  });
});
