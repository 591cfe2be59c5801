// Autosave: the composer's state goes to `drafts.save` shortly after each pause in typing. Saves run
// one after another so the first one's id is known before the next (never two drafts for one post).
import { useCallback, useEffect, useRef, useState } from 'react';
import { getApi } from '../api';
import { hasContent, type ComposerState } from './composer-state';
import { toDraftContent } from './draft-content';

const AUTOSAVE_MS = 800;

export type AutosaveStatus = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: string } | { kind: 'failed'; message: string };

export interface DraftAutosave {
  draftId: string | null;
  status: AutosaveStatus;
  /** Continue a saved draft (its id), or start afresh (null). */
  adopt: (id: string | null) => void;
  /** Saves now, if there is anything to save; resolves to the draft id. */
  flush: () => Promise<string | null>;
}

export function useDraftAutosave(state: ComposerState, enabled: boolean): DraftAutosave {
  const [draftId, setDraftId] = useState<string | null>(null);
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const idRef = useRef<string | null>(null);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(state);
  const savedContent = useRef<string | null>(null);

  useEffect(() => {
    latest.current = state;
  }, [state]);

  const save = useCallback((): Promise<string | null> => {
    const next = chain.current.then(async () => {
      const current = latest.current;
      if (!hasContent(current)) return idRef.current;
      const content = toDraftContent(current);
      const serialised = JSON.stringify(content);
      if (serialised === savedContent.current) return idRef.current;
      setStatus({ kind: 'saving' });
      try {
        const saved = await getApi().call('drafts.save', idRef.current ? { id: idRef.current, content } : { content });
        idRef.current = saved.id;
        savedContent.current = serialised;
        setDraftId(saved.id);
        setStatus({ kind: 'saved', at: saved.updatedAt });
        return saved.id;
      } catch (error) {
        setStatus({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
        return idRef.current;
      }
    });
    chain.current = next;
    return next;
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [state, enabled, save]);

  const adopt = useCallback((id: string | null) => {
    idRef.current = id;
    savedContent.current = null;
    setDraftId(id);
    setStatus({ kind: 'idle' });
  }, []);

  return { draftId, status, adopt, flush: save };
}
