// Add a column: what it shows (a list of cards, each saying what it shows and what it costs), which
// account it reads as (with its colour), and the search or user.
import { useId, useState } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnKind } from '../../../shared/columns';
import type { MethodInput } from '../../../shared/contract';
import { errorMessage } from '../api/error-message';
import { useLoaded } from '../api/useLoaded';
import { formatUsd } from '../settings/spend-form';
import { Dialog } from '../shell/Dialog';
import { TextField } from '../shell/TextField';
import { costLine, KIND_CHOICES, needsAccount, queryLabelOf } from './column-kinds';

interface AddColumnDialogProps {
  accounts: AccountSummary[];
  initialKind?: ColumnKind;
  onAdd: (input: MethodInput<'columns.add'>) => Promise<unknown>;
  onClose: () => void;
}

export function AddColumnDialog({ accounts, initialKind = 'mentions', onAdd, onClose }: AddColumnDialogProps): React.JSX.Element {
  const [kind, setKind] = useState<ColumnKind>(initialKind);
  const [accountId, setAccountId] = useState(accounts[0]?.id ?? '');
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const queryLabel = queryLabelOf(kind);
  // Prices make the cost lines exact; until they load (or if they cannot), the words stand alone.
  const [spend] = useLoaded('spend.get');
  const idBase = useId();
  const prices = spend?.settings.prices ?? null;

  const submit = (event: React.FormEvent): void => {
    event.preventDefault();
    if (queryLabel && query.trim() === '') {
      setError(`${queryLabel} is needed for this column.`);
      return;
    }
    setBusy(true);
    onAdd({ kind, accountId: needsAccount(kind) ? accountId : null, query: queryLabel ? query.trim().replace(kind === 'user' ? /^@/ : /$^/, '') : null })
      .then(onClose)
      .catch((cause: unknown) => {
        setError(errorMessage(cause));
        setBusy(false);
      });
  };

  return (
    <Dialog title="Add column" onClose={onClose} testId="add-column-dialog">
      <form className="add-column" onSubmit={submit}>
        <fieldset className="add-column__kinds">
          <legend>Shows</legend>
          {KIND_CHOICES.map((choice) => (
            <label key={choice.kind} className="kind-card">
              <input
                type="radio"
                name="add-column-kind"
                value={choice.kind}
                checked={kind === choice.kind}
                onChange={() => setKind(choice.kind)}
                aria-labelledby={`${idBase}-${choice.kind}-label`}
                aria-describedby={`${idBase}-${choice.kind}-line`}
              />
              <span className="kind-card__text">
                <span id={`${idBase}-${choice.kind}-label`} className="kind-card__label">
                  {choice.label}
                </span>
                <span id={`${idBase}-${choice.kind}-line`} className="kind-card__line">
                  {choice.shows} · {costLine(choice.cost, prices, formatUsd)}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        {needsAccount(kind) ? (
          <fieldset className="add-column__accounts">
            <legend>Account</legend>
            {accounts.map((account) => (
              <label key={account.id} className="add-column__account">
                <input type="radio" name="add-column-account" value={account.id} checked={accountId === account.id} onChange={() => setAccountId(account.id)} />
                <span className="add-column__swatch" style={{ background: account.colour }} aria-hidden="true" />@{account.handle}
              </label>
            ))}
          </fieldset>
        ) : (
          <p className="hint">Merges the mentions of every account; each post shows which account received it.</p>
        )}
        {queryLabel && (
          <TextField
            label={queryLabel}
            value={query}
            autoFocus
            placeholder={kind === 'search' ? '#Improve4Patients' : '@NHSEngland'}
            onChange={(event) => setQuery(event.target.value)}
          />
        )}
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            Add column
          </button>
        </div>
      </form>
    </Dialog>
  );
}
