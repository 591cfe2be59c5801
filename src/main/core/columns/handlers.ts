// The columns.*, items.act and spend.* methods of the contract, and the streams engine behind
// them, composed over one database.
import type { Database } from 'better-sqlite3';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnConfig, ColumnItem } from '../../../shared/columns';
import type { Clock } from '../clock';
import type { Confirmations } from '../confirmations/service';
import type { QueueService } from '../queue/service';
import { AppError } from '../errors';
import { ProviderError, type Provider } from '../providers/provider';
import type { EventHub } from '../rpc/events';
import type { Handlers } from '../rpc/dispatch';
import { SpendStore } from '../spend/spend-store';
import type { OrganisationReader } from '../organisation/overlay';
import { StreamsEngine } from '../streams/engine';
import { isRemote } from '../streams/requests';
import { storedXApiPlan } from '../accounts/x-app-settings';
import type { CachedItem } from './cached-item';
import { AccountKnowledge } from './account-knowledge';
import { accountPlan } from './account-plan';
import { ColumnsStore, GlobalMuteWords } from './config-store';
import { itemFilter, NO_FILTERS } from './filters';
import { actOnItem } from './item-actions';
import { ItemCache, type CachedRow } from './item-cache';
import { MutedAuthors } from './muted-authors';
import { LOCAL_STATES, localPage } from './local-items';
import { presentItem } from './present';
import { columnTitle, defaultColumns } from './default-columns';

export type ColumnsHandlers = Pick<
  Handlers,
  | 'columns.list'
  | 'columns.add'
  | 'columns.update'
  | 'columns.remove'
  | 'columns.reorder'
  | 'columns.items'
  | 'columns.markSeen'
  | 'columns.refresh'
  | 'columns.statuses'
  | 'items.act'
  | 'spend.get'
  | 'spend.update'
  | 'muteWords.get'
  | 'muteWords.set'
  | 'mutedAuthors.list'
  | 'mutedAuthors.unmute'
>;

export interface ColumnsDeps {
  db: Database;
  events: EventHub;
  accounts(): AccountSummary[];
  providerFor(accountId: string): Promise<Provider>;
  queue: QueueService;
  confirmations: Pick<Confirmations, 'open'>;
  timeZone(): string;
  /** Tests shorten the 30 s floor between polls. */
  refreshFloorMs?: number;
  /** A faster floor for some columns (a live tweet chat's hashtag column). */
  floorFor?: (columnIds: readonly string[]) => number | undefined;
  dormantFor?: (columnIds: readonly string[]) => { until: number; why: string } | null;
  /** Every item a poll brought a column, unfiltered (a tweet chat keeps its own copy). */
  received?: (columnId: string, items: readonly CachedItem[]) => void;
  /** Core's clock (tests and demos may run it fast). */
  clock?: Clock;
  /** The organisation file's prices, cap and X plan (suggested or locked). */
  organisation?: OrganisationReader;
}

export interface Columns {
  handlers: ColumnsHandlers;
  engine: StreamsEngine;
  muteWords: GlobalMuteWords;
  /** The spend ledger (reads outside the streams engine, such as a chat's deletion check, are entered here too). */
  spend: SpendStore;
  /** For tweet chats: the items a column received, and how the renderer sees one. */
  cache: ItemCache;
  present(accountId: string, itemId: string): ColumnItem;
  /** Adds a column without an owner check beyond the contract's (chats add their hashtag column). */
  addColumn(input: { kind: ColumnConfig['kind']; accountId: string | null; query: string | null; title: string }): ColumnConfig;
  removeColumn(id: string): void;
  /** A search column reads another query from its next refresh. */
  setQuery(id: string, query: string): void;
  /** Whether an account's columns may list an author's posts (false once the account muted them). */
  mutedBy(): (accountId: string, authorId: string) => boolean;
  /** Adds the starting columns the accounts lack (Mentions each, All mentions, Scheduled); returns them. */
  offerDefaults(accounts: readonly AccountSummary[]): ColumnConfig[];
}

const TITLES: Record<ColumnConfig['kind'], string> = {
  home: 'Home',
  mentions: 'Mentions',
  activity: 'Activity',
  search: 'Search',
  user: 'User',
  scheduled: 'Scheduled',
  drafts: 'Drafts',
  sent: 'Sent',
  failed: 'Failed and held',
  all_mentions: 'All mentions',
};

