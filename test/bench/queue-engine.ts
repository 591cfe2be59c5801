// A queue engine on a fresh SQLite file for the queue benches: accounts rows as the accounts
// service would store them, and each account's provider pointed at a sandbox with tokens the
// sandbox issued (no keychain needed, so `npm run bench` runs anywhere).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AccountsRepository } from '../../src/main/core/accounts/repository';
import { openDatabase } from '../../src/main/core/db/open';
import type { Provider, TokenSet, TokenStore } from '../../src/main/core/providers/provider';
import { RateBudget } from '../../src/main/core/providers/rate-budget';
import { createXEndpoint } from '../../src/main/core/providers/x/endpoint';
import { createXProvider } from '../../src/main/core/providers/x/x-provider';
import { createQueueEngine, type QueueEngine } from '../../src/main/core/queue/engine';
import { EventHub } from '../../src/main/core/rpc/events';
import { SANDBOX_CLIENT_ID } from '../../src/main/sandbox/oauth/clients';
import type { SandboxServer } from '../../src/main/sandbox/server';
import type { AccountSummary } from '../../src/shared/accounts';

export const BENCH_USERS = ['HorizonsNHS', 'Sch4Change', 'sam_comms'];

export interface BenchQueue {
  engine: QueueEngine;
  accounts: AccountSummary[];
  dataDir: string;
  close(): Promise<void>;
}

const noMedia = { get: () => null, read: () => Promise.reject(new Error('no media in benches')) };

export async function benchQueue(sandbox: SandboxServer | null): Promise<BenchQueue> {
  const dataDir = mkdtempSync(join(tmpdir(), 'columns-bench-queue-'));
  const { db } = openDatabase(join(dataDir, 'columns.db'));
  const repo = new AccountsRepository(db);
  const endpoint = sandbox ? createXEndpoint({ apiBaseUrl: sandbox.url, caPem: sandbox.caCertPem }) : null;
  const budget = new RateBudget();
  const providers = new Map<string, Provider>();
  const accounts: AccountSummary[] = [];
  for (const [index, username] of BENCH_USERS.entries()) {
    let provider: Provider | null = null;
    if (sandbox && endpoint) {
      const issued = sandbox.issueTokens(username, 'tweet.read tweet.write users.read offline.access');
      let tokens: TokenSet | null = { accessToken: issued.accessToken, refreshToken: issued.refreshToken, expiresAt: new Date(Date.now() + issued.expiresIn * 1000).toISOString(), scope: issued.scope.split(' ') };
      const store: TokenStore = { load: async () => tokens, save: async (next) => void (tokens = next), reauthNeeded: async () => undefined };
      provider = createXProvider({ endpoint, app: { clientId: SANDBOX_CLIENT_ID }, tokens: store, budget, accountKey: `x:${username}` });
    }
    const userId = provider ? (await provider.identity()).userId : String(1000 + index);
    const account = repo.upsertConnected({ userId, handle: username, displayName: username, avatarUrl: null, training: false, scope: [] }, { kind: 'personal', colour: '#1d9bf0' });
    if (provider) providers.set(account.id, provider);
    accounts.push(account);
  }
  const providerFor = async (accountId: string): Promise<Provider> => {
    const provider = providers.get(accountId);
    if (!provider) throw new Error('no provider in this bench');
    return provider;
  };
  const engine = createQueueEngine({
    db,
    events: new EventHub(),
    accounts: { list: () => repo.list() },
    providerFor,
    media: noMedia,
    nextSlot: () => null,
    zone: () => 'Europe/London',
  });
  return {
    engine,
    accounts,
    dataDir,
    async close() {
      await engine.scheduler.stop();
      endpoint?.destroy();
      db.close();
    },
  };
}
