// The composer's last row: whether the unsaved text is kept, the form's error, and the two ways out.
// While Columns' engine cannot be reached (browser mode: it stopped, the laptop slept) nothing can
// be sent: the buttons wait and say why, and what the user wrote stays in the dialog.
import { useEngineReachable } from '../api/connection';
import { formatInstant } from './local-time';
import type { UnsavedStatus } from './useUnsavedText';

interface ComposerFooterProps {
  unsaved: UnsavedStatus;
  zone: string;
  locale: string;
  formError: string | null | undefined;
  busy: boolean;
  actionLabel: string;
  /** "Save draft", or "Move to drafts" for a scheduled post being edited; null where it cannot go (part of it is on X). */
  draftLabel: string | null;
  onSaveDraft: () => void;
  onPublish: () => void;
}

export function ComposerFooter({ unsaved, zone, locale, formError, busy, actionLabel, draftLabel, onSaveDraft, onPublish }: ComposerFooterProps): React.JSX.Element {
  const reachable = useEngineReachable();
  return (
    <div className="composer__footer">
      <span className="composer__saved hint" aria-live="off">
        {unsaved.kind === 'saving' && 'Keeping your text…'}
        {unsaved.kind === 'kept' && `Text kept ${formatInstant(unsaved.at, zone, locale).split(', ').pop() ?? ''} (not yet saved as a post)`}
        {unsaved.kind === 'failed' && `Text not kept: ${unsaved.message}`}
      </span>
      {formError && (
        <p className="field-error composer__form-error" role="alert">
          {formError}
        </p>
      )}
      {!reachable && (
        <p className="composer__offline" role="status" data-testid="composer-offline">
          Columns’ engine is not answering: nothing is sent until it is back. Your text stays here.
        </p>
      )}
      <div className="composer__actions">
        {draftLabel !== null && (
          <button type="button" className="button" onClick={onSaveDraft} disabled={busy || !reachable}>
            {draftLabel}
          </button>
        )}
        <button type="button" className="button button--primary" onClick={onPublish} disabled={busy || !reachable} data-testid="compose-publish">
          {busy ? 'Working…' : actionLabel}
        </button>
      </div>
    </div>
  );
}
