// The saved drafts, for the list; and the newest one, which the composer reopens with.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SavedDraft } from '../../../shared/compose';
import { getApi } from '../api';

export interface DraftLibrary {
  /** null until loaded (or when drafts cannot be listed). */
  drafts: SavedDraft[] | null;
  reload: () => void;
  remove: (id: string) => Promise<void>;
}

/** `onFirstLoad` hears the first list (newest first), e.g. to reopen the newest draft. */
export function useDraftLibrary(onFirstLoad: (drafts: SavedDraft[]) => void): DraftLibrary {
  const [drafts, setDrafts] = useState<SavedDraft[] | null>(null);
  const [version, setVersion] = useState(0);
  const firstLoad = useRef<((drafts: SavedDraft[]) => void) | null>(onFirstLoad);

  useEffect(() => {
    let cancelled = false;
    getApi()
      .call('drafts.list')
      .then((list) => {
        if (cancelled) return;
        const sorted = [...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
        setDrafts(sorted);
        firstLoad.current?.(sorted);
        firstLoad.current = null;
      })
      .catch(() => {
        if (cancelled) return;
        setDrafts([]);
        firstLoad.current?.([]);
        firstLoad.current = null;
      });
    return () => {
      cancelled = true;
    };
  }, [version]);

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const remove = useCallback(async (id: string) => {
    await getApi().call('drafts.delete', { id });
    setDrafts((current) => current?.filter((draft) => draft.id !== id) ?? null);
  }, []);

  return { drafts, reload, remove };
}
