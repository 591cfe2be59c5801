// Composes the core services and implements the contract, as one object (DESIGN: core/app.ts).
import { join } from 'node:path';
import { createClock } from './clock';
import type { AccountSummary, AppInfo, Notice, TrainingStatus } from '../../shared/contract';
import { createTrainingSandbox, type TrainingEndpoint, type TrainingSandbox } from '../sandbox/training';
import { ConnectFlows, DEFAULT_CONNECT_TIMEOUT_MS } from './accounts/connect-flow';
import { Connections } from './accounts/connections';
import { createChats } from './chat/handlers';
import type { ChatService } from './chat/service';
import { createColumns } from './columns/handlers';
import { confirmationHandlers } from './confirmations/handlers';
import { Confirmations } from './confirmations/service';
import { ConfirmationsStore } from './confirmations/store';
import { postCheckHandlers } from './post-checks/handlers';
import { createEndpoints } from './accounts/endpoints';
import { ProviderRegistry } from './accounts/provider-registry';
import { AccountsRepository } from './accounts/repository';
import { AccountsService } from './accounts/service';
import { XAppSettingsStore } from './accounts/x-app-settings';
import { UnsavedTextStore } from './compose/unsaved-text-store';
import { composeHandlers } from './compose/handlers';
import { MediaStore } from './compose/media-store';
import { openDatabase } from './db/open';
import { AppError } from './errors';
import { APP_ID, APP_NAME, DATABASE_FILE } from './paths';
import type { Provider } from './providers/provider';
import { RateBudget } from './providers/rate-budget';
import type { BackoffPolicy } from './queue/backoff';
import { createQueueEngine } from './queue/engine';
import { queueHandlers } from './queue/handlers';
import type { Scheduler } from './queue/scheduler';
import type { QueueService } from './queue/service';
import { createDispatch, type Dispatch, type Handlers } from './rpc/dispatch';
import { EventHub } from './rpc/events';
import { describeError } from './safe-error';
import { scheduleHandlers } from './schedule/handlers';
import { nextFreeSlot, QueueSlotsStore } from './schedule/queue-slots';
import { OrganisationAccounts } from './organisation/accounts';
import { followOrganisation, organisationHandlers } from './organisation/handlers';
import { organisationCandidates } from './organisation/locate';
import { OrganisationSource } from './organisation/source';
import { SettingsRepository } from './settings/repository';
import { SpendStore } from './spend/spend-store';
import { createKeychainVault } from './vault/keychain';
import { probeVault } from './vault/status';
import { TokenVault } from './vault/token-store';

export interface CoreOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  platform?: string;
  nativeBinding?: string;
  /** Ambient activity in the training sandbox, posts an hour (tests turn it down). */
  trainingAmbientPerHour?: number;
  /** Opens the authorize page in the system browser (Electron: shell.openExternal). Browser mode has none: the page opens it. */
  openExternal?: (url: string) => Promise<void> | void;
  /** Another X-compatible server for live accounts (COLUMNS_X_API_BASE), with the CA it chains to (COLUMNS_X_CA, PEM). */
  xApiBaseUrl?: string;
  xCaPem?: string;
  /** Keychain service name; the app id by default (tests use their own). */
  keychainService?: string;
  /** How long an "Add account" attempt waits for the browser; 5 minutes by default. */
  connectTimeoutMs?: number;
  /** A desktop notification for failed and missed posts (Electron: Notification). Browser mode has none: the renderer shows a badge. */
  notify?: (title: string, body: string) => void;
  /** Start publishing due posts at once (default). The CLI starts it only for commands that publish. */
  publish?: boolean;
  /** Retry timing of the queue (tests shorten it) and how many attempts before a post fails. */
  queueBackoff?: BackoffPolicy;
  queueMaxAttempts?: number;
  /** Per-request timeout towards X (default 30 s; tests shorten it). */
  requestTimeoutMs?: number;
  /** Refresh remote columns on their own (default). Tests and the CLI refresh on demand. */
  streams?: boolean;
  /** The shortest interval between two polls of one request (default 30 s; tests shorten it). */
  refreshFloorMs?: number;
  /** Runs core's clock faster than the wall clock (tests and demos; see clock.ts). */
  clockSpeed?: number;
  /** At launch, remote columns' first refresh waits this long (ms) so the cache paints first (default 0). */
  firstRefreshAfterMs?: number;
  /** Who publishes, in words, as other windows see it ("the Columns app", "columns publisher run"). */
  publisherName?: string;
  /** COLUMNS_ORG_CONFIG: the organisation file to read before the system-wide one and the data folder's. */
  organisationFile?: string;
  /** The system-wide organisation file (per OS by default; tests point it into their own folder). */
  organisationSystemPath?: string;
  /** How often the organisation file is checked for changes (default 2 s; tests shorten it). */
  organisationPollMs?: number;
}

