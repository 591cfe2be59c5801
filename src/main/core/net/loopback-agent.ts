// An https.Agent that dials the sandbox on loopback whatever host a URL names, keeping that host
// as the TLS servername and trusting exactly the sandbox CA. twitter-api-v2 hard-codes api.x.com,
// upload.x.com and x.com; with this agent (its `httpAgent` setting) they reach the sandbox, and
// the certificate is still checked against the name the client asked for. Verification is never
// switched off: a request's own `rejectUnauthorized: false` or `ca` is overridden.
import { isIP } from 'node:net';
import { Agent, type AgentOptions, type RequestOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { checkServerIdentity, connect, type ConnectionOptions } from 'node:tls';

export interface LoopbackAgentOptions {
  /** The sandbox's port on `host`. */
  port: number;
  /** The sandbox CA in PEM: the only certificate authority this agent trusts. */
  ca: string;
  /** Where to dial; defaults to 127.0.0.1. */
  host?: string;
}

export class LoopbackAgent extends Agent {
  readonly #port: number;
  readonly #host: string;
  readonly #ca: string;

  constructor({ port, ca, host = '127.0.0.1' }: LoopbackAgentOptions, agentOptions: AgentOptions = {}) {
    super({ keepAlive: true, ...agentOptions, ca });
    this.#port = port;
    this.#host = host;
    this.#ca = ca;
  }

  // Returning the socket is enough: Node's Agent ignores the callback when a socket comes back.
  override createConnection(options: RequestOptions, _callback?: (err: Error | null, stream: Duplex) => void): Duplex {
    // The name the request asked for (Node's Agent derives servername from the Host header and
    // blanks it for IP addresses, which SNI cannot carry).
    const name = options.servername || options.host || options.hostname || 'localhost';
    const verify = options.checkServerIdentity ?? checkServerIdentity;
    return connect({
      ...(options as ConnectionOptions),
      host: this.#host,
      port: this.#port,
      servername: isIP(name) ? undefined : name,
      ca: this.#ca,
      rejectUnauthorized: true,
      // Check the certificate against the requested name, not the loopback address dialled.
      checkServerIdentity: (_dialled, cert) => verify(name, cert),
    });
  }
}
