// The streams engine (DESIGN rule 6): one timer refreshes every remote column within the rate
// budget per account × endpoint, one request per distinct (account, kind, query) feeding every
// column that needs it, polling with since_id; intervals come from the endpoint's window, the
// number of requests sharing it and the monthly spend cap. Stops on close().
import type { Database } from 'better-sqlite3';
import type { AccountSummary } from '../../../shared/accounts';
import type { ColumnCost, ColumnItem, ColumnStatus, RequestCost } from '../../../shared/columns';
import type { EventName, EventPayload } from '../../../shared/contract';
import type { ColumnsStore } from '../columns/config-store';
import type { CachedItem } from '../columns/cached-item';
import type { ItemCache } from '../columns/item-cache';
import type { Provider } from '../providers/provider';
import type { SpendStore } from '../spend/spend-store';
import { estimateRequest, postsPerDay, totalOnce, type ArrivalSample } from '../spend/estimate';
import { arrivalSample, requestLabel } from './arrivals';
import { hoursLeftInMonth, planIntervalMs, REFRESH_FLOOR_MS, spendPace, type SpendPace } from './plan';
import { dormantRequest, type DormantFor } from './dormancy';
import { PAGE_SIZE, pollPages, POSTS_PER_POLL } from './poll';
import { answerForColumns, isRemote, planRequests, type RequestSpec } from './requests';
import { columnWaiting, waitFor } from './waiting';

export interface StreamsDeps {
  db: Database;
  columns: ColumnsStore;
  cache: ItemCache;
  spend: SpendStore;
  accounts(): AccountSummary[];
  providerFor(accountId: string): Promise<Provider>;
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** The items as a column shows them (its filters applied). */
  present(accountId: string, itemIds: string[], columnId: string): ColumnItem[];
  timeZone(): string;
  now?: () => number;
  /** Wall ms a timer waits for ms of `now`'s time (an accelerated clock); the same by default. */
  wallDelay?: (ms: number) => number;
  floorMs?: number;
  /** A shorter floor for requests some columns need fast (a live tweet chat), or undefined. */
  floorFor?: (columnIds: readonly string[]) => number | undefined;
  /** Columns that should not read yet (a scheduled chat's column): see dormancy.ts. */
  dormantFor?: DormantFor;
  /** Every item a poll brought a column, unfiltered, once cached (a tweet chat keeps its own copy). */
  received?: (columnId: string, items: readonly CachedItem[]) => void;
}

interface CostContext {
  accounts: readonly AccountSummary[];
  prices: Readonly<Record<string, number>>;
}

/** What every column's status reads alike, worked out once per answer: the accounts, prices, the all-columns total and the spend pace. */
interface StatusContext {
  accounts: readonly AccountSummary[];
  cost: CostContext;
  allColumnsUsdPerDay: number;
  pace: SpendPace;
}

interface RequestState {
  nextAt: number | null;
  /** The interval the rate window allows; intervalMs is it times the spend factor. */
  baseIntervalMs: number;
  intervalMs: number;
  waiting: string | null;
  running: Promise<void> | null;
}

export class StreamsEngine {
  readonly #states = new Map<string, RequestState>();
  /** The last rate window seen per request. */
  readonly #windows = new Map<string, { limit: number; remaining: number; resetAt: string }>();
  /** What each request's columns hold of the last days' posts (its arrival rate), after its last answer. */
  readonly #arrivals = new Map<string, ArrivalSample>();
  #announcedTotal = 0;
  #specs: RequestSpec[] = [];
  #timer: NodeJS.Timeout | null = null;
  #closed = false;
  #started = false;
  readonly #now: () => number;

  constructor(private readonly deps: StreamsDeps) {
    this.#now = deps.now ?? Date.now;
  }

