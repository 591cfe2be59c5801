// A chat's posts from the local store, with live arrivals held back while the user reads further
// down the stream (TweetDeck's "N new"): only `showNew` lets them in. The hashtag column's refresh
// status comes with each columns.status event; the rate budget is read again with it (throttled).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChatBudget, ChatEntry } from '../../../shared/chat';
import type { ColumnStatus } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { byTime, mergeEntries } from './merge-entries';

/** The budget is re-read at most this often (a columns.status event can come every few seconds). */
const BUDGET_EVERY_MS = 10_000;

export interface ChatFeedState {
  /** What the stream shows, oldest first. */
  entries: ChatEntry[];
  /** Every post so far including those held behind the bar, oldest first (the by-question view and the moderation lane add at their ends, so nothing the user reads moves). */
  all: ChatEntry[];
  /** Arrived while the user was reading further down. */
  held: number;
  refresh: ColumnStatus | null;
  budget: ChatBudget | null;
  error: string | null;
  loading: boolean;
  showNew: () => void;
  /** An entry's item changed after an action (the core sent it back). */
  replaceItem: (item: ChatEntry['item']) => void;
}

/** `atTop` must be stable (a useCallback): it decides whether arrivals go in or wait behind the bar. */
export function useChatFeed(chatId: string, columnId: string | null, atTop: () => boolean): ChatFeedState {
  const [entries, setEntries] = useState<ChatEntry[]>([]);
  const [held, setHeld] = useState<ChatEntry[]>([]);
  const [refresh, setRefresh] = useState<ColumnStatus | null>(null);
  const [budget, setBudget] = useState<ChatBudget | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const lastRead = useRef(0);

  const arrive = useCallback(
    (arrivals: ChatEntry[]) => {
      setEntries((shown) => {
        const { shown: next, fresh } = mergeEntries(shown, arrivals);
        if (fresh.length === 0) return next;
        if (atTop()) return [...next, ...fresh].sort(byTime);
        setHeld((waiting) => {
          const { shown: updated, fresh: added } = mergeEntries(waiting, fresh);
          return [...updated, ...added];
        });
        return next;
      });
    },
    [atTop],
  );

  const read = useCallback(
    (first: boolean) => {
      lastRead.current = Date.now();
      return getApi()
        .call('chat.feed', { id: chatId })
        .then((feed) => {
          if (first) setEntries(feed.entries);
          else arrive(feed.entries);
          if (feed.refresh) setRefresh(feed.refresh);
          setBudget(feed.budget);
          setError(null);
        })
        .catch((cause: unknown) => setError(errorMessage(cause)));
    },
    [chatId, arrive],
  );

  useEffect(() => {
    let cancelled = false;
    void read(true).finally(() => !cancelled && setLoading(false));
    const api = getApi();
    const offEntries = api.on('chat.entries', ({ chatId: target, entries: arrivals }) => {
      if (target === chatId) arrive(arrivals);
    });
    const offStatus = api.on('columns.status', (status) => {
      if (!columnId || status.columnId !== columnId) return;
      setRefresh(status);
      if (Date.now() - lastRead.current >= BUDGET_EVERY_MS) void read(false);
    });
    // A reconnect (or an account needing one) changes what the header says at once, budget too.
    const offAccounts = api.on('accounts.changed', () => void read(false));
    // The budget's window moves on even when nothing arrives.
    const timer = setInterval(() => void read(false), 30_000);
    return () => {
      cancelled = true;
      offEntries();
      offStatus();
      offAccounts();
      clearInterval(timer);
    };
  }, [chatId, columnId, read, arrive]);

  // Held entries already shown elsewhere may have changed: keep them current too.
  const showNew = useCallback(() => {
    setHeld((waiting) => {
      if (waiting.length > 0) {
        setEntries((shown) => {
          const { shown: next, fresh } = mergeEntries(shown, waiting);
          return [...next, ...fresh].sort(byTime);
        });
      }
      return [];
    });
  }, []);

  const replaceItem = useCallback((item: ChatEntry['item']) => {
    const swap = (list: ChatEntry[]): ChatEntry[] => (list.some((entry) => entry.item.id === item.id) ? list.map((entry) => (entry.item.id === item.id ? { ...entry, item } : entry)) : list);
    setEntries(swap);
    setHeld(swap);
  }, []);

  const all = useMemo(() => {
    if (held.length === 0) return entries;
    const { shown, fresh } = mergeEntries(entries, held);
    return [...shown, ...fresh].sort(byTime);
  }, [entries, held]);

  return { entries, all, held: held.length, refresh, budget, error, loading, showNew, replaceItem };
}
