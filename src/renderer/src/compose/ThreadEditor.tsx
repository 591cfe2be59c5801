// One thread (shared, or one account's variant): its parts in order, each with its text, exact
// length, media, and labelled buttons to move or remove it; a button to add a part at the end.
import { useId } from 'react';
import type { Measured } from '../../../shared/compose';
import type { ComposerAction, Part, ThreadId } from './composer-state';
import { LengthMeter } from './LengthMeter';
import { AddMediaButton, MediaList } from './MediaAttachments';
import { MEDIA_LIMITS_EXPLAINED } from './media-limits';
import { partTextId, slotId } from './slots';

const MAX_PARTS = 25;

interface ThreadEditorProps {
  thread: ThreadId;
  heading: React.ReactNode;
  parts: Part[];
  measured: Readonly<Record<string, Measured>>;
  stale: ReadonlySet<string>;
  /** Errors from the core, by slot. */
  errors: Readonly<Record<string, string>>;
  dispatch: (action: ComposerAction) => void;
  newKey: () => string;
  /** Parts already on X (a thread that stopped part-way): shown, not editable. */
  locked?: ReadonlySet<string>;
}

function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

export function ThreadEditor({ thread, heading, parts, measured, stale, errors, dispatch, newKey, locked }: ThreadEditorProps): React.JSX.Element {
  const many = parts.length > 1;
  const limitsId = useId();
  const addPart = (): void => {
    const key = newKey();
    dispatch({ type: 'addPart', thread, key });
    focusSoon(partTextId(thread, key));
  };

  return (
    <section className="thread" aria-label={typeof heading === 'string' ? heading : undefined}>
      <h3 className="thread__heading">{heading}</h3>
      <ol className="thread__parts">
        {parts.map((part, index) => {
          const slot = slotId(thread, part.key);
          const name = many ? `part ${index + 1}` : 'the post';
          const Name = many ? `Part ${index + 1} of ${parts.length}` : 'Post text';
          const textId = partTextId(thread, part.key);
          const meterId = `${textId}-length`;
          const errorId = `${textId}-error`;
          const onX = locked?.has(part.key) ?? false;
          const afterOnX = locked?.has(parts[index - 1]?.key ?? '') ?? false;
          const lockedId = `${textId}-on-x`;
          const move = (by: -1 | 1): void => {
            const target = index + by;
            if (target < 0 || target >= parts.length) return;
            dispatch({ type: 'movePart', thread, key: part.key, by });
          };
          return (
            <li key={part.key} className={onX ? 'part part--on-x' : 'part'} data-testid="compose-part">
              <div className="part__head">
                <label htmlFor={textId} className="part__label">
                  {Name}
                </label>
                <LengthMeter id={meterId} measured={measured[slot]} stale={stale.has(slot)} />
              </div>
              <textarea
                id={textId}
                className="input part__text"
                rows={4}
                value={part.text}
                readOnly={onX}
                aria-describedby={[meterId, errors[slot] ? errorId : '', onX ? lockedId : ''].filter(Boolean).join(' ')}
                aria-invalid={errors[slot] ? true : undefined}
                onChange={(event) => dispatch({ type: 'setText', thread, key: part.key, text: event.target.value })}
              />
              {errors[slot] && (
                <p id={errorId} className="field-error" role="alert">
                  {errors[slot]}
                </p>
              )}
              {onX && (
                <p id={lockedId} className="hint part__on-x">
                  Already on X: this part went out and cannot be changed.
                </p>
              )}
              <MediaList thread={thread} part={part} partName={name} dispatch={dispatch} readOnly={onX} />
              {!onX && (
              <div className="part__tools">
                <AddMediaButton thread={thread} part={part} partName={name} dispatch={dispatch} limitsId={limitsId} />
                {many && (
                  <span className="part__arrange" role="group" aria-label={`Arrange ${name}`}>
                    {/* aria-disabled rather than disabled: the button keeps focus after a move to the end. */}
                    <button type="button" className="button button--small" aria-disabled={index === 0 || afterOnX} onClick={() => !afterOnX && move(-1)}>
                      <span aria-hidden="true">↑ </span>Move {name} up
                    </button>
                    <button type="button" className="button button--small" aria-disabled={index === parts.length - 1} onClick={() => move(1)}>
                      <span aria-hidden="true">↓ </span>Move {name} down
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      onClick={() => {
                        const neighbour = parts[index - 1] ?? parts[index + 1];
                        dispatch({ type: 'removePart', thread, key: part.key });
                        if (neighbour) focusSoon(partTextId(thread, neighbour.key));
                      }}
                    >
                      Remove {name}
                    </button>
                  </span>
                )}
              </div>
              )}
            </li>
          );
        })}
      </ol>
      <div className="thread__foot">
        {parts.length < MAX_PARTS && (
          <button type="button" className="button button--small" onClick={addPart}>
            <span aria-hidden="true">+ </span>Add a part to the thread
          </button>
        )}
        <p id={limitsId} className="hint thread__limits">
          {MEDIA_LIMITS_EXPLAINED}
        </p>
      </div>
    </section>
  );
}
