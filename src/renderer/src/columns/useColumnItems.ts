// A column's items from the cache, with live arrivals held back while the user reads further down
// (TweetDeck's "N new"): only `showNew` puts them on top.
import { useCallback, useEffect, useState } from 'react';
import type { ColumnItem } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { FIRST_PAGE, takeEarlyPage } from './early-columns';
import { mergeArrivals } from './merge-arrivals';

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

/**
 * `atTop` must be stable (a useCallback): it decides whether arrivals go on top or wait. A new
 * `generation` reads the column again from the cache (what it may list has changed).
 */
export function useColumnItems(columnId: string, atTop: () => boolean, generation = 0): ColumnItems {
  const [items, setItems] = useState<ColumnItem[]>([]);
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
        if (atTop()) return [...fresh, ...next];
        setHeld((waiting) => [...fresh.filter((item) => !waiting.some((w) => w.id === item.id)), ...waiting]);
        return next;
      });
    });
    return () => {
      cancelled = true;
      off();
    };
  }, [columnId, atTop, generation]);

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
      if (waiting.length > 0) setItems((shown) => [...waiting, ...shown.filter((item) => !ids.has(item.id))]);
      return [];
    });
  }, []);

  const replace = useCallback((item: ColumnItem) => setItems((shown) => shown.map((s) => (s.id === item.id ? item : s))), []);

  return { items, held: held.length, error, loading, hasMore: cursor !== null, loadMore, showNew, replace };
}
