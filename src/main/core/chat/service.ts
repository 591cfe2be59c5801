// Tweet chats: a plan becomes queued posts from the host account (welcome, Q1…Qn with the prefix
// and hashtag, closing; grace 2 minutes) and a hashtag column the streams engine refreshes as fast as
// the rate budget allows while the chat is on. Every post that column receives within the chat's
// window is copied to the chat (readable offline, whatever happens to the cache), classified by
// question and offered to the moderation lane. State follows the clock: scheduled → live → ended.
import type { AccountSummary } from '../../../shared/accounts';
import {
  CHAT_GRACE_MINUTES,
  type Chat,
  type ChatEntry,
  type ChatFeed,
  type ChatPlan,
  type ChatSummary,
  type ModerationWords,
} from '../../../shared/chat';
import type { ColumnItem } from '../../../shared/columns';
import type { PostChat, QueuedPost } from '../../../shared/queue';
import type { Clock } from '../clock';
import type { CachedItem } from '../columns/cached-item';
import type { Columns } from '../columns/handlers';
import { AppError } from '../errors';
import type { ChatPostingGrants } from '../confirmations/grants';
import type { ConfirmationPass, Confirmations } from '../confirmations/service';
import { enforcePostChecks } from '../post-checks/checks';
import type { QueueService } from '../queue/service';
import type { EventHub } from '../rpc/events';
import { chatView } from './chat-view';
import { chatEntries, keepChangedItems, type ChatEntriesDeps, type EntriesOptions } from './entries';
import { assertPostsFit, plannedPosts, type PlannedPost } from './plan-posts';
import { CHAT_MARGIN_MINUTES, chatQuery, inWindow, isOn, stateAt, transitions } from './plan-window';
import { cachedInWindow } from './cached-window';
import { postToChat, type ChatPostInput } from './posting';
import { queueIds, type ChatPostIds, type ChatRecord, type ChatsStore } from './store';

export interface ChatServiceDeps {
  store: ChatsStore;
  events: EventHub;
  clock: Clock;
  accounts(): AccountSummary[];
  queue: QueueService;
  /** The host's corporate confirmation: one covers the whole plan (listing its posts). */
  confirmations: Confirmations;
  columns: Pick<Columns, 'cache' | 'present' | 'addColumn' | 'removeColumn' | 'setQuery' | 'engine' | 'mutedBy'>;
  muteWords(): string[];
  /** The user's extra moderation words, by kind. */
  moderationWords(): ModerationWords;
  /** "Don't ask again for this chat" grants (chat.post of that chat only). */
  grants: ChatPostingGrants;
}

const MINUTE = 60_000;
/** The hashtag column's shortest refresh interval while a chat is on (clock ms). */
export const CHAT_REFRESH_FLOOR_MS = 5_000;
/** The state timer looks again at least this often (sleep, clock changes). */
const MAX_SLEEP_MS = 60_000;

const invalid = (message: string): AppError => new AppError('invalid_input', message);

export class ChatService {
  #timer: NodeJS.Timeout | null = null;
  #closed = false;
  /** Chats whose column refreshes fast, as last told to the streams engine. */
  #on = '';
  readonly #unsubscribe: () => void;
  readonly #entryDeps: ChatEntriesDeps;

