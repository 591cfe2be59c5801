// The sandbox's state: one SQLite file, its repositories, the clock and the id source. Routes,
// the simulation and the admin interface all act on this one object.
import { join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { openDatabase } from '../core/db/open';
import { createSandboxClock, type SandboxClock } from './clock';
import type { SandboxMedia, Snowflake } from './model';
import type { RenderLookup } from './render';
import { PreparedPostCache } from './search/prepare';
import { EngagementRepository } from './store/engagement';
import { createIdGenerator } from './store/ids';
import { MediaRepository } from './store/media';
import { SANDBOX_MIGRATIONS } from './store/migrations';
import { OAuthRepository } from './store/oauth';
import { PostsRepository } from './store/posts';
import { UsageRepository } from './store/usage';
import { UsersRepository } from './store/users';

export const SANDBOX_DB_FILE = 'sandbox.db';

export interface SandboxWorld {
  readonly db: Database;
  readonly clock: SandboxClock;
  readonly nextId: () => Snowflake;
  readonly users: UsersRepository;
  readonly posts: PostsRepository;
  readonly engagement: EngagementRepository;
  readonly media: MediaRepository;
  readonly oauth: OAuthRepository;
  readonly usage: UsageRepository;
  /** Search keeps prepared posts across requests; anything that changes a post must drop it here. */
  readonly searchCache: PreparedPostCache;
  readonly lookup: RenderLookup;
  nowIso(): string;
  /** Empties every table (the caller re-seeds). */
  clear(): void;
  close(): void;
}

export function openWorld(dataDir: string, clock: SandboxClock = createSandboxClock(), nativeBinding?: string): SandboxWorld {
  const { db } = openDatabase(join(dataDir, SANDBOX_DB_FILE), { migrations: SANDBOX_MIGRATIONS, synchronous: 'normal', ...(nativeBinding ? { nativeBinding } : {}) });
  const users = new UsersRepository(db);
  const posts = new PostsRepository(db);
  const media = new MediaRepository(db);
  const searchCache = new PreparedPostCache();

  const lookup: RenderLookup = {
    user: (id) => users.get(id),
    userByUsername: (username) => users.byUsername(username),
    post: (id) => posts.get(id),
    media: (mediaKey): SandboxMedia | undefined => media.byKey(mediaKey),
    metrics: (postId) => posts.metrics(postId),
    userMetrics: (userId) => users.metrics(userId),
  };

  return {
    db,
    clock,
    nextId: createIdGenerator(() => clock.nowMs()),
    users,
    posts,
    engagement: new EngagementRepository(db),
    media,
    oauth: new OAuthRepository(db),
    usage: new UsageRepository(db),
    searchCache,
    lookup,
    nowIso: () => clock.now().toISOString(),
    clear() {
      db.transaction(() => {
        for (const table of ['usage', 'oauth_tokens', 'oauth_codes', 'likes', 'follows', 'mutes', 'post_mentions', 'posts', 'media', 'users', 'meta']) {
          db.prepare(`DELETE FROM ${table}`).run();
        }
      })();
      searchCache.clear();
    },
    close: () => db.close(),
  };
}
