// The one date field and the one time field of the app (composer, reschedule, tweet chats, queue
// times): a text input in the app's locale (en-GB: 03/12/2026 and a 24-hour 14:30, whatever the
// browser's language), checked as it is typed, with its error beside it and arrow keys that step the
// part under the caret.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Field } from './Field';
import { displayOf, formatOf, invalidMessage, segmentBounds, stepValue, valueOf, type WallClockKind } from './wall-clock-text';

interface WallClockFieldProps {
  kind: WallClockKind;
  label: ReactNode;
  /** 'YYYY-MM-DD' for a date, 'HH:mm' for a time; '' while there is none (or what is typed is not one). */
  value: string;
  locale: string;
  onChange: (value: string) => void;
  /** An error from the form (a missing start), shown when the field has none of its own. */
  error?: string | undefined;
  hint?: ReactNode;
}

export function WallClockField({ kind, label, value, locale, onChange, error, hint }: WallClockFieldProps): React.JSX.Element {
  const [text, setText] = useState(() => displayOf(kind, value, locale));
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  // The value this field last reported: a different one comes from outside (a suggested time, a
  // reset) and replaces the text; the same one must not undo what is being typed.
  const reported = useRef(value);
  useEffect(() => {
    if (value === reported.current) return;
    reported.current = value;
    setText(displayOf(kind, value, locale));
    setInvalid(false);
  }, [kind, value, locale]);

  const report = (next: string): void => {
    reported.current = next;
    if (next !== value) onChange(next);
  };

  const type = (typed: string): void => {
    setText(typed);
    const parsed = valueOf(kind, typed, locale);
    if (parsed !== null) setInvalid(false);
    report(parsed ?? '');
  };

  const step = (event: React.KeyboardEvent<HTMLInputElement>, delta: number): void => {
    const caret = event.currentTarget.selectionStart ?? 0;
    const stepped = stepValue(kind, value, text, caret, delta, locale);
    if (!stepped) return;
    event.preventDefault();
    const shown = displayOf(kind, stepped.value, locale);
    setText(shown);
    setInvalid(false);
    report(stepped.value);
    // Keep the same part selected, so that holding the key goes on stepping it.
    const [start, end] = segmentBounds(shown, stepped.segment);
    requestAnimationFrame(() => input.current?.setSelectionRange(start, end));
  };

  const format = formatOf(kind, locale);
  return (
    <Field label={label} hint={hint ?? (kind === 'date' ? format : `${format}, 24-hour`)} error={invalid ? invalidMessage(kind, locale) : error}>
      {(control) => (
        <input
          {...control}
          ref={input}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          placeholder={format}
          className="input input--short"
          value={text}
          onChange={(event) => type(event.target.value)}
          onBlur={() => {
            const parsed = valueOf(kind, text, locale);
            if (parsed === null) setInvalid(text.trim() !== '');
            else setText(displayOf(kind, parsed, locale));
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowUp') step(event, 1);
            else if (event.key === 'ArrowDown') step(event, -1);
          }}
        />
      )}
    </Field>
  );
}
