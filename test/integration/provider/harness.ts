// The X provider as the app builds it, pointed at a test's sandbox by configuration, with an
// in-memory TokenStore (the keychain store is core/vault's) that keeps a log of what happened to
// the tokens, so tests can check order: saved before used, reauth asked for.
import { createXEndpoint, type XEndpoint } from '../../../src/main/core/providers/x/endpoint';
import { createXProvider } from '../../../src/main/core/providers/x/x-provider';
import type { Provider, TokenSet, TokenStore } from '../../../src/main/core/providers/provider';
import { RateBudget } from '../../../src/main/core/providers/rate-budget';
import { SANDBOX_CLIENT_ID } from '../../../src/main/sandbox/server';
import { ALL_SCOPES, type SandboxFixture } from '../../helpers/sandbox';

export class MemoryTokenStore implements TokenStore {
  readonly saved: TokenSet[] = [];
  readonly reauthReasons: string[] = [];
  /** Runs inside save(), before it returns (a test's probe of the world at that moment). */
  onSave: ((tokens: TokenSet) => Promise<void>) | null = null;

  constructor(public tokens: TokenSet | null) {}

  async load(): Promise<TokenSet | null> {
    return this.tokens;
  }

  async save(tokens: TokenSet): Promise<void> {
    await this.onSave?.(tokens);
    this.tokens = tokens;
    this.saved.push(tokens);
  }

  async reauthNeeded(reason: string): Promise<void> {
    this.reauthReasons.push(reason);
  }
}

export interface ProviderHarness {
  provider: Provider;
  store: MemoryTokenStore;
  budget: RateBudget;
  endpoint: XEndpoint;
}

/** Tokens the sandbox issues for @username, as a TokenSet expiring when the sandbox says. */
export function tokensFor(fixture: SandboxFixture, username: string, scope = ALL_SCOPES): TokenSet {
  const issued = fixture.server.issueTokens(username, scope);
  return {
    accessToken: issued.accessToken,
    refreshToken: issued.refreshToken,
    expiresAt: new Date(Date.now() + issued.expiresIn * 1000).toISOString(),
    scope: issued.scope.split(' '),
  };
}

const endpoints: XEndpoint[] = [];

/** A provider acting as @username; each harness has its own budget unless one is given. */
export function providerFor(
  fixture: SandboxFixture,
  username: string,
  options: { tokens?: TokenSet; budget?: RateBudget; requestTimeoutMs?: number } = {},
): ProviderHarness {
  const endpoint = createXEndpoint({ apiBaseUrl: fixture.server.url, caPem: fixture.server.caCertPem });
  endpoints.push(endpoint);
  const store = new MemoryTokenStore(options.tokens ?? tokensFor(fixture, username));
  const budget = options.budget ?? new RateBudget();
  const provider = createXProvider({
    endpoint,
    app: { clientId: SANDBOX_CLIENT_ID },
    tokens: store,
    budget,
    accountKey: `x:${username}`,
    requestTimeoutMs: options.requestTimeoutMs,
  });
  return { provider, store, budget, endpoint };
}

/** Closes every endpoint's pooled connections (afterAll). */
export function closeEndpoints(): void {
  for (const endpoint of endpoints.splice(0)) endpoint.destroy();
}

/** The sandbox's request counter for one endpoint ("POST /2/tweets"). */
export async function requestCount(fixture: SandboxFixture, endpoint: string): Promise<number> {
  const stats = await fixture.admin<{ requestsPerEndpoint: Record<string, number> }>('GET', '/admin/stats');
  return stats.body.requestsPerEndpoint[endpoint] ?? 0;
}

/** The error a call must end in. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error,
  );
}
