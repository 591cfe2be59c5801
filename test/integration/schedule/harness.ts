// A real SQLite file with every migration, connected accounts (metadata only: no keychain needed),
// the composer's stores and the real queue service, wired the way app.ts wires them.
import { join } from 'node:path';
import { AccountsRepository } from '../../../src/main/core/accounts/repository';
import { MediaStore } from '../../../src/main/core/compose/media-store';
import { Confirmations } from '../../../src/main/core/confirmations/service';
import { ConfirmationsStore } from '../../../src/main/core/confirmations/store';
import { openDatabase } from '../../../src/main/core/db/open';
import { QueueAnnouncer } from '../../../src/main/core/queue/announce';
import { PostsRepository } from '../../../src/main/core/queue/repository';
import { QueueService } from '../../../src/main/core/queue/service';
import { EventHub } from '../../../src/main/core/rpc/events';
import { nextFreeSlot, QueueSlotsStore } from '../../../src/main/core/schedule/queue-slots';
import type { AccountSummary } from '../../../src/shared/accounts';

export interface TestAccount {
  handle: string;
  kind: 'corporate' | 'personal';
  training?: boolean;
  userId?: string;
}

/** @HorizonsNHS (corporate: confirm before posting, alt text required) and @sam_comms (personal). */
export const DEFAULT_ACCOUNTS: TestAccount[] = [
  { handle: 'HorizonsNHS', kind: 'corporate', training: true },
  { handle: 'sam_comms', kind: 'personal' },
];

export function addAccounts(dataDir: string, accounts: TestAccount[]): AccountSummary[] {
  const { db } = openDatabase(join(dataDir, 'columns.db'));
  try {
    const repo = new AccountsRepository(db);
    return accounts.map((a, index) =>
      repo.upsertConnected(
        { userId: a.userId ?? String(1000 + index), handle: a.handle, displayName: a.handle, avatarUrl: null, training: a.training ?? false, scope: [] },
        { kind: a.kind, colour: `#00000${index}` },
      ),
    );
  } finally {
    db.close();
  }
}

export function openStores(dataDir: string, options: { zone?: string; now?: () => number } = {}) {
  const { db } = openDatabase(join(dataDir, 'columns.db'));
  const accountsRepo = new AccountsRepository(db);
  const media = new MediaStore(db, dataDir);
  const slots = new QueueSlotsStore(db);
  const repo = new PostsRepository(db, options.now);
  const events = new EventHub();
  const confirmations = new Confirmations({ store: new ConfirmationsStore(db), accounts: () => accountsRepo.list(), ...(options.now ? { now: options.now } : {}) });
  const queue = new QueueService({
    confirmations,
    repo,
    accounts: { list: () => accountsRepo.list() },
    media,
    nextSlot: (accountId, zone, afterMs, isTaken) => nextFreeSlot(slots.get(accountId), zone, afterMs, isTaken),
    zone: () => options.zone ?? 'Europe/London',
    announce: new QueueAnnouncer(repo, media, events, undefined),
    wake: () => undefined,
    ...(options.now ? { now: options.now } : {}),
  });
  return { db, accounts: accountsRepo, media, slots, queue, confirmations, close: () => db.close() };
}
