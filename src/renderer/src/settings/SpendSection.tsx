// Settings › Spend: what each account cost today and this month (from the core's ledger), the price
// table the estimates use (editable: X changes its prices), and a monthly cap that slows refresh
// before it is crossed.
import { useId, useState, type FormEvent } from 'react';
import type { AccountSummary } from '../../../shared/accounts';
import type { SpendSettings, SpendSummary } from '../../../shared/columns';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { useLoaded } from '../api/useLoaded';
import { TextField } from '../shell/TextField';
import type { OrganisationView } from '../../../shared/organisation';
import { LockNote } from './LockNote';
import { SaveRow } from './SaveRow';
import { isLocked } from './useOrganisation';
import { formatUsd, parseCap, parsePrice, PRICE_LABELS } from './spend-form';
import './settings.css';

export function SpendSection({ accounts, organisation }: { accounts: AccountSummary[]; organisation: OrganisationView | null }): React.JSX.Element {
  const headingId = useId();
  const [spend, setSpend, loadError] = useLoaded('spend.get');

  return (
    <section className="settings-section spend" aria-labelledby={headingId} data-testid="spend-settings">
      <h3 id={headingId}>Spend on X</h3>
      <p>
        X bills reads and posts per use. Columns counts what each account reads and prices it with the table below
        (US dollars, X&apos;s pay-per-use prices unless you change them). X&apos;s own invoice is the final word.
      </p>
      {loadError && (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      )}
      {spend && (
        <>
          <SpendTable spend={spend.accounts} accounts={accounts} />
          <SpendForm settings={spend.settings} organisation={organisation} onSaved={(settings) => setSpend({ ...spend, settings })} />
        </>
      )}
    </section>
  );
}

function SpendTable({ spend, accounts }: { spend: SpendSummary[]; accounts: AccountSummary[] }): React.JSX.Element {
  if (spend.length === 0) return <p>No accounts connected, so nothing spent.</p>;
  const handle = (id: string): string => {
    const account = accounts.find((candidate) => candidate.id === id);
    return account ? `@${account.handle}${account.training ? ' (training, not billed)' : ''}` : 'A removed account';
  };
  return (
    <table className="spend__table">
      <caption className="visually-hidden">Spend per account</caption>
      <thead>
        <tr>
          <th scope="col">Account</th>
          <th scope="col">Today (UTC)</th>
          <th scope="col">This month</th>
        </tr>
      </thead>
      <tbody>
        {spend.map((row) => (
          <tr key={row.accountId} data-testid={`spend-${row.accountId}`}>
            <th scope="row">{handle(row.accountId)}</th>
            <td>{formatUsd(row.todayUsd)}</td>
            <td>{formatUsd(row.monthUsd)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

type Errors = Record<string, string>;

interface SpendFormProps {
  settings: SpendSettings;
  organisation: OrganisationView | null;
  onSaved: (settings: SpendSettings) => void;
}

function SpendForm({ settings, organisation, onSaved }: SpendFormProps): React.JSX.Element {
  const capLocked = isLocked(organisation, 'spend.monthlyCapUsd');
  const pricesLocked = isLocked(organisation, 'x.prices');
  const [prices, setPrices] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(settings.prices).map(([key, value]) => [key, String(value)])));
  const [cap, setCap] = useState(settings.monthlyCapUsd === null ? '' : String(settings.monthlyCapUsd));
  const [errors, setErrors] = useState<Errors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const save = (event: FormEvent): void => {
    event.preventDefault();
    setStatus('');
    const found: Errors = {};
    const parsedPrices: Record<string, number> = {};
    for (const [key, raw] of Object.entries(prices)) {
      const parsed = parsePrice(raw);
      if (parsed.ok) parsedPrices[key] = parsed.value;
      else found[key] = parsed.error;
    }
    const parsedCap = parseCap(cap);
    if (!parsedCap.ok) found['cap'] = parsedCap.error;
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsedCap.ok) {
      setStatus('Not saved: fix the fields marked below.');
      return;
    }
    setBusy(true);
    getApi()
      .call('spend.update', { prices: parsedPrices, monthlyCapUsd: parsedCap.value })
      .then((saved) => {
        onSaved(saved);
        setStatus('Saved.');
      })
      .catch((cause: unknown) => setErrors({ form: errorMessage(cause) }))
      .finally(() => setBusy(false));
  };

  return (
    <form className="spend__form" onSubmit={save} noValidate aria-label="Spend settings">
      <TextField
        label="Monthly cap, US dollars (all accounts)"
        short
        inputMode="decimal"
        value={cap}
        onChange={(event) => setCap(event.target.value)}
        hint={
          <>
            Columns slows refreshing as the month&apos;s spend nears the cap, and stops before crossing it. Empty: no cap.{' '}
            <LockNote view={organisation} lock="spend.monthlyCapUsd" isSet={organisation?.file?.spend !== undefined} />
          </>
        }
        disabled={capLocked}
        error={errors['cap']}
      />
      <fieldset className="spend__prices" disabled={pricesLocked}>
        <legend>Prices per item, US dollars</legend>
        <LockNote view={organisation} lock="x.prices" isSet={organisation?.file?.x?.prices !== undefined} />
        {Object.keys(prices).map((key) => (
          <TextField
            key={key}
            label={PRICE_LABELS[key] ?? key}
            short
            inputMode="decimal"
            value={prices[key] ?? ''}
            onChange={(event) => setPrices({ ...prices, [key]: event.target.value })}
            error={errors[key]}
          />
        ))}
      </fieldset>
      <SaveRow error={errors['form']} busy={busy} status={status}>
        Save spend settings
      </SaveRow>
    </form>
  );
}
