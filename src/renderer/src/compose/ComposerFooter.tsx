// The composer's last row: whether the draft is saved, the form's error, and the two ways out.
// While Columns' engine cannot be reached (browser mode: it stopped, the laptop slept) nothing can
// be sent: the buttons wait and say why, and what the user wrote stays in the dialog.
import { useEngineReachable } from '../api/connection';
import { formatInstant } from './local-time';
import type { AutosaveStatus } from './useDraftAutosave';

interface ComposerFooterProps {
  autosave: AutosaveStatus;
  zone: string;
  locale: string;
  formError: string | null | undefined;
  busy: boolean;
  actionLabel: string;
  onSaveDraft: () => void;
  onPublish: () => void;
}

export function ComposerFooter({ autosave, zone, locale, formError, busy, actionLabel, onSaveDraft, onPublish }: ComposerFooterProps): React.JSX.Element {
  const reachable = useEngineReachable();
  return (
    <div className="composer__footer">
      <span className="composer__saved hint" aria-live="off">
        {autosave.kind === 'saving' && 'Saving draft…'}
        {autosave.kind === 'saved' && `Draft saved ${formatInstant(autosave.at, zone, locale).split(', ').pop() ?? ''}`}
        {autosave.kind === 'failed' && `Draft not saved: ${autosave.message}`}
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
        <button type="button" className="button" onClick={onSaveDraft} disabled={busy || !reachable}>
          Save draft
        </button>
        <button type="button" className="button button--primary" onClick={onPublish} disabled={busy || !reachable} data-testid="compose-publish">
          {busy ? 'Working…' : actionLabel}
        </button>
      </div>
    </div>
  );
}
