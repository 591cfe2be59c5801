// The scheduler and publisher loop. One timer, set for the next moment anything is due (a post, a
// retry, the end of a grace window), never longer than MAX_SLEEP_MS; and wake(reason) for start,
// resume from sleep, clock change, coming back online, and queue or account changes.
//
// Why the cap: setTimeout runs on a monotonic clock that may stop while the machine sleeps and
// knows nothing of wall-clock changes, while due times are wall-clock instants. The shell forwards
// power and clock events, but browser mode and the CLI have none; looking again at least once a
// minute bounds how late a post can be in every mode, for the price of a few indexed queries.
//
// Each account has one lane: its posts go out one at a time in due order, and a post waiting for
// a retry holds back the account's later posts (order kept). Accounts run in parallel.
import type { AccountSummary } from '../../../shared/accounts';
import { ProviderError } from '../providers/provider';
import { describeError } from '../safe-error';
import type { QueueAnnouncer } from './announce';
import { DEFAULT_BACKOFF, retryDelayMs, type BackoffPolicy } from './backoff';
import type { AccountsView, MediaSource, ProviderFor } from './deps';
import type { PublisherLock } from './publisher-lock';
import { findPublished } from './reconcile';
import { applyAccountRemovals } from './removals';
import type { Head, PostRecord, PostsRepository } from './repository';
import { sendPost, type SendOutcome } from './send';

export const MAX_SLEEP_MS = 60_000;
/** How often a process without the publisher lock looks whether it is free. */
const LOCK_RETRY_MS = 5_000;
export const DEFAULT_MAX_ATTEMPTS = 8;

export interface SchedulerOptions {
  repo: PostsRepository;
  accounts: AccountsView;
  providerFor: ProviderFor;
  media: MediaSource;
  announce: QueueAnnouncer;
  lock: PublisherLock;
  backoff?: BackoffPolicy;
  maxAttempts?: number;
  now?: () => number;
  random?: () => number;
  log?: (line: string) => void;
  /** Wall ms a timer waits for ms of `now`'s time (an accelerated clock); the same by default. */
  wallDelay?: (ms: number) => number;
}

export class Scheduler {
  readonly #o: SchedulerOptions;
  readonly #now: () => number;
  readonly #log: (line: string) => void;
  readonly #lanes = new Map<string, Promise<void>>();
  /** An account that could not be reached to reconcile waits until then. */
  readonly #blockedUntil = new Map<string, number>();
  #timer: NodeJS.Timeout | null = null;
  #ticking = false;
  #again = false;
  #running = false;
  #idle: (() => void)[] = [];

  constructor(options: SchedulerOptions) {
    this.#o = options;
    this.#now = options.now ?? Date.now;
    this.#log = options.log ?? ((line) => console.error(`[columns] ${line}`));
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.wake('start');
  }

  get running(): boolean {
    return this.#running;
  }