export function createColumns(deps: ColumnsDeps): Columns {
  const store = new ColumnsStore(deps.db);
  const cache = new ItemCache(deps.db);
  const knowledge = new AccountKnowledge(deps.db);
  const spend = new SpendStore(deps.db, deps.organisation ?? null);
  const muteWords = new GlobalMuteWords(deps.db);
  const mutedAuthors = new MutedAuthors(deps.db);
  const livePlan = storedXApiPlan(deps.db, deps.organisation ?? null);
  const account = (id: string): AccountSummary | null => deps.accounts().find((candidate) => candidate.id === id) ?? null;
  const presentDeps = {
    account,
    knowledge,
    conversationRoot: (id: string) => cache.conversationRoot(id),
    planOf: (owner: AccountSummary) => accountPlan(owner, livePlan),
  };
  /** What no column lists: posts by authors the receiving account muted, and the global mute words. */
  const listable = (): ((row: CachedRow) => boolean) => {
    const muted = mutedAuthors.snapshot();
    const global = itemFilter(NO_FILTERS, muteWords.get());
    return (row) => !muted(row.accountId, row.item.author.id) && global(row.item);
  };
  /** A sent post as an X post: kept in the cache (X's own copy, once a timeline brings it, wins). */
  const ownPost = (accountId: string, item: CachedItem): CachedRow | null => {
    const cached = cache.get(accountId, item.id);
    if (cached) return cached;
    cache.put(accountId, item);
    return cache.get(accountId, item.id);
  };
  const present = (accountId: string, itemId: string): ColumnItem => {
    const row = cache.get(accountId, itemId);
    if (!row) throw new AppError('invalid_request', 'That post is no longer cached.');
    return presentItem(row, presentDeps);
  };
  const engine = new StreamsEngine({
    db: deps.db,
    columns: store,
    cache,
    spend,
    accounts: deps.accounts,
    providerFor: deps.providerFor,
    emit: (event, payload) => deps.events.emit(event, payload),
    // Live arrivals: only what the column lists (muted authors, mute words, its own filters).
    present: (accountId, ids, columnId) => {
      const keep = listable();
      const filters = store.get(columnId)?.filters ?? NO_FILTERS;
      const matches = itemFilter(filters, []);
      return ids.flatMap((id) => {
        const row = cache.get(accountId, id);
        return row && keep(row) && matches(row.item) && !(filters.hideHandled && row.handled) ? [presentItem(row, presentDeps)] : [];
      });
    },
    timeZone: deps.timeZone,
    ...(deps.refreshFloorMs !== undefined ? { floorMs: deps.refreshFloorMs } : {}),
    ...(deps.floorFor ? { floorFor: deps.floorFor } : {}),
    ...(deps.dormantFor ? { dormantFor: deps.dormantFor } : {}),
    ...(deps.received ? { received: deps.received } : {}),
    ...(deps.clock ? { now: deps.clock.now, wallDelay: deps.clock.wallDelay } : {}),
  });
  /** After any change to the list of columns: the engine plans again and every window hears it. */
  const listChanged = (): ColumnConfig[] => {
    engine.replan();
    const columns = store.list();
    deps.events.emit('columns.changed', columns);
    return columns;
  };
  const offerDefaults = (accounts: readonly AccountSummary[]): ColumnConfig[] => {
    const added = defaultColumns(store.list(), accounts, TITLES).map((column) => store.add(column));
    if (added.length > 0) listChanged();
    return added;
  };
  // A connected, reconnected or removed account changes what all_mentions (and others) read. The
  // first live account gets the starting columns (training gets them from training.connect, once
  // its whole cast is connected).
  let known = new Set(deps.accounts().map((candidate) => candidate.id));
  let hadLive = deps.accounts().some((candidate) => !candidate.training);
  deps.events.subscribe((event, payload) => {
    if (event !== 'accounts.changed') return;
    const accounts = payload as AccountSummary[];
    const fresh = accounts.filter((candidate) => !candidate.training && !known.has(candidate.id));
    if (!hadLive && fresh.length > 0) offerDefaults(fresh);
    known = new Set(accounts.map((candidate) => candidate.id));
    hadLive = accounts.some((candidate) => !candidate.training);
    engine.accountsChanged();
  });
  const mustGet = (id: string): ColumnConfig => {
    const column = store.get(id);
    if (!column) throw new AppError('invalid_request', 'There is no such column.');
    return column;
  };

  const handlers: ColumnsHandlers = {
    'columns.list': () => store.list(),
    'columns.add': (input) => {
      const owner = input.accountId ? account(input.accountId) : null;
      if (input.kind !== 'all_mentions' && !owner) throw new AppError('invalid_input', 'accountId: choose the account this column reads as.');
      if ((input.kind === 'search' || input.kind === 'user') && !input.query) throw new AppError('invalid_input', `query: a ${input.kind} column needs ${input.kind === 'user' ? 'a handle' : 'a search'}.`);
      const title = input.title ?? columnTitle(input.kind, input.query, owner, TITLES);
      const column = store.add({ kind: input.kind, accountId: input.kind === 'all_mentions' ? null : input.accountId, query: input.query, title });
      listChanged();
      // Its header says how it refreshes from the start (a local column never has a refresh to report).
      deps.events.emit('columns.status', engine.status(column.id));
      return column;
    },
    'columns.update': ({ id, ...patch }) => {
      mustGet(id);
      const next = store.update(id, {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.width !== undefined ? { width: patch.width } : {}),
        ...(patch.filters !== undefined ? { filters: Object.fromEntries(Object.entries(patch.filters).filter(([, value]) => value !== undefined)) } : {}),
      });
      return next ?? mustGet(id);
    },
    'columns.remove': ({ id }) => {
      store.remove(id);
      return listChanged();
    },
    'columns.reorder': ({ ids }) => {
      store.reorder(ids);
      return listChanged();
    },
    'columns.items': async ({ id, cursor, limit }) => {
      const column = mustGet(id);
      const keep = itemFilter(column.filters, muteWords.get());
      const states = LOCAL_STATES[column.kind];
      const hideHandled = column.filters.hideHandled;
      if (states) {
        const posts = await deps.queue.list({ states, ...(column.accountId ? { accountId: column.accountId } : {}) });
        const present = (row: CachedRow): ColumnItem => presentItem(row, presentDeps);
        return localPage(posts, { account, keep, onX: ownPost, present, hideHandled }, cursor, limit);
      }
      const muted = mutedAuthors.snapshot();
      const page = cache.page(id, cursor, limit, (row) => !muted(row.accountId, row.item.author.id) && keep(row.item) && !(hideHandled && row.handled));
      return { items: page.rows.map((row) => presentItem(row, presentDeps)), cursor: page.cursor };
    },
    'columns.markSeen': ({ id }) => {
      mustGet(id);
      store.markSeen(id);
      const status = engine.status(id);
      deps.events.emit('columns.status', status);
      return status;
    },
    'columns.refresh': async ({ id }) => {
      const column = mustGet(id);
      return isRemote(column) ? engine.refresh(id) : engine.status(id);
    },
    'columns.statuses': () => engine.statuses(),
    'items.act': async (input) => {
      const item = await actOnItem({ cache, knowledge, mutedAuthors, accounts: deps.accounts, confirmations: deps.confirmations, providerFor: deps.providerFor, present }, input);
      const { action } = input;
      // Muting changes what columns may list; the rest change this post wherever it is shown.
      if (action === 'mute') deps.events.emit('columns.invalidated', { reason: 'muted' });
      else deps.events.emit('items.changed', [item]);
      return item;
    },
    'spend.get': () => ({ settings: spend.settings(), accounts: spend.summaries(deps.accounts().map((candidate) => candidate.id)) }),
    'spend.update': (patch) => {
      const next = spend.update({
        ...(patch.prices !== undefined ? { prices: patch.prices } : {}),
        ...(patch.monthlyCapUsd !== undefined ? { monthlyCapUsd: patch.monthlyCapUsd } : {}),
      });
      for (const status of engine.statuses()) deps.events.emit('columns.status', status);
      return next;
    },
    'muteWords.get': () => muteWords.get(),
    'muteWords.set': ({ words }) => {
      const next = muteWords.set(words);
      deps.events.emit('columns.invalidated', { reason: 'mute words' });
      return next;
    },
    'mutedAuthors.list': () => mutedAuthors.list(),
    'mutedAuthors.unmute': async ({ accountId, authorId }) => {
      if (!mutedAuthors.list().some((muted) => muted.accountId === accountId && muted.authorId === authorId)) {
        throw new AppError('invalid_request', 'That author is not muted for this account.');
      }
      try {
        await (await deps.providerFor(accountId)).unmute(authorId);
      } catch (error) {
        if (error instanceof ProviderError) throw new AppError('invalid_request', `X did not unmute them: ${error.message}`);
        throw error;
      }
      mutedAuthors.remove(accountId, authorId);
      deps.events.emit('columns.invalidated', { reason: 'unmuted' });
      return mutedAuthors.list();
    },
  };
  return {
    handlers,
    engine,
    muteWords,
    spend,
    cache,
    present,
    addColumn: (input) => {
      const column = store.add(input);
      listChanged();
      return column;
    },
    removeColumn: (id) => {
      store.remove(id);
      listChanged();
    },
    mutedBy: () => mutedAuthors.snapshot(),
    offerDefaults,
    setQuery: (id, query) => {
      if (store.get(id)?.query === query) return;
      store.setQuery(id, query);
      engine.replan();
    },
  };
}