export interface Core {
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  readonly notices: readonly Notice[];
  /** The training sandbox, started on demand (training.start). */
  readonly training: TrainingSandbox;
  readonly accounts: AccountsService;
  readonly connections: Connections;
  /** The post queue (composer, schedule, CLI) and the scheduler that publishes it. */
  readonly queue: QueueService;
  /** Corporate confirmations: decided and recorded for every publishing path. */
  readonly confirmations: Confirmations;
  readonly scheduler: Scheduler;
  /** The provider for one connected account (training sandbox or X, by configuration). */
  providerFor(accountId: string): Promise<Provider>;
  /** Ends connect attempts, stops the training sandbox, closes connections and the database. */
  close(): Promise<void>;
}

function openOrganisation(options: CoreOptions): OrganisationSource {
  const platform = (options.platform ?? process.platform) as NodeJS.Platform;
  const candidates = organisationCandidates({ envPath: options.organisationFile, platform, env: process.env, dataDir: options.dataDir }).map((candidate) =>
    candidate.via === 'system' && options.organisationSystemPath !== undefined ? { ...candidate, path: options.organisationSystemPath } : candidate,
  );
  return new OrganisationSource({ candidates, ...(options.organisationPollMs !== undefined ? { pollMs: options.organisationPollMs } : {}) });
}

