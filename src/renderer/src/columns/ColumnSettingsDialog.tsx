// A column's title, filters (text, from, has media, exclude reposts), hiding handled posts, mute words, and removal.
import { useState } from 'react';
import type { ColumnConfig } from '../../../shared/columns';
import type { MethodInput } from '../../../shared/contract';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../shell/Dialog';
import { TextField } from '../shell/TextField';
import { parseMuteWords } from './mute-words';

interface ColumnSettingsDialogProps {
  column: ColumnConfig;
  onSave: (input: MethodInput<'columns.update'>) => Promise<void>;
  onRemove: () => Promise<void>;
  onClose: () => void;
}

export function ColumnSettingsDialog({ column, onSave, onRemove, onClose }: ColumnSettingsDialogProps): React.JSX.Element {
  const [title, setTitle] = useState(column.title);
  const [text, setText] = useState(column.filters.text ?? '');
  const [from, setFrom] = useState(column.filters.from ?? '');
  const [hasMedia, setHasMedia] = useState(column.filters.hasMedia);
  const [excludeReposts, setExcludeReposts] = useState(column.filters.excludeReposts);
  const [muteWords, setMuteWords] = useState(column.filters.muteWords.join('\n'));
  const [hideHandled, setHideHandled] = useState(column.filters.hideHandled);
  const [error, setError] = useState<string | null>(null);

  const save = (event: React.FormEvent): void => {
    event.preventDefault();
    onSave({
      id: column.id,
      title: title.trim() || column.title,
      filters: { text: text.trim() || null, from: from.trim() || null, hasMedia, excludeReposts, muteWords: parseMuteWords(muteWords), hideHandled },
    })
      .then(onClose)
      .catch((cause: unknown) => setError(errorMessage(cause)));
  };

  return (
    <Dialog title={`Column settings: ${column.title}`} onClose={onClose}>
      <form className="column-settings" onSubmit={save}>
        <TextField label="Title" value={title} onChange={(event) => setTitle(event.target.value)} />
        <fieldset>
          <legend>Show only posts</legend>
          <TextField label="Containing" hint="Words or a #hashtag" value={text} onChange={(event) => setText(event.target.value)} />
          <TextField label="From" hint="A handle, such as @NHSEngland" value={from} onChange={(event) => setFrom(event.target.value)} />
          <label className="checkbox">
            <input type="checkbox" checked={hasMedia} onChange={(event) => setHasMedia(event.target.checked)} /> With media
          </label>
          <label className="checkbox">
            <input type="checkbox" checked={excludeReposts} onChange={(event) => setExcludeReposts(event.target.checked)} /> Without reposts
          </label>
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" checked={hideHandled} onChange={(event) => setHideHandled(event.target.checked)} /> Hide posts marked handled
        </label>
        <div className="field">
          <label htmlFor="column-mute-words">Mute words in this column</label>
          <textarea id="column-mute-words" aria-describedby="column-mute-words-hint" rows={3} value={muteWords} onChange={(event) => setMuteWords(event.target.value)} />
          <span id="column-mute-words-hint" className="hint">
            One word or phrase a line. Posts containing them are hidden here.
          </span>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--danger" onClick={() => void onRemove().then(onClose, (cause: unknown) => setError(errorMessage(cause)))}>
            Remove column
          </button>
          <button type="submit" className="button button--primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
