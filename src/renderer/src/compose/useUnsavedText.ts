// "Unsaved text": what the person is writing, kept by core (`unsaved.*`) so it survives a reload,
// an engine loss and a new launch (browser mode's origin changes with its port, so the page's own
// storage would not do). Saved on every change, one save at a time with the latest state, and again
// when the page is hidden or left; restored when the composer opens in the same place of writing.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UnsavedScope } from '../../../shared/compose';
import { getApi } from '../api';
import { useEngineReachable } from '../api/connection';
import { errorMessage } from '../api/error-message';
import { hasContent, type ComposerState } from './composer-state';
import { fromUnsavedContent, toUnsavedContent } from './unsaved-content';

export type UnsavedStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'kept'; at: string } | { kind: 'failed'; message: string };

export interface UnsavedText {
  status: UnsavedStatus;
  /** Set when text from an earlier session came back: when it was kept. */
  restoredAt: string | null;
  /** Whether the first look in core has finished (nothing is saved before, so nothing is overwritten). */
  loaded: boolean;
  /** The post went to the queue (or the person started afresh): the kept text goes. */
  clear: () => Promise<void>;
}

interface Options {
  scope: UnsavedScope;
  state: ComposerState;
  /** Saving pauses while the post is being sent. */
  enabled: boolean;
  /** The state to restore into (kept text fills it); unknown accounts are dropped by the caller. */
  fallback: () => ComposerState;
  onRestore: (state: ComposerState) => void;
}

export function useUnsavedText({ scope, state, enabled, fallback, onRestore }: Options): UnsavedText {
  const [status, setStatus] = useState<UnsavedStatus>({ kind: 'idle' });
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [loaded, setLoaded] = useState(false);
  const scopeRef = useRef(scope);
  const latest = useRef(state);
  const saved = useRef<string | null>(null);
  /** What the composer opened with (an edited post as it is queued): nothing to keep until it changes. */
  const opening = useRef(JSON.stringify(toUnsavedContent(state)));
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const live = useRef({ enabled, loaded });

  useEffect(() => {
    latest.current = state;
    live.current = { enabled, loaded };
  });

  const saveNow = useCallback((): Promise<void> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const run = async (): Promise<void> => {
      do {
        again.current = false;
        const current = latest.current;
        const content = toUnsavedContent(current);
        const serialised = JSON.stringify(content);
        if (serialised === saved.current) continue;
        // Nothing written, or nothing changed yet: nothing to keep.
        if (saved.current === null && (!hasContent(current) || serialised === opening.current)) continue;
        setStatus({ kind: 'saving' });
        try {
          const kept = await getApi().call('unsaved.save', { scope: scopeRef.current, content });
          saved.current = serialised;
          setStatus({ kind: 'kept', at: kept.updatedAt });
        } catch (cause) {
          setStatus({ kind: 'failed', message: errorMessage(cause) });
        }
      } while (again.current);
    };
    const promise = run().finally(() => {
      inFlight.current = null;
    });
    inFlight.current = promise;
    return promise;
  }, []);

  // The first look: text kept for this place of writing comes back.
  useEffect(() => {
    let cancelled = false;
    getApi()
      .call('unsaved.get', { scope: scopeRef.current })
      .then((kept) => {
        if (cancelled || !kept) return;
        const read = fromUnsavedContent(kept.content, fallback());
        if (!read || !hasContent(read) || JSON.stringify(toUnsavedContent(read)) === opening.current) return;
        saved.current = JSON.stringify(toUnsavedContent(read));
        onRestore(read);
        setRestoredAt(kept.updatedAt);
      })
      .catch(() => undefined)
      .finally(() => {
        if (!cancelled) setLoaded(true);
      });
    return () => {
      cancelled = true;
    };
    // Once per composer: the scope does not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Every change is kept at once (not after a pause): a reload a moment later loses nothing. What
  // was typed while the engine could not be reached is kept as soon as it answers again.
  const reachable = useEngineReachable();
  useEffect(() => {
    if (loaded && enabled && reachable) void saveNow();
  }, [state, loaded, enabled, reachable, saveNow]);

  // And when the page is hidden or left (tab switch, reload, window closed).
  useEffect(() => {
    const flush = (): void => {
      if (live.current.loaded && live.current.enabled) void saveNow();
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    };
  }, [saveNow]);

  const clear = useCallback(async (): Promise<void> => {
    await inFlight.current?.catch(() => undefined);
    saved.current = null;
    setRestoredAt(null);
    setStatus({ kind: 'idle' });
    await getApi().call('unsaved.clear', { scope: scopeRef.current }).catch(() => undefined);
  }, []);

  return { status, restoredAt, loaded, clear };
}
