// Settings › Chat moderation words: for each kind of flag, the built-in words (read only) and the
// user's extra words, one per line. The core checks them again (moderation.words.set) and its
// errors are shown next to the field they name.
import { useId, useState, type FormEvent } from 'react';
import { moderationWordsSetSchema, type ModerationWords, type ModerationWordsView } from '../../../shared/chat';
import { getApi } from '../api';
import { errorMessage, fieldErrorOf } from '../api/error-message';
import { useLoaded } from '../api/useLoaded';
import { SaveRow } from './SaveRow';
import './settings.css';

type WordKind = keyof ModerationWords;
const KINDS: readonly { kind: WordKind; label: string; hint: string }[] = [
  { kind: 'spam', label: 'Possible spam', hint: 'Offers, links to money, follower sales.' },
  { kind: 'abusive', label: 'Abusive', hint: 'Slurs and threats: hide, mute or block.' },
  { kind: 'critical', label: 'Critical but civil', hint: 'Answered, never hidden (NHS guidance).' },
];
type Drafts = Record<WordKind, string>;
type Errors = Partial<Record<WordKind | 'form', string>>;

const linesOf = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
const draftsOf = (extra: ModerationWords): Drafts => ({ spam: extra.spam.join('\n'), abusive: extra.abusive.join('\n'), critical: extra.critical.join('\n') });

/** The same checks as the core, per kind, so each message sits by its own textarea. */
function check(drafts: Drafts): { words: ModerationWords } | Errors {
  const words: ModerationWords = { spam: linesOf(drafts.spam), abusive: linesOf(drafts.abusive), critical: linesOf(drafts.critical) };
  const parsed = moderationWordsSetSchema.safeParse({ words });
  if (parsed.success) return { words: parsed.data.words };
  const errors: Errors = {};
  for (const issue of parsed.error.issues) {
    const [, kind, line] = issue.path;
    if (kind !== 'spam' && kind !== 'abusive' && kind !== 'critical') continue;
    errors[kind] ??= typeof line === 'number' ? `Word ${line + 1}: ${issue.message}` : issue.message;
  }
  return errors;
}

export function ModerationWordsSection(): React.JSX.Element {
  const headingId = useId();
  const [view, setView, loadError] = useLoaded('moderation.words.get');
  return (
    <section className="settings-section moderation-words" aria-labelledby={headingId} data-testid="moderation-words">
      <h3 id={headingId}>Chat moderation words</h3>
      <p>Posts in a live chat that contain one of these words wait in the moderation lane. Matching ignores case.</p>
      {loadError && (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      )}
      {view && <WordsForm view={view} onSaved={setView} />}
    </section>
  );
}

function WordsForm({ view, onSaved }: { view: ModerationWordsView; onSaved: (view: ModerationWordsView) => void }): React.JSX.Element {
  const id = useId();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(view.extra));
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    setStatus('');
    const checked = check(drafts);
    if (!('words' in checked)) {
      setErrors(checked);
      return;
    }
    setErrors({});
    setBusy(true);
    getApi()
      .call('moderation.words.set', { words: checked.words })
      .then((saved) => {
        onSaved(saved);
        setDrafts(draftsOf(saved.extra));
        setStatus('Saved: the lane uses these words from the next post.');
      })
      .catch((cause: unknown) => {
        const field = fieldErrorOf(cause);
        const kind = field?.field.split('.')[1];
        if (field && (kind === 'spam' || kind === 'abusive' || kind === 'critical')) setErrors({ [kind]: field.message });
        else setErrors({ form: errorMessage(cause) });
      })
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} noValidate>
      {KINDS.map(({ kind, label, hint }) => {
        const fieldId = `${id}-${kind}`;
        const error = errors[kind];
        return (
          <fieldset key={kind} className="moderation-words__kind" data-kind={kind}>
            <legend>
              <span className={`kind-tag kind-tag--flag kind-tag--${kind}`}>{label}</span>
            </legend>
            <p className="hint" id={`${fieldId}-hint`}>
              {hint}
            </p>
            <p className="moderation-words__built-in" aria-label={`Built-in ${label} words`}>
              <span className="moderation-words__caption">Built in:</span> {view.builtIn[kind].join(', ')}
            </p>
            <div className="field">
              <label htmlFor={fieldId}>Your extra {label.toLowerCase()} words, one per line</label>
              <textarea
                id={fieldId}
                className="input moderation-words__text"
                rows={3}
                value={drafts[kind]}
                aria-invalid={error ? true : undefined}
                aria-describedby={[error ? `${fieldId}-error` : '', `${fieldId}-hint`].filter(Boolean).join(' ')}
                onChange={(event) => setDrafts({ ...drafts, [kind]: event.target.value })}
              />
              {error && (
                <p id={`${fieldId}-error`} className="field-error" role="alert">
                  {error}
                </p>
              )}
            </div>
          </fieldset>
        );
      })}
      <SaveRow error={errors.form} busy={busy} status={status}>
        {busy ? 'Saving…' : 'Save moderation words'}
      </SaveRow>
    </form>
  );
}
