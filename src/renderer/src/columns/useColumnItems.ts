// A column's items from the cache, with live arrivals held back while the user reads further down
// (TweetDeck's "N new"): only `showNew` puts them on top.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnItem } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { applyItemChanges } from './item-changes';
import { FIRST_PAGE, takeEarlyPage } from './early-columns';
import { mergeArrivals, placeByTime } from './merge-arrivals';

const PAGE = 200;

export interface ColumnItems {
  items: ColumnItem[];
  /** Arrived while the user was not at the top. */
  held: number;
  error: string | null;
  loading: boolean;
  hasMore: boolean;
  loadMore: () => void;
  /** Puts held items on top (call when the list is at its top). */
  showNew: () => void;
  /** An item the core sent back changed (after an action). */
  replace: (item: ColumnItem) => void;
}

export interface ColumnReading {
  /** The column reads the post queue (Scheduled, Sent…): it reads again when the queue changes. */
  local?: boolean;
  /** Handled posts leave the column. */
  hideHandled?: boolean;
}

/**
 * `atTop` must be stable (a useCallback): it decides whether arrivals go on top or wait. A new
 * `generation` reads the column again from the cache (what it may list has changed).
 */
export function useColumnItems(columnId: string, atTop: () => boolean, generation = 0, { local = false, hideHandled = false }: ColumnReading = {}): ColumnItems {
  // Bumped when this column alone must read again (the queue changed, a hidden post came back).
  const [own, setOwn] = useState(0);
  const reread = useCallback(() => setOwn((current) => current + 1), []);
  const [items, setItems] = useState<ColumnItem[]>([]);
  const shownRef = useRef(items);
  useEffect(() => {
    shownRef.current = items;
  }, [items]);
  const [held, setHeld] = useState<ColumnItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    const api = getApi();
    let cancelled = false;
    (takeEarlyPage(columnId) ?? api.call('columns.items', { id: columnId, limit: FIRST_PAGE }))
      .then((page) => {
        if (cancelled) return;
        setItems(page.items);
        setHeld([]);
        setCursor(page.cursor);
        setError(null);
      })
      .catch((cause: unknown) => !cancelled && setError(errorMessage(cause)))
      .finally(() => !cancelled && setLoading(false));
    const off = api.on('columns.items', ({ columnId: target, items: arrivals }) => {
      if (target !== columnId) return;
      setItems((shown) => {
        const { shown: next, fresh } = mergeArrivals(shown, arrivals);
        if (fresh.length === 0) return next;
        if (atTop()) return placeByTime(fresh, next);
        setHeld((waiting) => [...fresh.filter((item) => !waiting.some((w) => w.id === item.id)), ...waiting]);
        return next;
      });
    });
    // An action on a post anywhere (handled, liked…) shows at once in every column that has it.
    const offChanged = api.on('items.changed', (changed) => {
      setHeld((waiting) => applyItemChanges(waiting, changed, hideHandled).items);
      const applied = applyItemChanges(shownRef.current, changed, hideHandled);
      if (applied.returning) reread();
      else setItems((shown) => applyItemChanges(shown, changed, hideHandled).items);
    });
    const offQueue = local ? api.on('queue.changed', reread) : () => undefined;
    return () => {
      cancelled = true;
      off();
      offChanged();
      offQueue();
    };
  }, [columnId, atTop, generation, own, local, hideHandled, reread]);

  const loadMore = useCallback(() => {
    if (!cursor || loading) return;
    setLoading(true);
    getApi()
      .call('columns.items', { id: columnId, cursor, limit: PAGE })
      .then((page) => {
        setItems((shown) => {
          const known = new Set(shown.map((item) => item.id));
          return [...shown, ...page.items.filter((item) => !known.has(item.id))];
        });
        setCursor(page.cursor);
      })
      .catch((cause: unknown) => setError(errorMessage(cause)))
      .finally(() => setLoading(false));
  }, [columnId, cursor, loading]);

  const showNew = useCallback(() => {
    setHeld((waiting) => {
      const ids = new Set(waiting.map((item) => item.id));
      if (waiting.length > 0) setItems((shown) => placeByTime(waiting, shown.filter((item) => !ids.has(item.id))));
      return [];
    });
  }, []);

  const replace = useCallback((item: ColumnItem) => setItems((shown) => shown.map((s) => (s.id === item.id ? item : s))), []);

  return { items, held: held.length, error, loading, hasMore: cursor !== null, loadMore, showNew, replace };
}
