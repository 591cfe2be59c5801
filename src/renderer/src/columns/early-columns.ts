// What a launch paints first, asked for together with the shell's own first calls rather than after
// the shell painted: the column list, their statuses and each column's first page. Each answer is
// taken once, by the first mount that needs it, and only while fresh; later reads (a reconnect, new
// filters, a column first shown minutes later) ask afresh.
import type { ColumnConfig, ColumnStatus } from '../../../shared/columns';
import type { MethodResult } from '../../../shared/contract';
import type { ApiClient } from '../api/client';

/** The first page only fills the screen (a column shows about 6 posts): less to send before the first paint. */
export const FIRST_PAGE = 40;

type ColumnPage = MethodResult<'columns.items'>;

/** An early answer older than this is left alone: it may be stale by the time a column mounts. */
const FRESH_MS = 5_000;

interface Early {
  askedAt: number;
  list: Promise<ColumnConfig[]> | null;
  statuses: Promise<ColumnStatus[]> | null;
  pages: Map<string, Promise<ColumnPage>>;
}

let early: Early | null = null;

/** Unclaimed answers must not surface as unhandled rejections: whoever takes one handles it. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

export function askColumnsEarly(api: ApiClient): void {
  if (early) return;
  const asked: Early = { askedAt: Date.now(), list: quiet(api.call('columns.list')), statuses: quiet(api.call('columns.statuses')), pages: new Map() };
  early = asked;
  asked.list
    ?.then((columns) => {
      for (const column of columns) asked.pages.set(column.id, quiet(api.call('columns.items', { id: column.id, limit: FIRST_PAGE })));
    })
    .catch(() => undefined);
}

const fresh = (): Early | null => (early && Date.now() - early.askedAt < FRESH_MS ? early : null);

export function takeEarlyList(): Promise<ColumnConfig[]> | null {
  const list = fresh()?.list ?? null;
  if (early) early.list = null;
  return list;
}

export function takeEarlyStatuses(): Promise<ColumnStatus[]> | null {
  const statuses = fresh()?.statuses ?? null;
  if (early) early.statuses = null;
  return statuses;
}

export function takeEarlyPage(columnId: string): Promise<ColumnPage> | null {
  const page = fresh()?.pages.get(columnId) ?? null;
  early?.pages.delete(columnId);
  return page;
}