export function createCore(options: CoreOptions): Core {
  const { db, notices } = openDatabase(join(options.dataDir, DATABASE_FILE), {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const events = new EventHub();
  const clock = createClock(options.clockSpeed ?? 1);
  const organisation = openOrganisation(options);
  const settings = new SettingsRepository(db, organisation);
  const vault = createKeychainVault(options.keychainService ?? APP_ID);
  const tokens = new TokenVault(vault);
  const repo = new AccountsRepository(db);
  const xApp = new XAppSettingsStore(db, vault, organisation);
  const organisationAccounts = new OrganisationAccounts(db, repo, organisation);
  const training = createTrainingSandbox({
    appDataDir: options.dataDir,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.trainingAmbientPerHour !== undefined ? { ambientPerHour: options.trainingAmbientPerHour } : {}),
    ...(clock.speed !== 1 ? { nowMs: () => clock.now() } : {}),
  });
  const startTraining = async (): Promise<TrainingEndpoint> => {
    try {
      return await training.start();
    } catch (error) {
      console.error(`[columns] the training sandbox could not start: ${describeError(error)}`);
      throw new AppError('unavailable', 'The training sandbox could not start. The details are in the log; try again.');
    }
  };
  const endpoints = createEndpoints(
    options.xApiBaseUrl === undefined ? {} : { apiBaseUrl: options.xApiBaseUrl, ...(options.xCaPem ? { caPem: options.xCaPem } : {}) },
    { ...training, start: startTraining },
  );
  const budget = new RateBudget();
  // The service and the registry refer to each other (revoke needs a provider, a refused refresh
  // marks the account): the closures below are only called after both exist.
  const providers: ProviderRegistry = new ProviderRegistry({
    repo,
    endpoints,
    xApp,
    tokens,
    budget,
    ...(options.requestTimeoutMs !== undefined ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
    onReauthNeeded: (accountId, reason) => accounts.markNeedsReauth(accountId, reason),
  });
  const accounts: AccountsService = new AccountsService({
    repo,
    tokens,
    events,
    revoke: async (account) => (await providers.providerFor(account.id)).revoke(),
    forgetProvider: (accountId) => providers.forget(accountId),
    organisation: organisationAccounts,
  });
  organisationAccounts.apply();
  // A fast clock is for tests and training: live accounts never act on it.
  const providerFor = async (accountId: string): Promise<Provider> => {
    if (clock.speed !== 1 && accounts.list().find((account) => account.id === accountId)?.training === false) {
      throw new AppError('unavailable', 'COLUMNS_CLOCK_SPEED is set: live accounts stay off while the clock runs fast.');
    }
    return providers.providerFor(accountId);
  };
  const flows = new ConnectFlows({
    complete: (request, tokenSet, identity) => accounts.complete(request, tokenSet, identity),
    emit: (progress) => events.emit('accounts.connectProgress', progress),
    timeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
  });
  const connections = new Connections({
    flows,
    endpoints,
    xApp,
    vault,
    accounts,
    trainingEndpoint: () => endpoints.training(),
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
  });
  const media = new MediaStore(db, options.dataDir);
  const confirmations = new Confirmations({ store: new ConfirmationsStore(db), accounts: () => accounts.list(), now: () => clock.now() });
  const queueSlots = new QueueSlotsStore(db);
  const queue = createQueueEngine({
    db,
    events,
    accounts,
    providerFor,
    media,
    nextSlot: (accountId, zone, afterMs, isTaken) => nextFreeSlot(queueSlots.get(accountId), zone, afterMs, isTaken),
    zone: () => settings.get().timeZone,
    confirmations,
    publisherName: options.publisherName ?? (options.mode === 'electron' ? 'the Columns app' : 'Columns in browser mode'),
    ...(options.notify ? { notify: options.notify } : {}),
    ...(options.queueBackoff ? { backoff: options.queueBackoff } : {}),
    ...(options.queueMaxAttempts !== undefined ? { maxAttempts: options.queueMaxAttempts } : {}),
    ...(clock.speed !== 1 ? { clock } : {}),
  });
  // The streams engine asks chats how fast a live chat's column may refresh; chats need columns.
  let chatService: ChatService | null = null;
  const columns = createColumns({
    db,
    events,
    accounts: () => accounts.list(),
    providerFor,
    queue: queue.service,
    confirmations,
    timeZone: () => settings.get().timeZone,
    ...(options.refreshFloorMs !== undefined ? { refreshFloorMs: options.refreshFloorMs } : {}),
    floorFor: (columnIds) => chatService?.floorFor(columnIds),
    dormantFor: (columnIds) => chatService?.dormantFor(columnIds) ?? null,
    received: (columnId, items) => chatService?.received(columnId, items),
    clock,
    organisation,
  });
  // Practising starts with a working desk: the cast's default columns once all three are connected.
  const connectTraining = async (): Promise<AccountSummary[]> => {
    const connected = await connections.connectTraining();
    columns.offerDefaults(connected.filter((account) => account.training));
    return connected;
  };
  const chats = createChats({
    db,
    events,
    clock,
    accounts: () => accounts.list(),
    queue: queue.service,
    confirmations,
    columns,
    providerFor,
    connectTraining,
    trainingSimulator: () => {
      const server = training.server();
      return server ? { startChat: (input) => server.simulator.startChat(input), nowMs: () => server.world.clock.nowMs() } : null;
    },
    timeZone: () => settings.get().timeZone,
  });
  chatService = chats.service;
  const trainingStatus = (): TrainingStatus => {
    const endpoint = training.current();
    return { running: endpoint !== null, url: endpoint?.url ?? null };
  };

  const organisationDeps = {
    source: organisation,
    events,
    settings,
    xApp,
    accounts,
    spend: () => new SpendStore(db, organisation).settings(),
    forgetProviders: () => providers.forget(),
  };
  const unfollowOrganisation = followOrganisation(organisationDeps);
  organisation.watch();

  const handlers: Handlers = {
    'app.info': () => ({
      name: APP_NAME,
      version: options.version,
      dataDir: options.dataDir,
      mode: options.mode,
      platform: options.platform ?? process.platform,
      notices: [...notices],
      clock: { speed: clock.speed, nowMs: clock.now() },
    }),
    'settings.get': () => settings.get(),
    'settings.update': (patch) => {
      const next = settings.update(patch);
      events.emit('settings.changed', next);
      return next;
    },
    'accounts.list': () => accounts.list(),
    'accounts.connect': ({ accountId }) => connections.connect(accountId),
    'accounts.cancelConnect': ({ attemptId }) => connections.cancel(attemptId),
    'accounts.update': ({ id, ...patch }) => accounts.update(id, patch),
    'accounts.remove': async ({ id, queuedPosts }) => (await accounts.remove(id, queuedPosts)).accounts,
    'xApp.get': () => xApp.get(),
    'xApp.update': async (patch) => {
      const next = await xApp.update(patch);
      providers.forget();
      // The plan decides what items offer (likes, quotes): columns read their items again.
      events.emit('columns.invalidated', { reason: 'X plan' });
      return next;
    },
    'vault.status': () => probeVault(vault),
    ...organisationHandlers(organisationDeps),
    'training.status': trainingStatus,
    'training.start': async () => {
      await startTraining();
      return trainingStatus();
    },
    'training.connect': connectTraining,
    'training.reconnect': () => connections.reconnectTrainingAccounts(),
    ...queueHandlers(queue.service, { chatPlansOf: (postIds) => chats.service.plansOf(postIds) }),
    'queue.publisher': () => queue.publisher(),
    ...columns.handlers,
    ...chats.handlers,
    ...composeHandlers({ media, unsaved: new UnsavedTextStore(db) }),
    ...scheduleHandlers({
      settings: () => settings.get(),
      accounts: () => accounts.list(),
      slots: queueSlots,
      media,
      scheduledPosts: ({ from, to }) => queue.service.list({ states: ['scheduled'], from, to }),
      createPosts: (input, guard) => queue.service.create(input, guard),
      confirmations,
    }),
    ...confirmationHandlers(confirmations),
    ...postCheckHandlers(() => accounts.list()),
  };
  if (options.publish !== false) queue.scheduler.start();
  if (options.streams !== false) columns.engine.start(options.firstRefreshAfterMs ?? 0);
  chats.service.start();

  return {
    dispatch: createDispatch(handlers),
    events,
    notices,
    training,
    accounts,
    connections,
    queue: queue.service,
    confirmations,
    scheduler: queue.scheduler,
    providerFor,
    async close() {
      unfollowOrganisation();
      organisation.close();
      chats.service.close();
      await queue.scheduler.stop();
      await columns.engine.close();
      await flows.close();
      await training.close();
      endpoints.destroy();
      db.close();
    },
  };
}
