import { useEffect, useRef, useState, type FormEvent } from 'react';
import { X_API_PLANS, type XApiPlan } from '../../../shared/x-plans';
import type { XAppSettings } from '../../../shared/contract';
import { getApi } from '../api';
import { errorMessage, fieldErrorOf } from '../api/error-message';
import { CopyButton } from '../shell/CopyButton';
import { TextField } from '../shell/TextField';
import type { OrganisationView } from '../../../shared/organisation';
import { LockNote } from './LockNote';
import { SaveRow } from './SaveRow';
import { isLocked } from './useOrganisation';
import { SCOPE_REASONS } from './x-scopes';
import './settings.css';

type Field = 'clientId' | 'clientSecret' | 'callbackPort';
type FieldErrors = Partial<Record<Field | 'form', string>>;

const X_PORTAL_URL = 'https://developer.x.com/en/portal/dashboard';

interface XAppSectionProps {
  /** Scroll here and put focus on the heading (opened from "How to set up the X developer app"). */
  focusOnOpen?: boolean;
  organisation: OrganisationView | null;
}

/** Settings › X developer app: how to register one, step by step, and where its Client ID goes. */
export function XAppSection({ focusOnOpen = false, organisation }: XAppSectionProps): React.JSX.Element {
  const [app, setApp] = useState<XAppSettings | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let cancelled = false;
    getApi()
      .call('xApp.get')
      .then((value) => {
        if (!cancelled) setApp(value);
      })
      .catch((cause: unknown) => {
        if (!cancelled) setLoadError(errorMessage(cause));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(() => {
    if (focusOnOpen && app) {
      headingRef.current?.scrollIntoView({ block: 'start' });
      headingRef.current?.focus();
    }
  }, [focusOnOpen, app]);

  return (
    <section className="settings-section x-app" aria-labelledby="settings-x-app" data-testid="x-app-settings">
      <h3 id="settings-x-app" ref={headingRef} tabIndex={-1}>
        X developer app
      </h3>
      {loadError && (
        <p className="form-error" role="alert">
          {loadError}
        </p>
      )}
      {app?.organisation ? (
        <>
          <p data-testid="x-app-from-organisation">
            {app.organisation.name} has set up the X app Columns signs in with: to connect an account, use{' '}
            <strong>Add an X account</strong>, then <strong>Connect X</strong>. There is nothing to register.
          </p>
          {app.organisation.clientType === 'confidential' && !app.hasClientSecret && (
            <p className="form-error">
              One thing first: {app.organisation.name}&apos;s app needs its secret, once. Your IT team has it; paste it
              under Advanced below (Client Secret). Columns keeps it in your system keychain.
            </p>
          )}
          <details className="x-app__advanced" open={app.organisation.clientType === 'confidential' && !app.hasClientSecret}>
            <summary>Advanced: the X app&apos;s details</summary>
            <ScopeList scopes={app.scopes} />
            <XAppForm app={app} organisation={organisation} onSaved={setApp} />
          </details>
        </>
      ) : (
        <>
          <p>
            To connect real X accounts, Columns uses an X developer app that you register once, free. It takes about ten
            minutes. The training sandbox does not need one. (Or your IT team can set it up for everyone with an
            organisation file.)
          </p>
          {app && (
            <>
              <RegistrationSteps callbackUrl={app.callbackUrl} />
              <details className="x-app__advanced">
                <summary>Advanced: what Columns asks X to allow</summary>
                <ScopeList scopes={app.scopes} />
              </details>
              <XAppForm app={app} organisation={organisation} onSaved={setApp} />
            </>
          )}
        </>
      )}
    </section>
  );
}

function RegistrationSteps({ callbackUrl }: { callbackUrl: string }): React.JSX.Element {
  return (
    <ol className="steps x-app__steps">
      <li>
        Go to{' '}
        <a href={X_PORTAL_URL} target="_blank" rel="noopener noreferrer">
          developer.x.com
        </a>{' '}
        and sign in with the X account that should own the app (your team&apos;s, not necessarily one you post from).
      </li>
      <li>
        In <strong>Projects &amp; Apps</strong>, create an app.
      </li>
      <li>
        Open the app&apos;s <strong>User authentication settings</strong>, choose <strong>Set up</strong>, fill in
        these, then <strong>Save</strong>:
        <ul>
          <li>
            App permissions: <strong>Read and write</strong>.
          </li>
          <li>
            Type of App: <strong>Native App</strong> (a public client: no secret to keep).
          </li>
          <li>
            Callback URI / Redirect URL, exactly:
            <span className="callback-url">
              <code data-testid="callback-url">{callbackUrl}</code>
              <CopyButton text={callbackUrl} what="callback URL" />
            </span>
          </li>
          <li>Website URL: any address, such as your organisation&apos;s website.</li>
        </ul>
      </li>
      <li>
        Under <strong>Keys and tokens</strong>, copy the <strong>OAuth 2.0 Client ID</strong> and paste it below.
      </li>
      <li>
        If you picked <strong>Web App</strong> (a confidential client) instead, X also shows a{' '}
        <strong>Client Secret</strong>: paste it below too. Columns keeps it in your system keychain, never in its data
        folder.
      </li>
    </ol>
  );
}

function ScopeList({ scopes }: { scopes: string[] }): React.JSX.Element {
  return (
    <details className="scopes">
      <summary>What Columns asks X to allow, and why</summary>
      <dl className="scopes__list">
        {scopes.map((scope) => (
          <div key={scope} className="scopes__item">
            <dt>
              <code>{scope}</code>
            </dt>
            <dd>{SCOPE_REASONS[scope] ?? 'Needed by Columns.'}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

interface XAppFormProps {
  app: XAppSettings;
  organisation: OrganisationView | null;
  onSaved: (app: XAppSettings) => void;
}

type XAppPatch = { clientId?: string | null; clientSecret?: string | null; callbackPort?: number; plan?: XApiPlan };

const PLAN_LABELS: Record<XApiPlan, { label: string; hint: string }> = {
  'pay-per-use': {
    label: 'Pay-per-use (self-serve)',
    hint: 'What a new X developer app gets. No likes or quote posts since April 2026: Columns shows them as not available.',
  },
  enterprise: { label: 'Enterprise', hint: 'A contract with X that includes likes and quote posts.' },
};
const FIELDS: readonly string[] = ['clientId', 'clientSecret', 'callbackPort'] satisfies Field[];

function XAppForm({ app, organisation, onSaved }: XAppFormProps): React.JSX.Element {
  const given = organisation?.file?.x;
  const [clientId, setClientId] = useState(app.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [port, setPort] = useState(String(app.callbackPort));
  const [plan, setPlan] = useState<XApiPlan>(app.plan);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

  const send = (patch: XAppPatch, done: string): void => {
    setBusy(true);
    setStatus('');
    getApi()
      .call('xApp.update', patch)
      .then((saved) => {
        onSaved(saved);
        setClientSecret('');
        setErrors({});
        setStatus(done);
      })
      .catch((cause: unknown) => {
        const field = fieldErrorOf(cause);
        setErrors(field && FIELDS.includes(field.field) ? { [field.field]: field.message } : { form: errorMessage(cause) });
      })
      .finally(() => setBusy(false));
  };

  const save = (event: FormEvent): void => {
    event.preventDefault();
    const callbackPort = Number(port.trim());
    if (!/^\d+$/.test(port.trim()) || callbackPort < 1024 || callbackPort > 65535) {
      setErrors({ callbackPort: 'Use a port number from 1024 to 65535.' });
      return;
    }
    send(
      {
        clientId: clientId.trim() || null,
        callbackPort,
        plan,
        ...(clientSecret.trim() ? { clientSecret: clientSecret.trim() } : {}),
      },
      'Saved.',
    );
  };

  return (
    <form className="x-app__form" onSubmit={save} noValidate aria-label="X developer app">
      <TextField
        label="OAuth 2.0 Client ID"
        value={clientId}
        onChange={(event) => setClientId(event.target.value)}
        spellCheck={false}
        autoComplete="off"
        disabled={isLocked(organisation, 'x.clientId')}
        hint={<LockNote view={organisation} lock="x.clientId" isSet={given?.clientId !== undefined} />}
        error={errors.clientId}
      />
      {app.hasClientSecret ? (
        <div className="field">
          <span className="field__label">Client Secret</span>
          <div className="stored-secret">
            <span data-testid="secret-stored">
              <span aria-hidden="true">🔒 </span>Stored in your keychain
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() => send({ clientSecret: null }, 'Client Secret removed.')}
            >
              Remove Client Secret
            </button>
          </div>
        </div>
      ) : (
        <TextField
          label={
            <>
              Client Secret <span className="hint-inline">(only for a Web App)</span>
            </>
          }
          type="password"
          value={clientSecret}
          onChange={(event) => setClientSecret(event.target.value)}
          autoComplete="off"
          hint="Leave empty for a Native App. Once saved, Columns never shows it again."
          error={errors.clientSecret}
        />
      )}
      <TextField
        label="Callback port"
        short
        inputMode="numeric"
        value={port}
        onChange={(event) => setPort(event.target.value)}
        hint={
          <>
            Change it only if another program uses {app.callbackPort}; then change the Callback URI on X to match.{' '}
            <LockNote view={organisation} lock="x.callbackPort" isSet={given?.callbackPort !== undefined} />
          </>
        }
        disabled={isLocked(organisation, 'x.callbackPort')}
        error={errors.callbackPort}
      />
      <fieldset className="x-app__plan" disabled={isLocked(organisation, 'x.plan')}>
        <legend>Your X API plan</legend>
        <LockNote view={organisation} lock="x.plan" isSet={given?.plan !== undefined} />
        {X_API_PLANS.map((value) => (
          <label key={value} className="radio">
            <input type="radio" name="x-api-plan" value={value} checked={plan === value} onChange={() => setPlan(value)} aria-describedby={`x-api-plan-${value}`} />
            {PLAN_LABELS[value].label}
            <span id={`x-api-plan-${value}`} className="hint">
              {' '}
              — {PLAN_LABELS[value].hint}
            </span>
          </label>
        ))}
        <p className="hint">Training accounts always follow the training sandbox, which behaves as pay-per-use.</p>
      </fieldset>
      <SaveRow error={errors.form} busy={busy} status={status}>
        Save X app settings
      </SaveRow>
    </form>
  );
}