  constructor(private readonly deps: ChatServiceDeps) {
    this.#entryDeps = { ...deps, queued: (postId) => this.#queued(postId) };
    this.#unsubscribe = deps.events.subscribe((event, payload) => {
      if (event === 'queue.changed') this.#queueChanged(payload as QueuedPost[]);
      if (event === 'items.changed') keepChangedItems(deps.store, payload as ColumnItem[]);
    });
  }

  start(): void {
    this.#tick();
  }

  close(): void {
    this.#closed = true;
    this.#unsubscribe();
    if (this.#timer) clearTimeout(this.#timer);
  }

  list(): ChatSummary[] {
    return this.deps.store.list().map((record) => ({
      id: record.id,
      name: record.plan.name,
      hashtag: record.plan.hashtag,
      hostAccountId: record.plan.hostAccountId,
      state: record.state,
      startsAt: record.plan.startsAt,
      durationMinutes: record.plan.durationMinutes,
      questionCount: record.plan.questions.length,
      postCount: this.deps.store.postCount(record.id),
      rehearsalOf: record.plan.rehearsalOf ?? null,
    }));
  }

  get(id: string): Chat {
    return this.#view(this.#record(id));
  }

  /** "Ask again": the chat's posts need the host's confirmation again. */
  revokeGrant(id: string): Chat {
    return this.#changed(this.#record(this.deps.grants.revoke(id)));
  }

  /** A new draft, or a changed plan (a scheduled chat's unsent posts follow it). */
  save(id: string | undefined, plan: ChatPlan, confirmedAccountIds: readonly string[] = []): Chat {
    this.#host(plan.hostAccountId);
    assertPostsFit(plannedPosts(plan));
    if (id === undefined) return this.#changed(this.deps.store.create(plan));
    const record = this.#record(id);
    // A rehearsal stays one when its plan is edited (the form does not know the link).
    if (record.plan.rehearsalOf !== undefined) plan = { ...plan, rehearsalOf: record.plan.rehearsalOf };
    if (record.state === 'draft' || record.state === 'cancelled') return this.#changed(this.deps.store.update(id, { plan }));
    if (record.state === 'ended') throw invalid('This chat has ended; its plan can no longer change. Use it as a template for the next one.');
    return this.#changed(this.#replan(record, plan, confirmedAccountIds));
  }

  schedule(id: string, confirmedAccountIds: readonly string[]): Chat {
    const record = this.#record(id);
    if (record.state !== 'draft' && record.state !== 'cancelled') throw invalid(`This chat is already ${record.state}.`);
    const { plan } = record;
    const host = this.#host(plan.hostAccountId);
    if (host.status !== 'active') throw invalid(`@${host.handle} needs reconnecting before it can host. Reconnect it in Accounts.`);
    const posts = plannedPosts(plan);
    assertPostsFit(posts);
    const now = this.deps.clock.now();
    const first = posts[0];
    if (first && Date.parse(first.dueAt) + CHAT_GRACE_MINUTES * MINUTE < now) throw invalid('The chat starts in the past. Pick a later start time.');
    // One confirmation of a "confirm before posting" host covers the whole plan, before anything is
    // queued; the audit trail lists every post it covered.
    const pass = this.deps.confirmations.open('chat_schedule', [host], confirmedAccountIds);
    enforcePostChecks(posts.map((post) => ({ account: host, texts: [post.text] })));
    const created: string[] = [];
    const postIds: ChatPostIds = { questions: [] };
    try {
      for (const post of posts) {
        const queued = this.#queuePost(plan, post, pass);
        created.push(queued.id);
        if (post.role.kind === 'question') (postIds.questions as (string | null)[])[post.role.number - 1] = queued.id;
        else postIds[post.role.kind] = queued.id;
      }
    } catch (error) {
      for (const postId of created) this.#discard(postId);
      throw error;
    }
    pass.record(`chat ${plan.hashtag}: ${posts.length} posts (${posts.map((post) => post.role.kind === 'question' ? `Q${post.role.number}` : post.role.kind).join(', ')})`);
    const column = this.deps.columns.addColumn({ kind: 'search', accountId: host.id, query: plan.hashtag, title: `Chat ${plan.hashtag}` });
    const next = this.deps.store.update(id, { state: stateAt(plan, now), columnId: column.id, postIds });
    // A column joining a request another column already polls starts with that one's items.
    this.#keep(next, cachedInWindow(this.deps.columns.cache, next.plan, column.id));
    this.#arm();
    return this.#changed(next);
  }

  cancel(id: string): Chat {
    const record = this.#record(id);
    if (record.state === 'draft' || record.state === 'cancelled' || record.state === 'ended') throw invalid(`This chat is ${record.state}; there is nothing to cancel.`);
    for (const postId of queueIds(record.postIds)) {
      const post = this.#queued(postId);
      if (post && ['scheduled', 'held', 'failed'].includes(post.state)) this.deps.queue.act({ id: postId, action: 'to_draft' });
    }
    if (record.columnId) {
      this.#keepModeration(record);
      this.deps.columns.removeColumn(record.columnId);
    }
    this.deps.grants.endChat(id);
    return this.#changed(this.deps.store.update(id, { state: 'cancelled', columnId: null }));
  }

  delete(id: string): ChatSummary[] {
    const record = this.#record(id);
    for (const postId of queueIds(record.postIds)) this.#discard(postId);
    if (record.columnId) this.deps.columns.removeColumn(record.columnId);
    this.deps.grants.endChat(id);
    this.deps.store.delete(id);
    return this.list();
  }

  feed(id: string): ChatFeed {
    const record = this.#record(id);
    const refresh = record.columnId ? this.deps.columns.engine.status(record.columnId) : null;
    return { chatId: id, entries: this.entries(record, { listed: true }), refresh, budget: record.columnId ? this.deps.columns.engine.budget(record.columnId) : null };
  }

  /** Every kept post of the chat (or only those named), oldest first, classified (entries.ts). */
  entries(record: ChatRecord, options: EntriesOptions = {}): ChatEntry[] {
    return chatEntries(this.#entryDeps, record, options);
  }

  /** Keeps what moderation did to every post of the chat, before its column (and the cache's copies) go. */
  #keepModeration(record: ChatRecord): void {
    this.entries(record);
  }

  /** Posts now from the chat (posting.ts): the hashtag once, X's reply rule and the corporate confirmation or the chat's grant. */
  post(input: { id: string } & ChatPostInput): QueuedPost {
    const record = this.#record(input.id);
    const { post, granted } = postToChat(this.deps, record, input);
    if (granted) this.#changed(record);
    return post;
  }

  /** The streams engine asks: a live chat's column refreshes as fast as the rate budget allows. */
  floorFor(columnIds: readonly string[]): number | undefined {
    const now = this.deps.clock.now();
    for (const columnId of columnIds) {
      const record = this.deps.store.byColumn(columnId);
      if (record && isOn(record.plan, now)) return CHAT_REFRESH_FLOOR_MS;
    }
    return undefined;
  }

  /**
   * The streams engine asks: a scheduled chat's column reads only from a margin before the start
   * (nothing before it belongs to the chat). Dormant only when every one of the columns is such.
   */
  dormantFor(columnIds: readonly string[]): { until: number; why: string } | null {
    let until = Infinity;
    for (const columnId of columnIds) {
      const record = this.deps.store.byColumn(columnId);
      if (!record || record.state !== 'scheduled') return null;
      until = Math.min(until, transitions(record.plan)[0] as number);
    }
    return Number.isFinite(until) && until > this.deps.clock.now() ? { until, why: `${CHAT_MARGIN_MINUTES} minutes before the chat` } : null;
  }

  /** The scheduled or live chat whose plan holds each of these queued posts (they are changed in that plan); one read of the chats. */
  plansOf(postIds: readonly string[]): Map<string, PostChat> {
    const plans = new Map<string, PostChat>();
    const wanted = new Set(postIds);
    for (const record of this.deps.store.byQueuePosts(postIds)) {
      if (record.state !== 'scheduled' && record.state !== 'live') continue;
      const chat = { id: record.id, name: record.plan.name, hashtag: record.plan.hashtag };
      for (const id of queueIds(record.postIds)) if (wanted.has(id)) plans.set(id, chat);
    }
    return plans;
  }

  record(id: string): ChatRecord {
    return this.#record(id);
  }

  // --- internals -----------------------------------------------------------------------------------

  #record(id: string): ChatRecord {
    const record = this.deps.store.get(id);
    if (!record) throw new AppError('invalid_request', 'There is no such chat.');
    return record;
  }

  #host(accountId: string): AccountSummary {
    const host = this.deps.accounts().find((account) => account.id === accountId);
    if (!host) throw invalid('hostAccountId: choose a connected account to host the chat.');
    return host;
  }

  #queuePost(plan: ChatPlan, post: PlannedPost, pass: ConfirmationPass): QueuedPost {
    const [queued] = this.deps.queue.create({
      posts: [{ accountId: plan.hostAccountId, parts: [{ text: post.text, mediaIds: [] }] }],
      replyToId: null,
      quoteOfId: null,
      when: { kind: 'at', dueAt: post.dueAt, zone: plan.zone },
      graceMinutes: CHAT_GRACE_MINUTES,
      confirmedAccountIds: [],
    }, { pass });
    if (!queued) throw new AppError('internal', 'The post was not queued.');
    return queued;
  }

  /** A scheduled or live chat's plan changes: unsent posts take the new texts and times. */
  #replan(record: ChatRecord, plan: ChatPlan, confirmedAccountIds: readonly string[]): ChatRecord {
    const { plan: old, postIds } = record;
    const sameShape =
      plan.hostAccountId === old.hostAccountId &&
      plan.hashtag.toLowerCase() === old.hashtag.toLowerCase() &&
      plan.questions.length === old.questions.length &&
      (plan.welcome === null) === (old.welcome === null) &&
      (plan.closing === null) === (old.closing === null);
    if (!sameShape) throw invalid('A scheduled chat keeps its host, hashtag and number of posts. Cancel it to change those, then schedule it again.');
    const ids = queueIds(postIds);
    const planned = plannedPosts(plan);
    planned.forEach((post, index) => {
      const postId = ids[index];
      const queued = postId ? this.#queued(postId) : null;
      if (!postId || !queued || !['scheduled', 'held', 'failed', 'draft'].includes(queued.state)) return;
      if (queued.parts[0]?.text !== post.text) this.deps.queue.edit({ id: postId, parts: [{ text: post.text, mediaIds: [] }], when: { kind: 'keep' }, confirmedAccountIds: [...confirmedAccountIds] });
      if (queued.state === 'scheduled' && queued.dueAt !== post.dueAt) {
        this.deps.queue.reschedule({ id: postId, dueAt: post.dueAt, zone: plan.zone, confirmedAccountIds: [...confirmedAccountIds], via: 'schedule' });
      }
    });
    const next = this.deps.store.update(record.id, { plan, state: stateAt(plan, this.deps.clock.now()) });
    this.deps.columns.engine.replan();
    this.#arm();
    return next;
  }

  readonly #lookup = (postId: string): QueuedPost | null => this.#queued(postId);

  #queued(postId: string): QueuedPost | null {
    try {
      return this.deps.queue.get(postId);
    } catch {
      return null;
    }
  }

  #discard(postId: string): void {
    const post = this.#queued(postId);
    if (post && post.state !== 'sent' && post.state !== 'sending') this.deps.queue.act({ id: postId, action: 'discard' });
  }

  #view(record: ChatRecord): Chat {
    return { ...chatView(this.#lookup, record), postingGrant: this.deps.grants.forChat(record.id, this.deps.clock.now()) };
  }

  #changed(record: ChatRecord): Chat {
    const chat = this.#view(record);
    this.deps.events.emit('chat.changed', chat);
    return chat;
  }

  /** The streams engine polled a column: if it is a chat's, keep what falls in the chat's window. */
  received(columnId: string, items: readonly CachedItem[]): void {
    const record = this.deps.store.byColumn(columnId);
    if (record) this.#keep(record, items.filter((item) => inWindow(record.plan, Date.parse(item.createdAt))));
  }

  /** Keeps posts for the chat and pushes the new ones as entries. */
  #keep(record: ChatRecord, items: readonly CachedItem[]): void {
    const added = new Set(this.deps.store.addPosts(record.id, items));
    if (added.size === 0) return;
    const entries = this.entries(record, { only: added, listed: true });
    this.deps.events.emit('chat.entries', { chatId: record.id, entries });
  }

  #queueChanged(posts: readonly QueuedPost[]): void {
    for (const record of this.deps.store.byQueuePosts(posts.map((post) => post.id))) {
      const chat = this.#view(record);
      if (record.columnId) this.deps.columns.setQuery(record.columnId, chatQuery(chat));
      this.deps.events.emit('chat.changed', chat);
    }
  }

  /** Moves chats along scheduled → live → ended by the clock, and re-arms. */
  #tick(): void {
    if (this.#closed) return;
    const now = this.deps.clock.now();
    const on: string[] = [];
    for (const record of this.deps.store.list()) {
      if (record.state === 'draft' || record.state === 'cancelled') continue;
      const state = stateAt(record.plan, now);
      if (state !== record.state) {
        // Over: its column stops reading (and costing); the chat keeps every post it received.
        if (state === 'ended' && record.columnId) {
          this.#keepModeration(record);
          this.deps.columns.removeColumn(record.columnId);
        }
        if (state === 'ended') this.deps.grants.endChat(record.id);
        this.#changed(this.deps.store.update(record.id, state === 'ended' ? { state, columnId: null } : { state }));
      }
      if (isOn(record.plan, now)) on.push(record.id);
    }
    // A chat coming on or going off changes how fast its column may refresh.
    if (on.join() !== this.#on) {
      this.#on = on.join();
      this.deps.columns.engine.replan();
    }
    this.#arm();
  }

  #arm(): void {
    if (this.#closed) return;
    if (this.#timer) clearTimeout(this.#timer);
    const now = this.deps.clock.now();
    const next = this.deps.store
      .list()
      .filter((record) => record.state === 'scheduled' || record.state === 'live')
      .flatMap((record) => transitions(record.plan))
      .filter((at) => at > now);
    const delay = Math.min(MAX_SLEEP_MS, next.length > 0 ? Math.min(...next) - now : MAX_SLEEP_MS);
    this.#timer = setTimeout(() => this.#tick(), this.deps.clock.wallDelay(Math.max(0, delay)) + 5);
    this.#timer.unref();
  }
}
