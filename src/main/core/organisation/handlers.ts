// The organisation file's contract methods, and what follows when IT changes the file: settings,
// the X app, prices and accounts are read again, and a refused file is said in a notice.
import type { OrganisationView } from '../../../shared/organisation';
import type { AccountsService } from '../accounts/service';
import type { XAppSettingsStore } from '../accounts/x-app-settings';
import type { Handlers } from '../rpc/dispatch';
import type { EventHub } from '../rpc/events';
import type { SettingsRepository } from '../settings/repository';
import { exportOrganisationFile } from './export';
import type { OrganisationSource } from './source';
import type { SpendSettings } from '../../../shared/columns';

export interface OrganisationHandlerDeps {
  source: OrganisationSource;
  events: EventHub;
  settings: SettingsRepository;
  xApp: XAppSettingsStore;
  accounts: AccountsService;
  spend(): SpendSettings;
  /** Providers hold the X app's credentials: they are made again. */
  forgetProviders(): void;
  now?: () => number;
}

export function organisationHandlers(deps: OrganisationHandlerDeps): Pick<Handlers, 'organisation.get' | 'organisation.export'> {
  return {
    'organisation.get': () => deps.source.view(),
    'organisation.export': async ({ name }) => {
      const file = exportOrganisationFile({
        name: name ?? 'Our organisation',
        xApp: await deps.xApp.get(),
        spend: deps.spend(),
        accounts: deps.accounts.list(),
        settings: deps.settings.get(),
        current: deps.source.file(),
      });
      return { filename: 'organisation.json', mimeType: 'application/json', content: `${JSON.stringify(file, null, 2)}\n` };
    },
  };
}

/** Wires the file's changes to everything that reads it; returns the unsubscribe. */
export function followOrganisation(deps: OrganisationHandlerDeps): () => void {
  let lastError: string | null = deps.source.view().error;
  return deps.source.onChange((view: OrganisationView) => {
    deps.forgetProviders();
    deps.accounts.organisationChanged();
    deps.events.emit('settings.changed', deps.settings.get());
    deps.events.emit('columns.invalidated', { reason: 'organisation file' });
    deps.events.emit('organisation.changed', view);
    if (view.error !== null && view.error !== lastError) {
      deps.events.emit('app.notice', { code: 'organisation_refused', message: view.error, at: new Date(deps.now?.() ?? Date.now()).toISOString() });
    }
    lastError = view.error;
  });
}
