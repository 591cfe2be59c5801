// Posts deleted on X after the chat read them: the published transcript leaves them out ("1
// deleted", left-out.ts). X never tells a reader a post is gone; a lookup by id (GET /2/tweets?ids=,
// 100 ids a request) answers "Could not find tweet" for each one (providers/x/post-lookup.ts).
//
// When: at the first report or export after the chat ended, never before and never again. That is
// the cheapest point in paid reads: X bills every post a lookup returns, so a chat of 500 posts costs
// five requests and 500 post reads each time it is looked up. While the chat is on, posts are still
// arriving (a check would have to be repeated); at the moment it ends, nobody may ever export it
// (most practice runs and rehearsals are never published), and a check then would miss deletions
// made between the end and the export. Once checked (chats.deletions_checked_at, migration 014) the
// chat's reports and exports read the stored marks. Posts already marked deleted are not asked for.
// Reads go through the host account's provider, so the rate budget gates each one, and are entered
// in the spend ledger like the streams engine's. Any failure (rate limit, sign-in, network) leaves
// the chat unchecked: the report still comes, and the next one tries again.
import type { AccountSummary } from '../../../shared/accounts';
import type { Clock } from '../clock';
import { MAX_POST_LOOKUP_IDS, type Provider } from '../providers/provider';
import type { SpendStore } from '../spend/spend-store';
import type { ChatRecord, ChatsStore } from './store';

export interface DeletionCheckDeps {
  store: ChatsStore;
  clock: Clock;
  accounts(): AccountSummary[];
  providerFor(accountId: string): Promise<Provider>;
  spend: Pick<SpendStore, 'record' | 'settings' | 'monthTotal'>;
}

export class DeletionCheck {
  /** One check per chat at a time (a report and an export asked together share it). */
  readonly #running = new Map<string, Promise<void>>();

  constructor(private readonly deps: DeletionCheckDeps) {}

  /** Before a transcript or report of the chat: looks its posts up once it has ended, once. */
  beforeTranscript(record: ChatRecord): Promise<void> {
    if (record.state !== 'ended' || this.deps.store.deletionsCheckedAt(record.id) !== null) return Promise.resolve();
    const running = this.#running.get(record.id) ?? this.#check(record).finally(() => this.#running.delete(record.id));
    this.#running.set(record.id, running);
    return running;
  }

  async #check(record: ChatRecord): Promise<void> {
    const host = this.deps.accounts().find((account) => account.id === record.plan.hostAccountId);
    if (!host || host.status !== 'active' || this.#capReached()) return;
    const posts = this.deps.store.undeletedPosts(record.id);
    const gone: string[] = [];
    let complete = true;
    try {
      const provider = await this.deps.providerFor(host.id);
      for (let start = 0; start < posts.length; start += MAX_POST_LOOKUP_IDS) {
        const batch = posts.slice(start, start + MAX_POST_LOOKUP_IDS);
        const answer = await provider.lookupPosts(batch.map((post) => post.id));
        // X bills the posts returned: the host's own at the owned-read price.
        const now = new Date(this.deps.clock.now());
        const owned = answer.items.filter((item) => item.author.id === host.userId).length;
        this.deps.spend.record(host.id, 'post_read', answer.items.length - owned, now);
        if (owned > 0) this.deps.spend.record(host.id, 'owned_read', owned, now);
        gone.push(...answer.notFound);
      }
    } catch {
      complete = false;
    }
    this.deps.store.keepDeletions(record.id, gone, complete ? new Date(this.deps.clock.now()).toISOString() : null);
  }

  #capReached(): boolean {
    const cap = this.deps.spend.settings().monthlyCapUsd;
    return cap !== null && this.deps.spend.monthTotal(new Date(this.deps.clock.now())) >= cap;
  }
}
