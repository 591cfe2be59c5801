// The queue assembled: its rows, the service the contract and the CLI call, and the scheduler that
// publishes. app.ts builds one per core and subscribes it to account changes.
import type { Clock } from '../clock';
import type { Database } from 'better-sqlite3';
import { Confirmations } from '../confirmations/service';
import { ConfirmationsStore } from '../confirmations/store';
import type { EventHub } from '../rpc/events';
import { QueueAnnouncer } from './announce';
import type { BackoffPolicy } from './backoff';
import type { AccountsView, MediaSource, NextSlot, Notify, ProviderFor } from './deps';
import { PublisherLock } from './publisher-lock';
import type { PublisherStatus } from '../../../shared/queue';
import { PostsRepository } from './repository';
import { Scheduler } from './scheduler';
import { QueueService } from './service';

export interface QueueEngineOptions {
  db: Database;
  events: EventHub;
  accounts: AccountsView;
  providerFor: ProviderFor;
  media: MediaSource;
  nextSlot: NextSlot;
  zone(): string;
  /** Who this publisher is, in words, for the lock ("the Columns app", "columns publisher run"). */
  publisherName?: string;
  /** The core's confirmations; one over the same database by default (tests, benches). */
  confirmations?: Confirmations;
  notify?: Notify;
  backoff?: BackoffPolicy;
  maxAttempts?: number;
  /** Core's clock when it is not the wall clock (tests, demos). */
  clock?: Clock;
}

export interface QueueEngine {
  service: QueueService;
  scheduler: Scheduler;
  repo: PostsRepository;
  /** Which process publishes this data folder's queue now. */
  publisher(): PublisherStatus;
}

export function createQueueEngine(options: QueueEngineOptions): QueueEngine {
  const now = options.clock ? () => (options.clock as Clock).now() : undefined;
  const repo = new PostsRepository(options.db, now);
  const announce = new QueueAnnouncer(repo, options.media, options.events, options.notify);
  const lock = new PublisherLock(options.db, now, process.pid, options.publisherName ?? 'Columns');
  const scheduler = new Scheduler({
    repo,
    accounts: options.accounts,
    providerFor: options.providerFor,
    media: options.media,
    announce,
    lock,
    ...(options.backoff ? { backoff: options.backoff } : {}),
    ...(options.maxAttempts !== undefined ? { maxAttempts: options.maxAttempts } : {}),
    ...(options.clock ? { now: options.clock.now, wallDelay: options.clock.wallDelay } : {}),
  });
  const service = new QueueService({
    repo,
    accounts: options.accounts,
    media: options.media,
    nextSlot: options.nextSlot,
    zone: options.zone,
    announce,
    confirmations: options.confirmations ?? new Confirmations({ store: new ConfirmationsStore(options.db), accounts: () => options.accounts.list(), ...(now ? { now } : {}) }),
    wake: (reason) => scheduler.wake(reason),
    ...(now ? { now } : {}),
  });
  // A reconnected account resumes, a removed one has its choice applied: look again.
  options.events.subscribe((event) => {
    if (event === 'accounts.changed') scheduler.wake('accounts changed');
  });
  return { service, scheduler, repo, publisher: () => lock.status() };
}
