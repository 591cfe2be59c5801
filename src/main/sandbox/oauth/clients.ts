// The OAuth 2.0 clients the sandbox knows. There is one: the Columns desktop app, a public client
// (no secret, PKCE instead). As RFC 8252 §7.3 allows native apps, it may redirect to any port on a
// loopback IP literal; `localhost` is refused (§8.3: it can resolve elsewhere), and so is every
// other scheme or host, so an authorization code can only ever land on this machine.

export const SANDBOX_CLIENT_ID = 'columns-sandbox';

export interface OAuthClient {
  readonly id: string;
  /** Whether an authorization request may name this redirect URI (the token request must repeat it exactly). */
  allowsRedirectUri(uri: string): boolean;
}

// http, a loopback literal, an optional port, a path and query but no fragment (RFC 6749 §3.1.2),
// no user-info and nothing that URL parsing would rewrite into a loopback address (127.1, 0x7f…).
// Printable ASCII only: clients percent-encode anything else.
const LOOPBACK_REDIRECT = /^http:\/\/(?:127\.0\.0\.1|\[::1\])(?::\d{1,5})?(?:\/[!-~]*)?$/;

export function isLoopbackRedirectUri(uri: string): boolean {
  if (uri.length > 2048 || !LOOPBACK_REDIRECT.test(uri) || /[#\\]/.test(uri)) return false;
  return URL.canParse(uri); // rejects ports above 65535
}

const CLIENTS: ReadonlyMap<string, OAuthClient> = new Map([[SANDBOX_CLIENT_ID, { id: SANDBOX_CLIENT_ID, allowsRedirectUri: isLoopbackRedirectUri }]]);

export function findClient(clientId: unknown): OAuthClient | undefined {
  return typeof clientId === 'string' ? CLIENTS.get(clientId) : undefined;
}
