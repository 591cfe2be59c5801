import { useId, useState } from 'react';
import { ACCOUNT_PALETTE, isHexColour } from './colour';

interface ColourPickerProps {
  value: string;
  onChange: (hex: string) => void;
  /** A problem the core found with the last choice. */
  error?: string | null;
}

/** A few ready colours as radio buttons, and a hex field for an organisation's own brand colour. */
export function ColourPicker({ value, onChange, error }: ColourPickerProps): React.JSX.Element {
  const name = useId();
  const hexId = useId();
  const hexErrorId = useId();
  const [hex, setHex] = useState(value);
  const [hexError, setHexError] = useState<string | null>(null);
  const [lastValue, setLastValue] = useState(value);
  if (value !== lastValue) {
    // The chosen colour changed elsewhere (a swatch, the core): show it in the hex field too.
    setLastValue(value);
    setHex(value);
  }

  const applyHex = (): void => {
    const candidate = hex.trim().startsWith('#') ? hex.trim() : `#${hex.trim()}`;
    if (!isHexColour(candidate)) {
      setHexError('Use six hex digits after #, such as #005eb8.');
      return;
    }
    setHexError(null);
    if (candidate.toLowerCase() !== value.toLowerCase()) onChange(candidate.toLowerCase());
  };

  const shownError = hexError ?? error ?? null;
  return (
    <fieldset className="colour-picker">
      <legend>Colour</legend>
      <p className="hint">Shown beside everything this account sends or receives, so you can tell accounts apart.</p>
      <div className="colour-picker__swatches">
        {ACCOUNT_PALETTE.map((colour) => (
          <label key={colour.hex} className="swatch" title={colour.name}>
            <input
              type="radio"
              name={name}
              className="visually-hidden"
              value={colour.hex}
              checked={value.toLowerCase() === colour.hex}
              onChange={() => onChange(colour.hex)}
              aria-label={colour.name}
            />
            <span className="swatch__chip" style={{ background: colour.hex }} aria-hidden="true" />
          </label>
        ))}
      </div>
      <div className="colour-picker__hex">
        <label htmlFor={hexId}>Or a hex colour</label>
        <span className="colour-picker__preview" style={{ background: isHexColour(value) ? value : 'transparent' }} aria-hidden="true" />
        <input
          id={hexId}
          className="input input--short"
          value={hex}
          spellCheck={false}
          autoComplete="off"
          aria-invalid={shownError ? true : undefined}
          aria-describedby={shownError ? hexErrorId : undefined}
          onChange={(event) => setHex(event.target.value)}
          onBlur={applyHex}
          onKeyDown={(event) => {
            if (event.key === 'Enter') applyHex();
          }}
        />
      </div>
      {shownError && (
        <p id={hexErrorId} className="field-error">
          {shownError}
        </p>
      )}
    </fieldset>
  );
}
