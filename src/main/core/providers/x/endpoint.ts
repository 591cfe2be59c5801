// Where the X provider talks to, as configuration only (DESIGN rule 5). twitter-api-v2 hard-codes
// api.x.com, upload.x.com and x.com; for another X-compatible server (the sandbox) an agent dials
// its loopback address while the URLs, the TLS server name and certificate checks stay X's, and the
// only CA trusted is the one given. Real X: no base, Node's default agent and CAs.
import type { Agent } from 'node:https';
import { LoopbackAgent } from '../../net/loopback-agent';

export interface XEndpointConfig {
  /** Another X-compatible server, e.g. https://127.0.0.1:41234 (COLUMNS_X_API_BASE); absent for X itself. */
  apiBaseUrl?: string;
  /** PEM of the CA that server's certificate chains to (COLUMNS_X_CA); required with apiBaseUrl. */
  caPem?: string;
}

/** The developer app the user registered with X. */
export interface XAppCredentials {
  clientId: string;
  /** Only for a confidential app (kept in the keychain). */
  clientSecret?: string;
}

export interface XEndpoint {
  /** The https agent every twitter-api-v2 client for this endpoint must use; undefined for X. */
  readonly agent: Agent | undefined;
  /** Where a person's browser opens the authorize page (X's, or the server's own). */
  authorizePageUrl(generated: string): string;
  /** Closes pooled connections. */
  destroy(): void;
}

const X_AUTHORIZE_ORIGIN = 'https://x.com';

export function createXEndpoint(config: XEndpointConfig = {}): XEndpoint {
  if (config.apiBaseUrl === undefined) {
    return { agent: undefined, authorizePageUrl: (generated) => generated, destroy: () => undefined };
  }
  const base = new URL(config.apiBaseUrl);
  if (base.protocol !== 'https:') throw new Error(`The X API base must be an https:// URL, not ${base.protocol}`);
  if (!config.caPem) throw new Error('An X API base other than X needs the CA its certificate chains to (COLUMNS_X_CA).');
  const port = base.port === '' ? 443 : Number(base.port);
  const host = base.hostname.replace(/^\[|\]$/g, '');
  const agent = new LoopbackAgent({ port, host, ca: config.caPem });
  return {
    agent,
    authorizePageUrl(generated) {
      const url = new URL(generated);
      if (url.origin !== X_AUTHORIZE_ORIGIN) return generated;
      return `${base.origin}${url.pathname}${url.search}`;
    },
    destroy: () => agent.destroy(),
  };
}