  /** Look at the queue now (resume, clock change, online, a change in the queue or accounts). */
  wake(_reason: string): void {
    if (!this.#running) return;
    if (this.#ticking) {
      this.#again = true;
      return;
    }
    this.#ticking = true;
    queueMicrotask(() => this.#tick());
  }

  /** Resolves when no post is being sent and nothing is due right now (tests, the CLI). */
  whenIdle(): Promise<void> {
    if (this.#isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  /** Stops looking; posts being sent finish (up to `graceMs`), then the lock is released. */
  async stop(graceMs = 5_000): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([Promise.allSettled([...this.#lanes.values()]), new Promise((resolve) => (timeout = setTimeout(resolve, graceMs)))]);
    clearTimeout(timeout);
    if (this.#lanes.size === 0) {
      try {
        this.#o.lock.release();
      } catch {
        // The database is already closed: the lock goes stale with this process.
      }
    }
    this.#flushIdle();
  }

  #tick(): void {
    try {
      this.#again = false;
      if (!this.#running) return;
      if (!this.#o.lock.acquire()) {
        this.#arm(LOCK_RETRY_MS);
        return;
      }
      const changed = applyAccountRemovals(this.#o.repo.db, this.#o.repo, this.#now);
      changed.push(...this.#holdMissed());
      if (changed.length > 0) this.#o.announce.changed(changed);
      const accounts = new Map(this.#o.accounts.list().map((a) => [a.id, a]));
      const now = this.#now();
      let next = Number.POSITIVE_INFINITY;
      for (const accountId of this.#orphanAccounts()) {
        const account = accounts.get(accountId);
        if (!this.#lanes.has(accountId) && this.#unblocked(accountId, now)) this.#startLane(accountId, account ?? null);
      }
      for (const account of accounts.values()) {
        if (account.status !== 'active' || this.#lanes.has(account.id)) continue;
        const head = this.#o.repo.head(account.id);
        if (!head) continue;
        const readyAt = Math.max(readyTime(head), this.#blockedUntil.get(head.accountId) ?? 0);
        if (readyAt <= now) this.#startLane(head.accountId, account);
        else next = Math.min(next, readyAt);
      }
      const missedAt = this.#o.repo.firstMissedAfter();
      if (missedAt) next = Math.min(next, Date.parse(missedAt) + 1);
      this.#arm(Number.isFinite(next) ? next - now : MAX_SLEEP_MS);
    } catch (error) {
      this.#log(`the scheduler could not look at the queue: ${describeError(error)}`);
      this.#arm(LOCK_RETRY_MS);
    } finally {
      this.#ticking = false;
      if (this.#again && this.#running) this.wake('again');
      else if (this.#isIdle()) this.#flushIdle();
    }
  }

  #arm(delayMs: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    if (!this.#running) return;
    const clockMs = Math.min(MAX_SLEEP_MS, Math.max(0, delayMs));
    this.#timer = setTimeout(() => this.wake('timer'), this.#o.wallDelay ? this.#o.wallDelay(clockMs) : clockMs);
    this.#timer.unref();
  }

  #isIdle(): boolean {
    if (this.#lanes.size > 0 || this.#ticking) return false;
    if (!this.#running) return true;
    const now = this.#now();
    const dueNow = this.#o.accounts.list().some((account) => {
      const head = account.status === 'active' ? this.#o.repo.head(account.id) : null;
      return head !== null && Math.max(readyTime(head), this.#blockedUntil.get(account.id) ?? 0) <= now;
    });
    return !dueNow && this.#orphanAccounts().every((id) => !this.#unblocked(id, now));
  }

  #flushIdle(): void {
    const waiting = this.#idle.splice(0);
    for (const resolve of waiting) resolve();
  }

  #unblocked(accountId: string, now: number): boolean {
    return (this.#blockedUntil.get(accountId) ?? 0) <= now;
  }

  #orphanAccounts(): string[] {
    return this.#o.repo.sendingAccounts().filter((id) => !this.#lanes.has(id));
  }

  /** Scheduled posts past their grace window: missed, then held for the person (one notification). */
  #holdMissed(): string[] {
    const late = this.#o.repo.pastGrace(new Date(this.#now()).toISOString());
    const held: string[] = [];
    for (const post of late) {
      const message = `Due at ${post.dueAt ?? '?'}; not sent within its ${post.graceMinutes}-minute grace window (Columns was closed, asleep, offline or waiting). Post it now, reschedule or discard it.`;
      const ok = this.#o.repo.transaction(
        () =>
          this.#o.repo.transition(post.id, 'scheduled', 'missed', 'grace window passed', { nextAttemptAt: null, lastError: { code: 'missed', message } }) &&
          this.#o.repo.transition(post.id, 'missed', 'held', 'waiting for the user'),
      );
      if (ok) held.push(post.id);
    }
    if (held.length > 0) {
      const first = late[0] as PostRecord;
      this.#o.announce.needsYou(
        held.length === 1 ? `A post for @${first.accountHandle} missed its time` : `${held.length} posts missed their time`,
        'They were held: post now, reschedule or discard them in the queue.',
      );
    }
    return held;
  }

  #startLane(accountId: string, account: AccountSummary | null): void {
    const lane = this.#runLane(accountId, account)
      .catch((error: unknown) => this.#log(`publishing for an account stopped: ${describeError(error)}`))
      .finally(() => {
        this.#lanes.delete(accountId);
        this.wake('lane finished');
      });
    this.#lanes.set(accountId, lane);
  }

  async #runLane(accountId: string, account: AccountSummary | null): Promise<void> {
    if (!(await this.#reconcileOrphans(accountId, account))) return;
    if (!account) return;
    for (;;) {
      if (!this.#running) return;
      const current = this.#o.accounts.list().find((a) => a.id === accountId);
      if (!current || current.status !== 'active') return;
      const head = this.#o.repo.head(accountId);
      if (!head || readyTime(head) > this.#now()) return;
      const post = this.#o.repo.get(head.id);
      if (!post) continue;
      const claimedAt = new Date(this.#now()).toISOString();
      const since = post.firstClaimedAt ?? claimedAt;
      // The claim is committed before any request leaves: after a crash, `sending` means "look first".
      if (!this.#o.repo.transition(post.id, 'scheduled', 'sending', `attempt ${post.attempts + 1}`, { countAttempt: true, firstClaimedAt: since })) continue;
      this.#o.announce.changed([post.id]);
      const outcome = await this.#send(post, current, since);
      if (!this.#record(post, current, outcome)) return;
    }
  }

  async #send(post: PostRecord, account: AccountSummary, since: string): Promise<SendOutcome> {
    try {
      const provider = await this.#o.providerFor(account.id);
      return await sendPost(post, { repo: this.#o.repo, provider, media: this.#o.media, userId: account.userId, since });
    } catch (error) {
      // No provider (keychain locked, account gone): nothing was sent.
      return { kind: 'retry', error: new ProviderError('network', `Columns could not use @${account.handle}'s sign-in: ${describeError(error)}`), unsure: false };
    }
  }

  /** Writes the outcome; true when the lane may go on to the account's next post. */
  #record(post: PostRecord, account: AccountSummary, outcome: SendOutcome): boolean {
    const { repo, announce } = this.#o;
    const attempts = post.attempts + 1;
    let goOn = false;
    switch (outcome.kind) {
      case 'sent':
        repo.transition(post.id, 'sending', 'sent', `posted as ${outcome.remoteIds.join(', ')}`, { nextAttemptAt: null, lastError: null, verifyBeforeSend: false });
        goOn = true;
        break;
      case 'failed':
        repo.transition(post.id, 'sending', 'failed', outcome.code, { nextAttemptAt: null, lastError: { code: outcome.code, message: outcome.message } });
        announce.needsYou(`A post for @${account.handle} failed`, outcome.message);
        goOn = true;
        break;
      case 'auth':
      case 'retry': {
        const error = outcome.error;
        const paused = outcome.kind === 'auth' && this.#o.accounts.list().find((a) => a.id === account.id)?.status !== 'active';
        if (!paused && attempts >= (this.#o.maxAttempts ?? DEFAULT_MAX_ATTEMPTS)) {
          const message = `Columns tried ${attempts} times and gave up. The last answer: ${error.message}`;
          repo.transition(post.id, 'sending', 'failed', `${error.code}, gave up`, { nextAttemptAt: null, lastError: { code: error.code, message } });
          announce.needsYou(`A post for @${account.handle} failed`, message);
          goOn = true;
          break;
        }
        const delay = paused
          ? 0
          : retryDelayMs(attempts, this.#o.backoff ?? DEFAULT_BACKOFF, { resetAt: error.details?.resetAt, nowMs: this.#now(), random: (this.#o.random ?? Math.random)() });
        repo.transition(post.id, 'sending', 'scheduled', paused ? `paused until @${account.handle} is reconnected` : `${error.code}, retry`, {
          nextAttemptAt: paused ? null : new Date(this.#now() + delay).toISOString(),
          lastError: { code: error.code, message: error.message },
          ...(outcome.kind === 'retry' ? { verifyBeforeSend: outcome.unsure } : {}),
        });
        break;
      }
    }
    announce.changed([post.id]);
    return goOn;
  }

  /**
   * Rows left in `sending` by a process that stopped mid-send: each part not recorded is looked
   * for among the account's own posts. Found → recorded (all found → sent); not found → back in
   * line. False when the account's posts could not be read (try again later).
   */
  async #reconcileOrphans(accountId: string, account: AccountSummary | null): Promise<boolean> {
    const orphans = this.#o.repo.sending(accountId);
    if (orphans.length === 0) return true;
    for (const post of orphans) {
      if (!account) {
        // Its account was removed: nothing can be checked or sent; the removal choice applies next.
        this.#o.repo.transition(post.id, 'sending', 'scheduled', 'account removed before the post could be checked');
        this.#o.announce.changed([post.id]);
        continue;
      }
      try {
        const provider = await this.#o.providerFor(accountId);
        const ids = post.parts.map((part) => part.remoteId);
        for (const part of post.parts) {
          if (ids[part.idx] !== null) continue;
          const replyToId = (part.idx === 0 ? post.replyToId : ids[part.idx - 1]) ?? null;
          const found = await findPublished(provider, account.userId, { text: part.text, replyToId }, post.firstClaimedAt ?? post.updatedAt, (id) =>
            this.#o.repo.isKnownRemoteId(id),
          );
          if (found === null) break;
          this.#o.repo.setRemoteId(post.id, part.idx, found);
          ids[part.idx] = found;
        }
        if (ids.every((id) => id !== null)) {
          this.#o.repo.transition(post.id, 'sending', 'sent', `found on X after a restart: ${ids.join(', ')}`, { verifyBeforeSend: false, nextAttemptAt: null, lastError: null });
        } else {
          const found = ids.filter((id) => id !== null).length;
          const reason = `not found on X after a restart (${found} of ${ids.length} parts were there); will send the rest`;
          this.#o.repo.transition(post.id, 'sending', 'scheduled', reason, { verifyBeforeSend: false, nextAttemptAt: null });
        }
        this.#o.announce.changed([post.id]);
      } catch (error) {
        const wait = retryDelayMs(1, this.#o.backoff ?? DEFAULT_BACKOFF, { nowMs: this.#now(), random: (this.#o.random ?? Math.random)() });
        this.#blockedUntil.set(accountId, this.#now() + wait);
        this.#log(`could not check @${account.handle}'s recent posts after a restart: ${describeError(error)}`);
        return false;
      }
    }
    this.#blockedUntil.delete(accountId);
    return true;
  }
}

function readyTime(head: Head): number {
  return Math.max(Date.parse(head.dueAt), head.nextAttemptAt ? Date.parse(head.nextAttemptAt) : 0);
}
