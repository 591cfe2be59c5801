// An https.Agent that dials the sandbox on loopback whatever host a URL names, keeping that host
// as the TLS servername and trusting exactly the sandbox CA. twitter-api-v2 hard-codes api.x.com,
// upload.x.com and x.com; with this agent (its `httpAgent` setting) they reach the sandbox, and
// the certificate is still checked against the name the client asked for.
import { Agent, type AgentOptions } from 'node:https';
import type { Duplex } from 'node:stream';
import { connect, type ConnectionOptions } from 'node:tls';

export interface LoopbackAgentOptions {
  port: number;
  /** The sandbox CA in PEM. */
  ca: string;
  host?: string;
}

export class LoopbackAgent extends Agent {
  readonly #port: number;
  readonly #host: string;
  readonly #ca: string;

  constructor(options: LoopbackAgentOptions, agentOptions: AgentOptions = {}) {
    super({ keepAlive: true, ...agentOptions, ca: options.ca });
    this.#port = options.port;
    this.#host = options.host ?? '127.0.0.1';
    this.#ca = options.ca;
  }

  // Returning the socket is enough: Node's Agent ignores the callback when a socket comes back.
  override createConnection(options: ConnectionOptions & { host?: string; servername?: string }): Duplex {
    const servername = options.servername ?? options.host ?? 'api.x.com';
    return connect({ ...options, host: this.#host, port: this.#port, servername, ca: this.#ca, rejectUnauthorized: true });
  }
}
