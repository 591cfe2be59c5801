// One request on behalf of the account: a current access token, a client that reports to the
// traffic plugin, and the one retry policy the provider has. A 401 means X did not act, so the
// tokens are refreshed; a read or an idempotent action is then sent once more, but a new post
// never is (the publisher decides, DESIGN rule 4), nor is anything after any other failure.
import type { TwitterApi } from 'twitter-api-v2';
import { ProviderError } from '../provider';
import type { XEndpoint } from './endpoint';
import { toProviderError } from './errors';
import { userClient } from './oauth';
import type { TokenKeeper } from './token-keeper';
import type { Traffic } from './traffic';

/** Whether a request may be sent a second time after a 401 and a successful refresh. */
export type AfterRefresh = 'resend' | 'never-resend';

export class XSession {
  #client: { token: string; client: TwitterApi } | null = null;

  constructor(
    private readonly endpoint: XEndpoint,
    private readonly keeper: TokenKeeper,
    private readonly traffic: Traffic,
  ) {}

  async run<T>(endpoint: string, afterRefresh: AfterRefresh, call: (client: TwitterApi) => Promise<T>): Promise<T> {
    const token = await this.keeper.accessToken();
    try {
      return await call(await this.#clientFor(token));
    } catch (error) {
      const failure = this.#map(error, endpoint);
      if (failure.code !== 'auth_expired' || failure.details.status !== 401) throw failure;
      const fresh = await this.keeper.afterRejection(token);
      if (afterRefresh === 'never-resend') {
        throw new ProviderError(
          'auth_expired',
          'X had ended this account’s sign-in, so nothing was posted. Columns has renewed the sign-in; the post was not sent again automatically.',
          failure.details,
        );
      }
      try {
        return await call(await this.#clientFor(fresh));
      } catch (retryError) {
        throw this.#map(retryError, endpoint);
      }
    }
  }

  #map(error: unknown, endpoint: string): ProviderError {
    return toProviderError(error, this.traffic.endpointOf(error) ?? endpoint);
  }

  async #clientFor(token: string): Promise<TwitterApi> {
    if (this.#client?.token !== token) this.#client = { token, client: await userClient(this.endpoint, token, [this.traffic.plugin]) };
    return this.#client.client;
  }
}
