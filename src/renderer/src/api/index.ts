import type { Transport } from '../../../shared/wire';
import { createApiClient, type ApiClient } from './client';
import { createWebSocketTransport, takeBridgeToken } from './websocket-transport';

declare global {
  interface Window {
    /** Present only in Electron, put there by the preload bridge. */
    readonly api?: Transport;
  }
}

export class MissingTokenError extends Error {}

function createClient(): ApiClient {
  if (window.api) return createApiClient(window.api);
  const token = takeBridgeToken(window.location, window.sessionStorage, window.history);
  if (!token) throw new MissingTokenError('Open Columns with the address `npm start` printed: it carries the access token.');
  // The address of a new launch pasted into this tab changes only the fragment (no page load):
  // take its token and start the page afresh on it.
  window.addEventListener('hashchange', () => {
    if (takeBridgeToken(window.location, window.sessionStorage, window.history) !== token) window.location.reload();
  });
  const transport = createWebSocketTransport(window.location.origin, token);
  return createApiClient(transport, transport);
}

let client: ApiClient | undefined;

/** The one api client of this window. */
export function getApi(): ApiClient {
  client ??= createClient();
  return client;
}

export { ApiError } from './client';
export type { ApiClient } from './client';
