// The loopback end of the OAuth redirect (RFC 8252 §7.3): an HTTP server on 127.0.0.1 only, for one
// connect attempt, answering GET <path> and nothing else. Host is checked so that a page elsewhere
// cannot reach it through DNS rebinding.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CALLBACK_PAGE_CSP, renderCallbackPage, type CallbackPage } from './callback-page';

export interface CallbackServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface CallbackServerOptions {
  /** 0 picks a free port (the training sandbox accepts any loopback port). */
  port: number;
  path: string;
  /** Decides the page for one request to `path`, with its query parameters. */
  onCallback(params: URLSearchParams): Promise<CallbackPage>;
}

const HOST = '127.0.0.1';
const CLOSE_GRACE_MS = 2_000;

export async function startCallbackServer(options: CallbackServerOptions): Promise<CallbackServer> {
  let allowedHost = '';
  const server: Server = createServer((req, res) => {
    const send = (page: CallbackPage): void => {
      res.writeHead(page.status, {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': CALLBACK_PAGE_CSP,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
        'x-content-type-options': 'nosniff',
        connection: 'close',
      });
      res.end(renderCallbackPage(page));
    };
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (req.headers.host !== allowedHost) return send({ status: 421, title: 'Wrong address', message: 'This page is only answered on 127.0.0.1.' });
    if (req.method !== 'GET' || url.pathname !== options.path) return send({ status: 404, title: 'Not found', message: 'There is nothing here.' });
    options.onCallback(url.searchParams).then(send, () => send({ status: 500, title: 'Something went wrong', message: 'Columns could not finish connecting the account.' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  allowedHost = `${HOST}:${port}`;
  return {
    port,
    // A page being answered (the attempt's own ending) is let finish; anything else is cut after a moment.
    close: () =>
      new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
