import { useId, useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { getApi } from '../api';
import { errorMessage, fieldErrorOf } from '../api/error-message';
import { Dialog } from '../shell/Dialog';
import { AccountIdentity, KIND_LABELS } from './AccountIdentity';
import { LockNote } from '../settings/LockNote';
import { isLocked, useOrganisation } from '../settings/useOrganisation';
import { ColourPicker } from './ColourPicker';

// Not ACCOUNT_KINDS from shared/accounts: that module carries zod, which the renderer bundle does without.
const KINDS = Object.keys(KIND_LABELS) as AccountSummary['kind'][];

type Editable = Pick<AccountSummary, 'kind' | 'colour' | 'confirmBeforePosting' | 'requireAltText'>;

interface AccountSettingsDialogProps {
  account: AccountSummary;
  onUpdated: (account: AccountSummary) => void;
  onRemove: () => void;
  onClose: () => void;
}

const KIND_HINTS: Record<AccountSummary['kind'], string> = {
  corporate: 'An organisation or programme account, such as @HorizonsNHS.',
  personal: 'Your own account, which you post from as yourself.',
};

/** One account's own settings; every change is saved at once, as in Settings. */
export function AccountSettingsDialog({ account, onUpdated, onRemove, onClose }: AccountSettingsDialogProps): React.JSX.Element {
  const [pending, setPending] = useState<Partial<Editable>>({});
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const kindName = useId();
  const shown = { ...account, ...pending };
  const organisation = useOrganisation();
  // The organisation file's accounts apply to live accounts, matched by handle (organisation/accounts.ts).
  const listed = !account.training && (organisation?.file?.accounts ?? []).some((entry) => entry.handle.toLowerCase() === account.handle.toLowerCase());
  const locked = listed && isLocked(organisation, 'accounts');

  const save = (patch: Partial<Editable>): void => {
    setError(null);
    setPending((current) => ({ ...current, ...patch }));
    getApi()
      .call('accounts.update', { id: account.id, ...patch })
      .then((updated) => {
        onUpdated(updated);
        setPending({});
      })
      .catch((cause: unknown) => {
        setPending({});
        const field = fieldErrorOf(cause);
        setError(field ?? { field: null, message: errorMessage(cause) });
      });
  };

  return (
    <Dialog title={`Account settings: @${account.handle}`} onClose={onClose} testId="account-settings">
      <div className="account-settings__who">
        <AccountIdentity account={shown} size="large" />
      </div>
      {error && error.field !== 'colour' && (
        <p className="form-error" role="alert">
          {error.message}
        </p>
      )}
      <LockNote view={organisation} lock="accounts" isSet={listed} />
      <fieldset className="settings-section" disabled={locked}>
        <legend>Kind of account</legend>
        {KINDS.map((kind) => (
          <label key={kind} className="radio radio--described">
            <input
              type="radio"
              name={kindName}
              value={kind}
              checked={shown.kind === kind}
              onChange={() => save({ kind })}
            />
            <span>
              {KIND_LABELS[kind]}
              <span className="hint">{KIND_HINTS[kind]}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="settings-section account-settings__colour" disabled={locked}>
        <ColourPicker
          value={shown.colour}
          onChange={(colour) => save({ colour })}
          error={error?.field === 'colour' ? error.message : null}
        />
      </fieldset>
      <fieldset className="settings-section" disabled={locked}>
        <legend>Safety checks</legend>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={shown.confirmBeforePosting}
            onChange={(event) => save({ confirmBeforePosting: event.target.checked })}
          />
          <span>
            Confirm before posting
            <span className="hint">
              Columns asks &ldquo;Post as @{account.handle}?&rdquo; before anything is published or scheduled. On by
              default for corporate accounts.
            </span>
          </span>
        </label>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={shown.requireAltText}
            onChange={(event) => save({ requireAltText: event.target.checked })}
          />
          <span>
            Require alt text on images
            <span className="hint">
              An image cannot be posted until it has a description for people who use screen readers. On by default
              for corporate accounts.
            </span>
          </span>
        </label>
      </fieldset>
      <section className="settings-section danger-zone" aria-labelledby="remove-heading">
        <h3 id="remove-heading">Remove this account</h3>
        <p>Columns signs out of it and forgets its sign-in. Nothing is deleted on X.</p>
        <button type="button" className="button button--danger" onClick={onRemove}>
          Remove @{account.handle}…
        </button>
      </section>
    </Dialog>
  );
}
