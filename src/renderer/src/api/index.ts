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

function pickTransport(): Transport {
  if (window.api) return window.api;
  const token = takeBridgeToken(window.location, window.sessionStorage, window.history);
  if (!token) throw new MissingTokenError('Open Columns with the address `npm start` printed: it carries the access token.');
  return createWebSocketTransport(window.location.origin, token);
}

let client: ApiClient | undefined;

/** The one api client of this window. */
export function getApi(): ApiClient {
  client ??= createApiClient(pickTransport());
  return client;
}

export { ApiError } from './client';
export type { ApiClient } from './client';
