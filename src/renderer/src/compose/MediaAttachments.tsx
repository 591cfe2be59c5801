// A part's images, GIF or video: thumbnails from the local file (the CSP allows blob: images and
// media), or core's copy for restored or edited media (a name tile until it arrives); an alt text
// box for each; X's limits in words.
import { useId, useRef, useState } from 'react';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import type { AttachedMedia, ComposerAction, Part, ThreadId } from './composer-state';
import { ACCEPTED_MEDIA_TYPES, canAttach, MAX_ALT_TEXT } from './media-limits';
import { readAsBase64 } from './read-file';

const KIND_NAMES = { photo: 'Image', animated_gif: 'GIF', video: 'Video' } as const;

interface MediaListProps {
  thread: ThreadId;
  part: Part;
  /** "part 2", for labels that must be unique on the page. */
  partName: string;
  dispatch: (action: ComposerAction) => void;
  /** A part already on X: its media are shown, not changed. */
  readOnly?: boolean;
}

/** What is attached to a part, each with its thumbnail and alt text. */
export function MediaList({ thread, part, partName, dispatch, readOnly = false }: MediaListProps): React.JSX.Element | null {
  if (part.media.length === 0) return null;
  const remove = (item: AttachedMedia): void => {
    if (item.previewUrl) URL.revokeObjectURL(item.previewUrl);
    dispatch({ type: 'removeMedia', thread, key: part.key, mediaId: item.ref.id });
  };
  return (
    <ul className="media__list" aria-label={`Attached to ${partName}`}>
      {part.media.map((item) => (
        <MediaItem key={item.ref.id} item={item} onRemove={() => remove(item)} dispatch={dispatch} readOnly={readOnly} />
      ))}
    </ul>
  );
}

interface AddMediaButtonProps extends MediaListProps {
  /** The id of the sentence that explains X's limits (once per thread). */
  limitsId: string;
}

/** Picks files, checks them against X's limits first, and hands each to the core (`media.add`). */
export function AddMediaButton({ thread, part, partName, dispatch, limitsId }: AddMediaButtonProps): React.JSX.Element {
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const attach = async (files: File[]): Promise<void> => {
    setProblem(null);
    const kinds = part.media.map((item) => item.ref.kind);
    for (const file of files) {
      const verdict = canAttach(kinds, file);
      if (!verdict.ok) {
        setProblem(verdict.reason);
        return;
      }
      kinds.push(verdict.kind);
    }
    setBusy(true);
    try {
      for (const file of files) {
        const ref = await getApi().call('media.add', { name: file.name, mimeType: file.type, dataBase64: await readAsBase64(file), altText: null });
        dispatch({ type: 'addMedia', thread, key: part.key, media: { ref, previewUrl: URL.createObjectURL(file) } });
      }
    } catch (error) {
      setProblem(`Could not attach the file: ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" className="button button--small" onClick={() => input.current?.click()} disabled={busy} aria-describedby={limitsId}>
        {busy ? 'Attaching…' : <><span aria-hidden="true">+ </span>Image, GIF or video</>}
      </button>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={`Choose image, GIF or video for ${partName}`}
        accept={ACCEPTED_MEDIA_TYPES}
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void attach(files);
        }}
      />
      {problem && (
        <p className="field-error media__problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}

interface MediaItemProps {
  item: AttachedMedia;
  onRemove: () => void;
  dispatch: (action: ComposerAction) => void;
  readOnly: boolean;
}

function MediaItem({ item, onRemove, dispatch, readOnly }: MediaItemProps): React.JSX.Element {
  const altId = useId();
  const [saveError, setSaveError] = useState<string | null>(null);
  const { ref } = item;
  const alt = ref.altText ?? '';

  const saveAlt = (): void => {
    getApi()
      .call('media.setAltText', { id: ref.id, altText: alt.trim() === '' ? null : alt })
      .then(() => setSaveError(null))
      .catch((error: unknown) => setSaveError(`Alt text not saved: ${errorMessage(error)}`));
  };

  return (
    <li className="media__item">
      <MediaPreview item={item} />
      <div className="media__details">
        <span className="media__name">
          {KIND_NAMES[ref.kind]}: {ref.name}
        </span>
        <label htmlFor={altId} className="media__alt-label">
          Alt text for {ref.name}
        </label>
        <textarea
          id={altId}
          className="input media__alt"
          rows={2}
          maxLength={MAX_ALT_TEXT}
          value={alt}
          readOnly={readOnly}
          placeholder="Describe what is in it for people who cannot see it"
          onChange={(event) => dispatch({ type: 'setAltText', mediaId: ref.id, altText: event.target.value })}
          onBlur={saveAlt}
        />
        <span className="hint">
          {alt.length} / {MAX_ALT_TEXT}
        </span>
        {saveError && <p className="field-error">{saveError}</p>}
        {!readOnly && (
          <button type="button" className="button button--small media__remove" onClick={onRemove}>
            Remove {ref.name}
          </button>
        )}
      </div>
    </li>
  );
}

function MediaPreview({ item }: { item: AttachedMedia }): React.JSX.Element {
  if (item.previewUrl && item.ref.kind === 'video') {
    return <video className="media__thumb" src={item.previewUrl} muted preload="metadata" aria-hidden="true" />;
  }
  if (item.previewUrl) return <img className="media__thumb" src={item.previewUrl} alt="" />;
  return (
    <span className="media__thumb media__tile" aria-hidden="true">
      {KIND_NAMES[item.ref.kind]}
    </span>
  );
}
