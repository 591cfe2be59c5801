// The composer's saved writing: autosave as it changes, reopen the newest draft on opening (unless
// the composer was started from a post), resume another, or start afresh.
import { useCallback, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { SavedDraft } from '../../../shared/compose';
import type { ComposerAction, ComposerState } from './composer-state';
import { fromDraftContent } from './draft-content';
import { useDraftAutosave, type DraftAutosave } from './useDraftAutosave';
import { useDraftLibrary, type DraftLibrary } from './useDraftLibrary';

export interface ComposerDrafts {
  autosave: DraftAutosave;
  library: DraftLibrary;
  /** When the reopened draft was last saved, or null for fresh writing. */
  restoredAt: string | null;
  startNew: () => Promise<void>;
  resume: (draft: SavedDraft) => Promise<void>;
  /** After the post went to the queue: its autosaved draft is no longer needed. */
  forget: () => Promise<void>;
}

interface Options {
  state: ComposerState;
  accounts: readonly AccountSummary[];
  enabled: boolean;
  /** Opened from a post: new writing, the newest draft does not replace it. */
  started: boolean;
  fresh: () => ComposerState;
  replace: (action: ComposerAction) => void;
}

export function useComposerDrafts({ state, accounts, enabled, started, fresh, replace }: Options): ComposerDrafts & { loaded: boolean } {
  const [loaded, setLoaded] = useState(false);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const autosave = useDraftAutosave(state, loaded && enabled);

  const restore = useCallback(
    (draft: SavedDraft): boolean => {
      const known = new Set(accounts.map((account) => account.id));
      const read = fromDraftContent(draft.content, fresh());
      if (!read) return false;
      replace({ type: 'replace', state: { ...read, accountIds: read.accountIds.filter((id) => known.has(id)) } });
      autosave.adopt(draft.id);
      setRestoredAt(draft.updatedAt);
      return true;
    },
    [accounts, fresh, replace, autosave],
  );

  const library = useDraftLibrary((drafts) => {
    const newest = drafts[0];
    if (newest && !started) restore(newest);
    setLoaded(true);
  });

  const startNew = async (): Promise<void> => {
    await autosave.flush();
    autosave.adopt(null);
    replace({ type: 'replace', state: fresh() });
    setRestoredAt(null);
    library.reload();
  };

  const resume = async (draft: SavedDraft): Promise<void> => {
    await autosave.flush();
    restore(draft);
    library.reload();
  };

  const forget = async (): Promise<void> => {
    const draftId = await autosave.flush();
    if (draftId) await library.remove(draftId).catch(() => undefined);
  };

  return { autosave, library, restoredAt, startNew, resume, forget, loaded };
}
