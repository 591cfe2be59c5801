// One publisher per data folder (the desktop app and `columns post` may run at once): a row in the
// database naming the process that publishes. Another process waits until that one is gone — its
// pid no longer exists (it exited or was killed) or it stopped renewing the row. Without it, a
// second process would take the first one's in-flight posts for crashed ones and resend them.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Database } from 'better-sqlite3';
import type { PublisherStatus } from '../../../shared/queue';

/** A holder that has not renewed the row for this long is presumed gone (a frozen or foreign process). */
export const LOCK_STALE_MS = 3 * 60_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class PublisherLock {
  readonly owner = randomUUID();

  constructor(
    private readonly db: Database,
    private readonly now: () => number = Date.now,
    private readonly pid: number = process.pid,
    /** Who this is, in words: "the Columns app", "columns publisher run". */
    private readonly holder: string = 'Columns',
    private readonly host: string = hostname(),
  ) {}

  /** Which process publishes this data folder's queue now, if any (a stale or dead holder is none). */
  status(): PublisherStatus {
    const row = this.db
      .prepare<[], { owner: string; pid: number; heartbeat_at: string; holder: string; host: string }>('SELECT owner, pid, heartbeat_at, holder, host FROM publisher_lock WHERE id = 1')
      .get();
    const gone = !row || (row.pid !== this.pid && !alive(row.pid)) || this.now() - Date.parse(row.heartbeat_at) > LOCK_STALE_MS;
    if (!row || gone) return { publisher: 'none', holder: null, host: this.host, pid: null, since: null };
    return { publisher: row.owner === this.owner ? 'this' : 'other', holder: row.holder || 'Columns', host: row.host || this.host, pid: row.pid, since: row.heartbeat_at };
  }

  /** Takes or renews the lock; false while another live process holds it. */
  acquire(): boolean {
    return this.db.transaction(() => {
      const row = this.db.prepare<[], { owner: string; pid: number; heartbeat_at: string }>('SELECT owner, pid, heartbeat_at FROM publisher_lock WHERE id = 1').get();
      const at = new Date(this.now()).toISOString();
      const free =
        !row || row.owner === this.owner || (row.pid !== this.pid && !alive(row.pid)) || this.now() - Date.parse(row.heartbeat_at) > LOCK_STALE_MS;
      if (!free) return false;
      this.db
        .prepare(
          `INSERT INTO publisher_lock (id, owner, pid, heartbeat_at, holder, host) VALUES (1, ?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid, heartbeat_at = excluded.heartbeat_at,
             holder = excluded.holder, host = excluded.host`,
        )
        .run(this.owner, this.pid, at, this.holder, this.host);
      return true;
    }).immediate();
  }

  release(): void {
    this.db.prepare('DELETE FROM publisher_lock WHERE id = 1 AND owner = ?').run(this.owner);
  }
}
