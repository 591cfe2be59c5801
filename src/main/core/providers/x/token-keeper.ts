// One account's OAuth 2.0 tokens over their life: loaded from the TokenStore, refreshed shortly
// before they expire and when X answers 401, one refresh at a time however many requests wait on
// it (X rotates refresh tokens and ends the grant when a spent one is presented again), and the
// rotated set saved before its access token is handed to anyone. A refresh X refuses ends in
// reauthNeeded and auth_expired: only the person can reconnect the account.
import { ProviderError, type TokenSet, type TokenStore } from '../provider';
import type { XAppCredentials, XEndpoint } from './endpoint';
import { toProviderError, xErrorText } from './errors';
import { isApiResponseError } from './library';
import { refreshTokens, revokeToken } from './oauth';

/** Refresh when less than this is left, so a request never leaves with a token about to die. */
export const REFRESH_MARGIN_MS = 60_000;

export interface TokenKeeperOptions {
  endpoint: XEndpoint;
  app: XAppCredentials;
  store: TokenStore;
  now: () => number;
}

const RECONNECT = 'Reconnect the account in Accounts.';

export class TokenKeeper {
  #tokens: TokenSet | null = null;
  #refreshing: Promise<TokenSet> | null = null;

  constructor(private readonly options: TokenKeeperOptions) {}

  /** An access token with more than the margin left, refreshing first if needed. */
  async accessToken(): Promise<string> {
    const tokens = await this.#current();
    if (Date.parse(tokens.expiresAt) - this.options.now() > REFRESH_MARGIN_MS) return tokens.accessToken;
    return (await this.#refresh(tokens)).accessToken;
  }

  /** X refused `rejected` with a 401: a fresh access token (shared with any refresh already under way). */
  async afterRejection(rejected: string): Promise<string> {
    const tokens = await this.#current();
    if (tokens.accessToken !== rejected) return tokens.accessToken;
    return (await this.#refresh(tokens)).accessToken;
  }

  /** Revokes the refresh token (ending the grant) and the access token at X. */
  async revoke(): Promise<void> {
    const tokens = this.#tokens ?? (await this.options.store.load());
    if (!tokens) return;
    const { endpoint, app } = this.options;
    try {
      if (tokens.refreshToken) await revokeToken(endpoint, app, tokens.refreshToken, 'refresh_token');
      await revokeToken(endpoint, app, tokens.accessToken, 'access_token');
    } catch (error) {
      throw toProviderError(error, 'POST /2/oauth2/revoke');
    }
  }

  async #current(): Promise<TokenSet> {
    if (this.#refreshing) return this.#refreshing;
    this.#tokens ??= await this.options.store.load();
    if (!this.#tokens) return this.#reauth('No X sign-in is stored for this account.');
    return this.#tokens;
  }

  #refresh(stale: TokenSet): Promise<TokenSet> {
    this.#refreshing ??= this.#exchange(stale).finally(() => {
      this.#refreshing = null;
    });
    return this.#refreshing;
  }

  async #exchange(stale: TokenSet): Promise<TokenSet> {
    if (!stale.refreshToken) return this.#reauth('X’s sign-in for this account expired and cannot be renewed without you.');
    const { endpoint, app, store, now } = this.options;
    let fresh: TokenSet;
    try {
      fresh = await refreshTokens(endpoint, app, stale.refreshToken, now);
    } catch (error) {
      // The token endpoint answers a refused grant with 400/401 invalid_grant (RFC 6749 §5.2);
      // anything else (5xx, 429, no connection) may pass, so the account is left as it is.
      if (isApiResponseError(error) && (error.code === 400 || error.code === 401)) {
        return this.#reauth(`X refused to renew this account’s sign-in (${xErrorText(error.data) || `HTTP ${error.code}`}).`);
      }
      throw toProviderError(error, 'POST /2/oauth2/token');
    }
    // The old refresh token is spent now: the new set must be stored before anyone uses it.
    await store.save(fresh);
    this.#tokens = fresh;
    return fresh;
  }

  async #reauth(reason: string): Promise<never> {
    this.#tokens = null;
    await this.options.store.reauthNeeded(reason);
    throw new ProviderError('auth_expired', `${reason} ${RECONNECT}`);
  }
}
