// The browser-mode transport: the contract over a WebSocket to 127.0.0.1, authorised by the
// per-launch token the address carried in its fragment. It knows whether the engine is there: a
// heartbeat finds a dead socket (a laptop that slept, an engine that stopped or hangs), calls made
// while it is lost fail at once (nothing is kept to be sent later, behind the user's back), and it
// reconnects by itself. When the page's server answers but the bridge refuses its token, Columns
// was started again with a new address, and the page cannot follow on its own: it says so.
import { BRIDGE_PATH, type BridgeServerFrame, type Transport, type WireResult } from '../../../shared/wire';
import type { ConnectionState } from './connection-state';

const TOKEN_KEY = 'columns.bridgeToken';
/** A heartbeat (app.info) this often while open; no answer within the timeout means the engine is lost. */
export const HEARTBEAT_MS = 5000;
const HEARTBEAT_TIMEOUT_MS = 4000;
/** A socket that has not opened by then is given up and tried again. */
const OPEN_TIMEOUT_MS = 4000;
const RETRY_DELAYS_MS = [500, 1000, 2000, 3000];

/** Reads the token from `#token=…`, keeps it for reloads of this tab, and clears it from the address bar. */
export function takeBridgeToken(location: Location, storage: Storage, history: History): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    storage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return storage.getItem(TOKEN_KEY);
}

export interface WebSocketTransport extends Transport {
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

const LOST_MESSAGE = 'Columns’ engine is not answering, so nothing was sent. It reconnects by itself; try again once it is back.';

export function createWebSocketTransport(baseUrl: string, token: string): WebSocketTransport {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  const pending = new Map<number, (result: WireResult) => void>();
  /** Frames written before the first open (the page's first calls); never after a loss. */
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let attempts = 0;
  let retry: ReturnType<typeof setTimeout> | null = null;

  const url = new URL(BRIDGE_PATH, baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', token);

  function setState(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    for (const listener of connectionListeners) listener(next);
  }

  function failPending(message: string): void {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'unavailable', message } });
    pending.clear();
    queue.splice(0);
  }

  /** The socket is gone (closed, or silent): drop it, fail what waited, try again soon. */
  function lose(ws: WebSocket): void {
    if (socket !== ws) return;
    socket = null;
    ws.close();
    failPending(LOST_MESSAGE);
    if (state !== 'refused') setState('lost');
    void classify();
    schedule();
  }

  /** A server that answers HTTP while the bridge will not open is a new launch with a new token. */
  async function classify(): Promise<void> {
    if (attempts < 2) return;
    try {
      const response = await fetch(new URL('/', baseUrl), { method: 'HEAD', cache: 'no-store' });
      if (response.ok && socket === null) setState('refused');
    } catch {
      if (state === 'refused') setState('lost');
    }
  }

  function schedule(): void {
    if (retry) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempts, RETRY_DELAYS_MS.length - 1)] ?? 3000;
    retry = setTimeout(() => {
      retry = null;
      socket ??= connect();
    }, delay);
  }

  /** One heartbeat: no answer within the timeout and the socket is given up. */
  function probe(ws: WebSocket): void {
    const silent = setTimeout(() => lose(ws), HEARTBEAT_TIMEOUT_MS);
    void send('app.info', {}).then(() => clearTimeout(silent));
  }

  function heartbeat(ws: WebSocket): void {
    const beat = setInterval(() => {
      if (socket !== ws) return clearInterval(beat);
      probe(ws);
    }, HEARTBEAT_MS);
  }

  function connect(): WebSocket {
    attempts += 1;
    const ws = new WebSocket(url);
    const opening = setTimeout(() => lose(ws), OPEN_TIMEOUT_MS);
    ws.addEventListener('open', () => {
      clearTimeout(opening);
      if (socket !== ws) return;
      attempts = 0;
      setState('open');
      for (const frame of queue.splice(0)) ws.send(frame);
      heartbeat(ws);
    });
    ws.addEventListener('message', (message) => {
      if (socket !== ws || typeof message.data !== 'string') return;
      const frame = JSON.parse(message.data) as BridgeServerFrame;
      if (frame.type === 'event') {
        for (const listener of listeners) listener(frame.event, frame.payload);
      } else if (frame.id !== null) {
        pending.get(frame.id)?.(frame.result);
        pending.delete(frame.id);
      }
    });
    ws.addEventListener('close', () => {
      clearTimeout(opening);
      lose(ws);
    });
    return ws;
  }

  function send(method: string, input: unknown): Promise<WireResult> {
    if (state === 'lost' || state === 'refused') return Promise.resolve({ ok: false, error: { code: 'unavailable', message: LOST_MESSAGE } });
    const id = nextId++;
    const frame = JSON.stringify({ id, method, input });
    return new Promise<WireResult>((resolve) => {
      pending.set(id, resolve);
      socket ??= connect();
      if (socket.readyState === WebSocket.OPEN) socket.send(frame);
      else queue.push(frame);
    });
  }

  // A laptop waking up or a network coming back: check at once instead of waiting for the beat.
  const checkNow = (): void => {
    if (document.visibilityState !== 'visible') return;
    if (socket && state === 'open') {
      probe(socket);
    } else if (!socket) {
      if (retry) clearTimeout(retry);
      retry = null;
      socket = connect();
    }
  };
  document.addEventListener('visibilitychange', checkNow);
  window.addEventListener('online', checkNow);

  socket = connect();

  return {
    kind: 'websocket',
    invoke: send,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    connection: () => state,
    onConnection(listener) {
      connectionListeners.add(listener);
      return () => {
        connectionListeners.delete(listener);
      };
    },
  };
}
