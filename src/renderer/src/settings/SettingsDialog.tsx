import { useMemo, useState } from 'react';
import type { AccountSummary, AppInfo } from '../../../shared/contract';
import { THEMES, type Settings, type Theme } from '../../../shared/settings';
import { errorMessage } from '../api/error-message';
import { Dialog } from '../shell/Dialog';
import { LockNote } from './LockNote';
import { ModerationWordsSection } from './ModerationWordsSection';
import { OrganisationSection } from './OrganisationSection';
import { isLocked, useOrganisation } from './useOrganisation';
import { MutedAuthorsSection } from './MutedAuthorsSection';
import { SpendSection } from './SpendSection';
import { XAppSection } from './XAppSection';

interface SettingsDialogProps {
  info: AppInfo;
  settings: Settings;
  accounts: AccountSummary[];
  /** Open at the X developer app steps. */
  section?: 'x-app';
  onAddAccount: () => void;
  onChange: (patch: Partial<Settings>) => Promise<void>;
  onClose: () => void;
}

const THEME_LABELS: Record<Theme, string> = { system: 'Follow the system', light: 'Light', dark: 'Dark' };
const LOCALES = [
  { value: 'en-GB', label: 'English (UK): 25/11/2026, 14:05' },
  { value: 'en-IE', label: 'English (Ireland)' },
  { value: 'en-US', label: 'English (US): 11/25/2026, 2:05 PM' },
  { value: 'cy-GB', label: 'Cymraeg (Welsh)' },
];

export function SettingsDialog({
  info,
  settings,
  accounts,
  section,
  onAddAccount,
  onChange,
  onClose,
}: SettingsDialogProps): React.JSX.Element {
  const [error, setError] = useState<string | null>(null);
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const organisation = useOrganisation();
  const given = organisation?.file?.settings ?? {};

  const apply = (patch: Partial<Settings>): void => {
    setError(null);
    onChange(patch).catch((cause: unknown) => setError(errorMessage(cause)));
  };

  return (
    <Dialog title="Settings" onClose={onClose}>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <section className="settings-section" aria-labelledby="settings-accounts">
        <h3 id="settings-accounts">Accounts</h3>
        {accounts.length === 0 ? (
          <p>
            No accounts connected.{' '}
            {organisation?.file?.x
              ? `Connect the accounts you run with ${organisation.file.organisation}'s X app (one button each), or practise first in a training sandbox that never posts to X.`
              : 'Columns connects X accounts with your own X developer app, or lets you practise first in a training sandbox that never posts to X.'}
          </p>
        ) : (
          <p>
            Connected: {accounts.map((account) => `@${account.handle}`).join(', ')}. Each account&apos;s own settings
            open from the ⋯ button beside it in the sidebar.
          </p>
        )}
        <button type="button" className="button settings-section__action" onClick={onAddAccount}>
          Add an X account
        </button>
      </section>
      <OrganisationSection view={organisation} />
      <XAppSection focusOnOpen={section === 'x-app'} organisation={organisation} />
      <SpendSection accounts={accounts} organisation={organisation} />
      <MutedAuthorsSection accounts={accounts} />
      <ModerationWordsSection />
      <fieldset className="settings-section">
        <legend>Appearance</legend>
        <LockNote view={organisation} lock="settings.theme" isSet={given.theme !== undefined} />
        {THEMES.map((theme) => (
          <label key={theme} className="radio">
            <input
              type="radio"
              name="theme"
              value={theme}
              checked={settings.theme === theme}
              disabled={isLocked(organisation, 'settings.theme')}
              onChange={() => apply({ theme })}
            />
            {THEME_LABELS[theme]}
          </label>
        ))}
      </fieldset>
      <section className="settings-section" aria-labelledby="settings-region">
        <h3 id="settings-region">Time and region</h3>
        <label className="field">
          <span>Time zone for scheduling and display</span>
          <select value={settings.timeZone} disabled={isLocked(organisation, 'settings.timeZone')} onChange={(event) => apply({ timeZone: event.target.value })}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replaceAll('_', ' ')}
              </option>
            ))}
          </select>
          <LockNote view={organisation} lock="settings.timeZone" isSet={given.timeZone !== undefined} />
        </label>
        <label className="field">
          <span>Date and time format</span>
          <select value={settings.locale} disabled={isLocked(organisation, 'settings.locale')} onChange={(event) => apply({ locale: event.target.value })}>
            {LOCALES.map((locale) => (
              <option key={locale.value} value={locale.value}>
                {locale.label}
              </option>
            ))}
          </select>
          <LockNote view={organisation} lock="settings.locale" isSet={given.locale !== undefined} />
        </label>
      </section>
      <section className="settings-section" aria-labelledby="settings-about">
        <h3 id="settings-about">About</h3>
        <dl className="about">
          <dt>Version</dt>
          <dd data-testid="about-version">
            {info.name} {info.version}
          </dd>
          <dt>Running as</dt>
          <dd>{info.mode === 'browser' ? 'Browser mode (no Electron runtime)' : 'Desktop app'}</dd>
          <dt>Data folder</dt>
          <dd className="about__path">{info.dataDir}</dd>
          <dt>Secrets</dt>
          <dd>Kept in your system keychain, never in the data folder.</dd>
        </dl>
      </section>
    </Dialog>
  );
}
