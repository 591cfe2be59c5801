// One Provider per connected account, built on first use with the right endpoint (training sandbox
// or X, by configuration), the right app credentials and a TokenStore over the keychain. One per
// account, because two would each refresh the same rotating refresh token and X ends the grant.
import { SANDBOX_CLIENT_ID } from '../../sandbox/oauth/clients';
import { AppError } from '../errors';
import type { Provider } from '../providers/provider';
import type { RateBudget } from '../providers/rate-budget';
import type { XAppCredentials } from '../providers/x/endpoint';
import { createXProvider } from '../providers/x/x-provider';
import { createTokenStore, tokenKey, type TokenVault } from '../vault/token-store';
import type { Endpoints } from './endpoints';
import type { AccountsRepository } from './repository';
import type { XAppSettingsStore } from './x-app-settings';

export const NO_CLIENT_ID = "Enter your X app's Client ID in Settings first (from the X developer portal).";

export interface ProviderRegistryDeps {
  repo: AccountsRepository;
  endpoints: Endpoints;
  xApp: XAppSettingsStore;
  tokens: TokenVault;
  budget: RateBudget;
  onReauthNeeded(accountId: string, reason: string): void;
  requestTimeoutMs?: number;
}

/** The OAuth client an account signs in with: the sandbox's own for training, the user's X app otherwise. */
export async function appCredentialsFor(training: boolean, xApp: XAppSettingsStore): Promise<XAppCredentials> {
  if (training) return { clientId: SANDBOX_CLIENT_ID };
  const credentials = await xApp.credentials();
  if (!credentials) throw new AppError('invalid_request', NO_CLIENT_ID);
  return credentials;
}

export class ProviderRegistry {
  readonly #providers = new Map<string, Promise<Provider>>();

  constructor(private readonly deps: ProviderRegistryDeps) {}

  providerFor(accountId: string): Promise<Provider> {
    let provider = this.#providers.get(accountId);
    if (!provider) {
      provider = this.#build(accountId);
      this.#providers.set(accountId, provider);
      provider.catch(() => this.#providers.delete(accountId));
    }
    return provider;
  }

  /** Forgets one account's provider, or all of them (the X app changed). */
  forget(accountId?: string): void {
    if (accountId === undefined) this.#providers.clear();
    else this.#providers.delete(accountId);
  }

  async #build(accountId: string): Promise<Provider> {
    const { repo, endpoints, xApp, tokens, budget } = this.deps;
    const account = repo.get(accountId);
    if (!account) throw new AppError('invalid_request', 'That account is not connected to Columns (it may have been removed).');
    const [endpoint, app] = await Promise.all([endpoints.forAccount(account.training), appCredentialsFor(account.training, xApp)]);
    const key = tokenKey(account);
    return createXProvider({
      endpoint,
      app,
      budget,
      accountKey: key,
      tokens: createTokenStore(tokens, key, (reason) => this.deps.onReauthNeeded(accountId, reason)),
      ...(this.deps.requestTimeoutMs !== undefined ? { requestTimeoutMs: this.deps.requestTimeoutMs } : {}),
    });
  }
}
