// What the queue needs from the rest of core, as small interfaces: the composer's media store and
// the schedule's queue slots are other modules (compose/, schedule/), wired in app.ts.
import type { AccountSummary } from '../../../shared/accounts';
import type { MediaRef } from '../../../shared/queue';
import type { Provider } from '../providers/provider';

/** compose/media-store.ts's MediaStore satisfies this. */
export interface MediaSource {
  get(id: string): MediaRef | null;
  read(id: string): Promise<Buffer>;
}

/** The account's next free queue slot after `afterMs` (UTC ISO), or null when it has none. */
export type NextSlot = (accountId: string, zone: string, afterMs: number, isTaken: (dueAtIso: string) => boolean) => string | null;

/** The accounts service, as far as the queue uses it. */
export interface AccountsView {
  list(): AccountSummary[];
}

export type ProviderFor = (accountId: string) => Promise<Provider>;

/** A desktop notification (Electron: Notification + badge); browser mode has none. */
export type Notify = (title: string, body: string) => void;
