// The global mute words: a post containing one is hidden from every column (each column also has
// its own list in its settings). Saved by the core, which the columns then read again.
import { useEffect, useState } from 'react';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../shell/Dialog';
import { Field } from '../shell/Field';
import { muteWordsProblem, parseMuteWords } from './mute-words';

/** muteWordsSetSchema's limit. */
const MAX_WORDS = 500;

interface MuteWordsDialogProps {
  onSaved: (words: string[]) => void;
  onClose: () => void;
}

export function MuteWordsDialog({ onSaved, onClose }: MuteWordsDialogProps): React.JSX.Element {
  const [text, setText] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let cancelled = false;
    getApi()
      .call('muteWords.get')
      .then((words) => !cancelled && setText(words.join('\n')))
      .catch((cause: unknown) => {
        if (cancelled) return;
        setText('');
        setError(`Could not read the mute words: ${errorMessage(cause)}`);
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const save = (event: React.FormEvent): void => {
    event.preventDefault();
    const words = parseMuteWords(text ?? '');
    const problem = muteWordsProblem(words, MAX_WORDS);
    if (problem) {
      setError(problem);
      return;
    }
    setBusy(true);
    getApi()
      .call('muteWords.set', { words })
      .then((saved) => {
        onSaved(saved);
        onClose();
      })
      .catch((cause: unknown) => setError(errorMessage(cause)))
      .finally(() => setBusy(false));
  };

  return (
    <Dialog title="Mute words in every column" onClose={onClose}>
      <form className="column-settings" onSubmit={save} noValidate>
        <Field
          label="Muted everywhere"
          hint="One word, phrase or @handle a line. Posts containing them are hidden from every column; upper and lower case count as the same."
          error={error}
        >
          {(control) => (
            <textarea
              {...control}
              rows={8}
              value={text ?? ''}
              disabled={text === null}
              onChange={(event) => {
                setText(event.target.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy || text === null}>
            Save mute words
          </button>
        </div>
      </form>
    </Dialog>
  );
}