  /**
   * Refreshes everything now (or, at launch, `firstRoundInMs` from now, so the page paints the
   * cache before the first polls start the training sandbox and load the X library), then on
   * the planned intervals. Requests that appear meanwhile are due at once.
   */
  start(firstRoundInMs = 0): void {
    this.#started = true;
    this.#plan();
    if (firstRoundInMs > 0) for (const state of this.#states.values()) state.nextAt = this.#now() + firstRoundInMs;
    this.#arm();
  }

  /** After columns or accounts changed: new requests are due at once, gone ones are dropped. */
  replan(): void {
    if (this.#closed) return;
    this.#plan();
    this.#arm();
  }

  /**
   * After an account was connected, reconnected or marked as needing it: its requests come and go
   * (see requests.ts), and every request that had stopped for good (a refused token, a refused
   * scope) is due again at once, since the new sign-in may answer it. Since_id then brings what was
   * missed (up to the catch-up pages), counted as new. Every column's status is announced, so no
   * column goes on saying "needs reconnecting" after a reconnect.
   */
  accountsChanged(): void {
    if (this.#closed) return;
    this.#plan();
    if (this.#started) {
      for (const state of this.#states.values()) {
        if (state.nextAt !== null || state.running) continue;
        state.nextAt = this.#now();
        state.waiting = null;
      }
    }
    this.#arm();
    for (const status of this.statuses()) this.deps.emit('columns.status', status);
  }

  /** Refreshes one column's requests now (the user asked), then answers its status. */
  async refresh(columnId: string): Promise<ColumnStatus> {
    this.#plan();
    await Promise.all(this.#specs.filter((spec) => spec.columnIds.includes(columnId)).map((spec) => this.#run(spec)));
    this.#arm();
    return this.status(columnId);
  }

  #plan(): void {
    const previous = new Map(this.#specs.map((spec) => [spec.key, spec.columnIds]));
    this.#specs = planRequests(this.deps.columns.list(), this.deps.accounts());
    // A column joining a request already polled (since_id would never bring it older items)
    // starts with what the request's other columns hold.
    for (const spec of this.#specs) {
      const before = previous.get(spec.key) ?? [];
      const source = before.find((id) => spec.columnIds.includes(id));
      if (!source) continue;
      // A column taking part of the answer (a hashtag within a wider search) does not take all of it.
      for (const id of spec.columnIds) if (!before.includes(id) && !spec.localHashtags?.[id]) this.deps.cache.copyMembership(source, id, spec.accountId);
    }
    const keys = new Set(this.#specs.map((spec) => spec.key));
    for (const key of [...this.#states.keys()]) if (!keys.has(key)) this.#states.delete(key);
    for (const spec of this.#specs) {
      const known = this.#states.get(spec.key);
      if (known) {
        // A floor that got shorter (a chat coming on) applies now, not after the slower wait.
        const floor = this.#floor(spec);
        if (floor < known.baseIntervalMs) {
          known.baseIntervalMs = floor;
          known.intervalMs = floor;
          if (known.nextAt !== null && !known.running) known.nextAt = Math.min(known.nextAt, this.#now() + floor);
        }
        continue;
      }
      const dormant = this.#dormant(spec);
      this.#states.set(spec.key, { nextAt: this.#started ? (dormant?.until ?? this.#now()) : null, baseIntervalMs: this.#floor(spec), intervalMs: this.#floor(spec), waiting: null, running: null });
    }
  }

  /** `shared`: what every column's status reads alike (statuses() works it out once for all of them). */
  status(columnId: string, shared: StatusContext = this.#statusContext()): ColumnStatus {
    const { accounts, pace } = shared;
    const column = this.deps.columns.get(columnId);
    const base = { columnId, newCount: this.deps.columns.newCount(columnId), lastRefreshedAt: this.deps.columns.lastRefreshedAt(columnId) };
    if (!column || !isRemote(column)) return { ...base, nextRefreshAt: null, waiting: null, cost: { usdPerDay: 0, requests: [], allColumnsUsdPerDay: shared.allColumnsUsdPerDay } };
    const specs = this.#specs.filter((spec) => spec.columnIds.includes(columnId));
    const states = specs.map((spec) => this.#states.get(spec.key));
    const next = states.map((state) => state?.nextAt ?? null).filter((at): at is number => at !== null);
    const owner = column.accountId ? accounts.find((account) => account.id === column.accountId) : undefined;
    const dormant = specs.length > 0 ? this.#dormant(specs[0] as RequestSpec) : null;
    const waiting = columnWaiting({
      reconnect: owner && owner.status !== 'active' ? owner : null,
      dormant,
      requestWaiting: states.find((state) => state?.waiting)?.waiting ?? null,
      pace,
      monthlyCapUsd: this.deps.spend.settings().monthlyCapUsd,
      hasRequests: specs.length > 0,
      now: this.#now(),
      timeZone: this.deps.timeZone(),
    });
    return {
      ...base,
      nextRefreshAt: next.length > 0 && pace.kind !== 'stopped' ? new Date(Math.min(...next)).toISOString() : null,
      waiting,
      cost: this.#columnCost(columnId, specs, shared),
    };
  }

  statuses(): ColumnStatus[] {
    const shared = this.#statusContext();
    return this.deps.columns.list().map((column) => this.status(column.id, shared));
  }

  #statusContext(): StatusContext {
    const accounts = this.deps.accounts();
    const cost = this.#costContext(accounts);
    return { accounts, cost, allColumnsUsdPerDay: this.#allColumnsUsdPerDay(cost), pace: this.#pace() };
  }

  /** Waits for requests in flight, then stops the timer for good. */
  async close(): Promise<void> {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    await Promise.all([...this.#states.values()].map((state) => state.running));
  }

  #arm(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#closed || !this.#started || this.#pace().kind === 'stopped') return;
    const due = [...this.#states.values()].filter((state) => state.nextAt !== null && !state.running).map((state) => state.nextAt as number);
    if (due.length === 0) return;
    const delay = Math.max(0, Math.min(...due) - this.#now());
    this.#timer = setTimeout(() => void this.#tick(), Math.min(this.deps.wallDelay ? this.deps.wallDelay(delay) : delay, 2 ** 31 - 1));
    this.#timer.unref();
  }

  async #tick(): Promise<void> {
    this.#timer = null;
    const now = this.#now();
    const due = this.#specs.filter((spec) => {
      const state = this.#states.get(spec.key);
      return state && !state.running && state.nextAt !== null && state.nextAt <= now;
    });
    await Promise.all(due.map((spec) => this.#run(spec)));
    this.#arm();
  }

  #run(spec: RequestSpec): Promise<void> {
    const state = this.#states.get(spec.key);
    if (!state) return Promise.resolve();
    if (state.running) return state.running;
    state.running = this.#fetch(spec, state).finally(() => {
      state.running = null;
      if (this.#closed) return;
      for (const columnId of spec.columnIds) this.deps.emit('columns.status', this.status(columnId));
      this.#announceTotal();
    });
    return state.running;
  }

  async #fetch(spec: RequestSpec, state: RequestState): Promise<void> {
    const dormant = this.#dormant(spec);
    if (dormant) {
      state.nextAt = dormant.until;
      return;
    }
    const cursor = this.deps.db
      .prepare<[string], { newest_id: string }>('SELECT newest_id FROM request_cursors WHERE request_key = ?')
      .get(spec.key);
    try {
      const provider = await this.deps.providerFor(spec.accountId);
      const { items, complete } = await pollPages(provider, spec.request, cursor?.newest_id);
      if (this.#closed) return;
      const now = new Date(this.#now());
      this.deps.spend.record(spec.accountId, spec.billable, items.length, now);
      const columnIds = spec.columnIds.filter((id) => this.deps.columns.get(id));
      const ownUserId = this.deps.accounts().find((account) => account.id === spec.accountId)?.userId ?? '';
      const taken = answerForColumns(spec, columnIds, items, ownUserId);
      const added = new Map<string, number>();
      for (const columnId of columnIds) for (const [id, count] of this.deps.cache.ingest(spec.accountId, taken.get(columnId) ?? [], [columnId])) added.set(id, count);
      this.#arrivals.set(spec.key, arrivalSample(this.deps.db, { ...spec, columnIds }, this.#now(), PAGE_SIZE));
      const newest = items.reduce<string | null>((max, item) => (max === null || BigInt(item.id) > BigInt(max) ? item.id : max), cursor?.newest_id ?? null);
      if (newest && complete) {
        this.deps.db
          .prepare('INSERT INTO request_cursors (request_key, newest_id) VALUES (?, ?) ON CONFLICT (request_key) DO UPDATE SET newest_id = excluded.newest_id')
          .run(spec.key, newest);
      }
      for (const columnId of columnIds) {
        // The first fill is not "new": only what arrives after the column had items.
        this.deps.columns.addNew(columnId, cursor ? (added.get(columnId) ?? 0) : 0, now.toISOString());
        const mine = taken.get(columnId) ?? [];
        if ((added.get(columnId) ?? 0) > 0) this.deps.emit('columns.items', { columnId, items: this.deps.present(spec.accountId, mine.map((item) => item.id), columnId) });
        if (mine.length > 0) this.deps.received?.(columnId, mine);
      }
      const window = provider.rateLimits().find((limit) => limit.endpoint === spec.endpoint) ?? null;
      if (window) this.#windows.set(spec.key, { limit: window.limit, remaining: window.remaining, resetAt: window.resetAt });
      const sharing = this.#specs.filter((other) => other.accountId === spec.accountId && other.endpoint === spec.endpoint).length;
      state.baseIntervalMs = planIntervalMs(
        { limit: window?.limit ?? null, remaining: window?.remaining ?? null, resetInMs: window ? Date.parse(window.resetAt) - this.#now() : null },
        sharing,
        1,
        this.#floor(spec),
      );
      const pace = this.#pace();
      state.intervalMs = Math.round(state.baseIntervalMs * (pace.kind === 'slowed' ? pace.factor : 1));
      state.waiting = null;
      state.nextAt = this.#now() + state.intervalMs;
    } catch (error) {
      const decision = waitFor(error, this.#now(), state.intervalMs, this.deps.timeZone());
      state.waiting = decision.waiting;
      state.nextAt = decision.retryAt;
    }
  }

  #costContext(accounts: readonly AccountSummary[]): CostContext {
    return { accounts, prices: this.deps.spend.settings().prices };
  }

  /** Null until the request has been answered once (in this launch or, its cursor says, before). */
  #sample(spec: RequestSpec): ArrivalSample | null {
    const known = this.#arrivals.get(spec.key);
    if (known) return known;
    const read = this.deps.db.prepare('SELECT 1 FROM request_cursors WHERE request_key = ?').pluck().get(spec.key) !== undefined;
    if (!read) return null;
    const sample = arrivalSample(this.deps.db, spec, this.#now(), PAGE_SIZE);
    this.#arrivals.set(spec.key, sample);
    return sample;
  }

  /** At the interval it polls now, or (`base`) at the one the rate window alone allows. */
  #estimate(spec: RequestSpec, { accounts, prices }: CostContext, base = false): RequestCost {
    const state = this.#states.get(spec.key);
    const intervalMs = state ? (base ? state.baseIntervalMs : state.intervalMs) : this.#floor(spec);
    const arriving = postsPerDay(this.#sample(spec), this.#now());
    const priceUsd = prices[spec.billable] ?? 0;
    const estimate = this.#dormant(spec) ? { requestsPerDay: 0, postsReadPerDay: 0, usdPerDay: 0 } : estimateRequest({ intervalMs, postsPerDay: arriving, postsPerPoll: POSTS_PER_POLL, priceUsd });
    return { label: requestLabel(spec, accounts), intervalMs, postsPerDay: arriving, billable: spec.billable, priceUsd, sharedWith: [], ...estimate };
  }

  #columnCost(columnId: string, specs: readonly RequestSpec[], shared: StatusContext): ColumnCost {
    const requests = specs.map((spec) => ({
      ...this.#estimate(spec, shared.cost),
      sharedWith: spec.columnIds.filter((id) => id !== columnId).map((id) => this.deps.columns.get(id)?.title ?? id),
    }));
    return { usdPerDay: requests.reduce((sum, request) => sum + request.usdPerDay, 0), requests, allColumnsUsdPerDay: shared.allColumnsUsdPerDay };
  }

  #allColumnsUsdPerDay(context: CostContext, base = false): number {
    return totalOnce(this.#specs.map((spec) => ({ key: spec.key, usdPerDay: this.#estimate(spec, context, base).usdPerDay })));
  }

  /**
   * Every header's basis names the total of all columns: when an answer moved it, the columns
   * that request does not feed hear it too (their own figures did not change).
   */
  #announceTotal(): void {
    const accounts = this.deps.accounts();
    const total = this.#allColumnsUsdPerDay(this.#costContext(accounts));
    if (Math.abs(total - this.#announcedTotal) < 1e-9) return;
    this.#announcedTotal = total;
    for (const status of this.statuses()) this.deps.emit('columns.status', status);
  }

  #dormant(spec: RequestSpec): { until: number; why: string } | null {
    return dormantRequest(this.deps.dormantFor, spec.columnIds, this.#now());
  }

  #floor(spec: RequestSpec): number {
    return this.deps.floorFor?.(spec.columnIds) ?? this.deps.floorMs ?? REFRESH_FLOOR_MS;
  }

  /** The rate window and interval of the requests a column uses (the chat view shows its budget). */
  budget(columnId: string): { limit: number | null; remaining: number | null; resetAt: string | null; intervalMs: number } | null {
    const spec = this.#specs.find((candidate) => candidate.columnIds.includes(columnId));
    const state = spec ? this.#states.get(spec.key) : undefined;
    if (!spec || !state) return null;
    return { limit: null, remaining: null, resetAt: null, ...this.#windows.get(spec.key), intervalMs: state.intervalMs };
  }

  #pace(): SpendPace {
    const { monthlyCapUsd } = this.deps.spend.settings();
    if (monthlyCapUsd === null) return { kind: 'normal' };
    const now = new Date(this.#now());
    const hourly = this.#allColumnsUsdPerDay({ accounts: this.deps.accounts(), prices: this.deps.spend.settings().prices }, true) / 24;
    return spendPace(this.deps.spend.monthTotal(now), hourly, hoursLeftInMonth(now), monthlyCapUsd);
  }
}
