import { useState, type FormEvent } from 'react';
import { TextField } from '../shell/TextField';

interface OrganisationSecretStepProps {
  organisation: string;
  error: string | null;
  onSave: (secret: string) => void;
  onClose: () => void;
}

/** A confidential organisation app's secret, asked for once and kept in the keychain (never in the file). */
export function OrganisationSecretStep({ organisation, error, onSave, onClose }: OrganisationSecretStepProps): React.JSX.Element {
  const [secret, setSecret] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (secret.trim()) onSave(secret.trim());
  };
  return (
    <form onSubmit={submit} noValidate aria-label="The X app's secret">
      <h3>One thing first</h3>
      <p>
        {organisation}&apos;s X app needs its secret on this computer, once. Your IT team has it. Columns keeps it in your
        system keychain and never shows it again.
      </p>
      <TextField label="X app secret" type="password" value={secret} onChange={(event) => setSecret(event.target.value)} autoComplete="off" error={error ?? undefined} />
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Not now
        </button>
        <button type="submit" className="button button--primary" disabled={secret.trim() === ''}>
          Save and continue
        </button>
      </div>
    </form>
  );
}
