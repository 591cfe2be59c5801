// Settings › Organisation: which organisation file is in force (and where it was found), what it
// locks, a refused file's reason, and "Export for a colleague" (the current set-up as such a file).
import { useState } from 'react';
import { WEEKDAYS, type OrgLockable, type OrganisationVia, type OrganisationView } from '../../../shared/organisation';
import { getApi } from '../api';
import { errorMessage } from '../api/error-message';
import { downloadText } from '../schedule/download-file';
import { TextField } from '../shell/TextField';

const VIA: Record<OrganisationVia, string> = {
  env: 'named by COLUMNS_ORG_CONFIG',
  system: 'installed for everyone on this computer',
  data: 'in your data folder',
};

const LOCK_WORDS: Record<OrgLockable, string> = {
  'x.clientId': "the X app's Client ID",
  'x.callbackPort': 'the callback port',
  'x.plan': 'the X API plan',
  'x.prices': 'the price table',
  'spend.monthlyCapUsd': 'the monthly spending cap',
  'settings.theme': 'the appearance',
  'settings.timeZone': 'the time zone',
  'settings.locale': 'the date format',
  accounts: "the corporate accounts' settings",
  monitoringHours: 'monitoring hours',
  savedReplies: 'saved replies',
};

const DAY_WORDS: Record<(typeof WEEKDAYS)[number], string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export function OrganisationSection({ view }: { view: OrganisationView | null }): React.JSX.Element {
  const file = view?.file ?? null;
  return (
    <section className="settings-section organisation" aria-labelledby="settings-organisation" data-testid="organisation-settings">
      <h3 id="settings-organisation">Organisation</h3>
      {view?.error && (
        <p className="form-error" role="alert" data-testid="organisation-error">
          {view.error}
        </p>
      )}
      {file && view?.source ? (
        <>
          <p>
            Columns is set up by <strong>{file.organisation}</strong>. The file is {VIA[view.source.via]}:{' '}
            <code className="about__path">{view.source.path}</code>
          </p>
          <p data-testid="organisation-locked">
            {view.locked.length === 0
              ? 'It suggests settings and locks none: you can change everything.'
              : `Locked by ${file.organisation}: ${view.locked.map((key) => LOCK_WORDS[key]).join(', ')}.`}
          </p>
          {file.accounts && file.accounts.length > 0 && (
            <p>
              Its accounts:{' '}
              {file.accounts
                .map((account) => `@${account.handle} (${account.kind}${account.confirmBeforePosting ? ', confirm before posting' : ''}${account.requireAltText ? ', alt text required' : ''})`)
                .join('; ')}
              .
            </p>
          )}
          {file.monitoringHours && (
            <p>
              Monitoring hours:{' '}
              {WEEKDAYS.filter((day) => file.monitoringHours?.days[day])
                .map((day) => `${DAY_WORDS[day]} ${file.monitoringHours?.days[day]?.open}–${file.monitoringHours?.days[day]?.close}`)
                .join(', ')}{' '}
              ({file.monitoringHours.timeZone}).
            </p>
          )}
          {file.savedReplies && <p>Saved replies: {file.savedReplies.length}.</p>}
        </>
      ) : (
        <p>
          No organisation file. IT can set Columns up once for everyone (the X app, the corporate accounts, what may not be
          changed) with an <code>organisation.json</code> in one of these places, first found wins:{' '}
          {view?.searched.map((place) => place.path).join(', ')}.
        </p>
      )}
      <ExportForOrganisation named={file !== null} />
    </section>
  );
}

function ExportForOrganisation({ named }: { named: boolean }): React.JSX.Element {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const exportFile = (): void => {
    setError(null);
    getApi()
      .call('organisation.export', named || name.trim() === '' ? {} : { name: name.trim() })
      .then((exported) => {
        downloadText(exported.filename, exported.content, exported.mimeType);
        setStatus('Saved organisation.json: no secrets are in it.');
      })
      .catch((cause: unknown) => setError(errorMessage(cause)));
  };
  return (
    <div className="organisation__export">
      {!named && <TextField label="Organisation name for the file" value={name} onChange={(event) => setName(event.target.value)} placeholder="Horizons NHS programme" />}
      <button type="button" className="button" onClick={exportFile} data-testid="organisation-export">
        Export for a colleague
      </button>
      <span className="hint" role="status">
        {status || 'The X app, your live accounts, prices and region as an organisation file. Secrets stay in your keychain.'}
      </span>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
