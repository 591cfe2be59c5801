// A core wired to a test sandbox as if it were X (COLUMNS_X_API_BASE/COLUMNS_X_CA), with its own
// keychain service so runs never meet each other's (or a real install's) secrets, and a test that
// plays the person's browser through the sandbox's real authorize page.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import { createCore, type Core, type CoreOptions } from '../../src/main/core/app';
import { answerSandboxConsent, followToLoopback, type ConsentDecision } from '../../src/main/core/accounts/sandbox-consent';
import { createKeychainVault, type Vault } from '../../src/main/core/vault/keychain';
import type { AccountSummary, ConnectProgress } from '../../src/shared/accounts';
import type { MethodInput, MethodName, MethodResult } from '../../src/shared/contract';
import { SANDBOX_CLIENT_ID } from '../../src/main/sandbox/server';
import type { SandboxFixture } from './sandbox';

export const testKeychainService = (): string => `org.columns.test.${randomUUID()}`;

/** A port that was free a moment ago (the X app's registered callback port in a test). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Calls the contract and unwraps the answer (throws the structured error as an Error). */
export async function call<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodResult<M>> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw Object.assign(new Error(`${result.error.code}: ${result.error.message}`), { code: result.error.code });
  return result.value as MethodResult<M>;
}

export interface Harness {
  core: Core;
  dataDir: string;
  vault: Vault;
  progress: ConnectProgress[];
  changed: AccountSummary[][];
  /** The attempt's ending (connected, denied, …), as the event announced it. */
  ending(attemptId: string): Promise<ConnectProgress>;
  close(): Promise<void>;
}

const ENDED = new Set(['connected', 'cancelled', 'denied', 'timed_out', 'failed']);

export async function startHarness(dataDir: string, fixture: SandboxFixture, overrides: Partial<CoreOptions> = {}): Promise<Harness> {
  const keychainService = overrides.keychainService ?? testKeychainService();
  const core = createCore({
    dataDir,
    mode: 'browser',
    version: '0.0.0-test',
    xApiBaseUrl: fixture.server.url,
    xCaPem: fixture.server.caCertPem,
    keychainService,
    trainingAmbientPerHour: 0,
    ...overrides,
  });
  const progress: ConnectProgress[] = [];
  const changed: AccountSummary[][] = [];
  const waiters: { attemptId: string; resolve(p: ConnectProgress): void }[] = [];
  core.events.subscribe((event, payload) => {
    if (event === 'accounts.changed') changed.push(payload as AccountSummary[]);
    if (event !== 'accounts.connectProgress') return;
    const p = payload as ConnectProgress;
    progress.push(p);
    if (!ENDED.has(p.state)) return;
    for (const waiter of waiters.filter((w) => w.attemptId === p.attemptId)) waiter.resolve(p);
  });
  await call(core, 'xApp.update', { clientId: SANDBOX_CLIENT_ID, callbackPort: await freePort() });
  const vault = createKeychainVault(keychainService);
  return {
    core,
    dataDir,
    vault,
    progress,
    changed,
    ending(attemptId) {
      const seen = progress.find((p) => p.attemptId === attemptId && ENDED.has(p.state));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ attemptId, resolve }));
    },
    async close() {
      await core.close();
      for (const key of await vault.keys()) await vault.delete(key);
    },
  };
}

/** The person's part: open the authorize page, pick @username, approve or deny, land on the callback. */
export async function playBrowser(fixture: SandboxFixture, authorizeUrl: string, username: string, decision: ConsentDecision = 'approve'): Promise<number> {
  return followToLoopback(await answerSandboxConsent(fixture.agent, authorizeUrl, username, decision));
}

/** Add account (or reconnect) as @username, all the way; returns the ending. */
export async function connectAs(harness: Harness, fixture: SandboxFixture, username: string, accountId?: string): Promise<ConnectProgress> {
  const waiting = await call(harness.core, 'accounts.connect', accountId === undefined ? {} : { accountId });
  await playBrowser(fixture, waiting.authorizeUrl ?? '', username);
  return harness.ending(waiting.attemptId);
}
