// Where "Add account", "Reconnect" and training mode's "Connect my accounts" start: choose the
// endpoint and OAuth client, refuse without a keychain, then run the one connect flow.
import type { AccountSummary, ConnectProgress } from '../../../shared/accounts';
import type { Vault } from '../vault/keychain';
import { requireVault } from '../vault/status';
import { AppError } from '../errors';
import { describeError } from '../safe-error';
import type { ConnectFlows, ConnectTarget, StartedAttempt } from './connect-flow';
import type { Endpoints } from './endpoints';
import { appCredentialsFor } from './provider-registry';
import type { AccountsService } from './service';
import { approveAttempt, connectTrainingCast, trainingTarget } from './training-connect';
import type { XAppSettingsStore } from './x-app-settings';

export interface ConnectionsDeps {
  flows: ConnectFlows;
  endpoints: Endpoints;
  xApp: XAppSettingsStore;
  vault: Vault;
  accounts: AccountsService;
  /** Opens a URL in the system browser (Electron's shell.openExternal); absent in browser mode. */
  openExternal?: (url: string) => Promise<void> | void;
  /** Starts the training sandbox, throwing a user-facing error when it cannot. */
  trainingEndpoint(): ReturnType<Endpoints['training']>;
  log?: (line: string) => void;
}

export class Connections {
  constructor(private readonly deps: ConnectionsDeps) {}

  /** A new account (X), or a reconnect of `accountId` (X or training). Answers once waiting for the browser. */
  async connect(accountId?: string): Promise<ConnectProgress> {
    const { flows, vault, accounts } = this.deps;
    await requireVault(vault);
    const reconnectOf = accountId === undefined ? null : accounts.get(accountId);
    if (reconnectOf?.training) return this.#reconnectTraining(reconnectOf);
    const target = await this.#liveTarget();
    const started = await flows.start({
      target,
      reconnectOf,
      // New accounts start as corporate: confirm-before-posting and alt text on until the person says otherwise.
      newAccountKind: reconnectOf?.kind ?? 'corporate',
      ...(this.deps.openExternal ? { open: this.deps.openExternal } : {}),
    });
    return started.progress;
  }

  /**
   * A new live account from the command line (`columns accounts connect`): nothing opens a browser
   * (the caller prints the link), the attempt waits `timeoutMs`, and an answer with the wrong state
   * ends it. Answers with the attempt, whose `finished` resolves with its ending.
   */
  async connectLive(options: { timeoutMs: number }): Promise<StartedAttempt> {
    await requireVault(this.deps.vault);
    const target = await this.#liveTarget();
    return this.deps.flows.start({ target, reconnectOf: null, newAccountKind: 'corporate', timeoutMs: options.timeoutMs, onStateMismatch: 'fail' });
  }

  /**
   * Where a live connect's X app comes from: the one place that decides it (today the saved X app
   * settings; an organisation file, when there is one, is to be read here first).
   */
  async #liveTarget(): Promise<ConnectTarget> {
    const { endpoints, xApp } = this.deps;
    return { training: false, endpoint: endpoints.live(), app: await appCredentialsFor(false, xApp), callbackPort: xApp.callbackPort() };
  }

  cancel(attemptId: string): Promise<ConnectProgress> {
    return this.deps.flows.cancel(attemptId);
  }

  /** Connects (or refreshes) the training cast; the same X user again updates its account. */
  async connectTraining(): Promise<AccountSummary[]> {
    await requireVault(this.deps.vault);
    const endpoint = await this.deps.trainingEndpoint();
    return connectTrainingCast(this.deps.flows, endpoint);
  }

  /**
   * Training mode's one "Reconnect training accounts": every training account whose sign-in is lost
   * signs in again, one after another (core approves each), and the list afterwards is returned.
   */
  async reconnectTrainingAccounts(): Promise<AccountSummary[]> {
    const { flows, accounts } = this.deps;
    await requireVault(this.deps.vault);
    const lost = accounts.list().filter((account) => account.training && account.status === 'needs_reauth');
    if (lost.length === 0) return accounts.list();
    const endpoint = await this.deps.trainingEndpoint();
    for (const account of lost) {
      const started = await flows.start({ target: trainingTarget(endpoint), reconnectOf: account, newAccountKind: account.kind });
      const ending = await approveAttempt(flows, endpoint, started, account.handle);
      if (ending.state !== 'connected') {
        throw new AppError('unavailable', ending.message ?? `Columns could not reconnect the training account @${account.handle}.`);
      }
    }
    return accounts.list();
  }

  /** Nobody can approve on the training sandbox's page but core: it plays the browser for the account. */
  async #reconnectTraining(account: AccountSummary): Promise<ConnectProgress> {
    const { flows } = this.deps;
    const endpoint = await this.deps.trainingEndpoint();
    const started = await flows.start({ target: trainingTarget(endpoint), reconnectOf: account, newAccountKind: account.kind });
    approveAttempt(flows, endpoint, started, account.handle).catch((error: unknown) =>
      (this.deps.log ?? console.error)(`[columns] reconnecting training account @${account.handle} failed: ${describeError(error)}`),
    );
    return { ...started.progress, opened: true };
  }
}
