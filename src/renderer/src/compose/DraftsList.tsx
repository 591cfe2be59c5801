// Drafts saved from the composer: resume one (the current one is saved first) or delete it.
import type { SavedDraft } from '../../../shared/compose';
import { draftSummary } from './draft-content';

interface DraftsListProps {
  drafts: SavedDraft[];
  currentId: string | null;
  locale: string;
  zone: string;
  onResume: (draft: SavedDraft) => void;
  onDelete: (draft: SavedDraft) => void;
}

export function DraftsList({ drafts, currentId, locale, zone, onResume, onDelete }: DraftsListProps): React.JSX.Element | null {
  const others = drafts.filter((draft) => draft.id !== currentId);
  if (others.length === 0) return null;
  const when = new Intl.DateTimeFormat(locale, { timeZone: zone, day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
  return (
    <details className="drafts" data-testid="compose-drafts">
      <summary>
        Other drafts ({others.length})
      </summary>
      <ul className="drafts__list">
        {others.map((draft) => {
          const summary = draftSummary(draft.content);
          return (
            <li key={draft.id} className="drafts__item">
              <span className="drafts__summary">{summary}</span>
              <span className="hint">Saved {when.format(new Date(draft.updatedAt))}</span>
              <span className="drafts__actions">
                <button type="button" className="button button--small" onClick={() => onResume(draft)} aria-label={`Resume draft: ${summary}`}>
                  Resume
                </button>
                <button type="button" className="button button--small" onClick={() => onDelete(draft)} aria-label={`Delete draft: ${summary}`}>
                  Delete
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
