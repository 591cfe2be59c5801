// The browser-mode transport: the contract over a WebSocket to 127.0.0.1, authorised by the
// per-launch token the address carried in its fragment.
import { BRIDGE_PATH, type BridgeServerFrame, type Transport, type WireResult } from '../../../shared/wire';

const TOKEN_KEY = 'columns.bridgeToken';
const RECONNECT_DELAY_MS = 1000;

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

export function createWebSocketTransport(baseUrl: string, token: string): Transport {
  const listeners = new Set<(event: string, payload: unknown) => void>();
  const pending = new Map<number, (result: WireResult) => void>();
  const queue: string[] = [];
  let nextId = 1;
  let socket: WebSocket | null = null;

  const url = new URL(BRIDGE_PATH, baseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.searchParams.set('token', token);

  function failPending(message: string): void {
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'unavailable', message } });
    pending.clear();
  }

  function connect(): WebSocket {
    const ws = new WebSocket(url);
    ws.addEventListener('open', () => {
      for (const frame of queue.splice(0)) ws.send(frame);
    });
    ws.addEventListener('message', (message) => {
      if (typeof message.data !== 'string') return;
      const frame = JSON.parse(message.data) as BridgeServerFrame;
      if (frame.type === 'event') {
        for (const listener of listeners) listener(frame.event, frame.payload);
      } else if (frame.id !== null) {
        pending.get(frame.id)?.(frame.result);
        pending.delete(frame.id);
      }
    });
    ws.addEventListener('close', () => {
      socket = null;
      failPending('The connection to Columns was lost. Is it still running?');
      setTimeout(() => {
        socket ??= connect();
      }, RECONNECT_DELAY_MS);
    });
    return ws;
  }

  socket = connect();

  return {
    kind: 'websocket',
    invoke(method, input) {
      const id = nextId++;
      const frame = JSON.stringify({ id, method, input });
      return new Promise<WireResult>((resolve) => {
        pending.set(id, resolve);
        socket ??= connect();
        if (socket.readyState === WebSocket.OPEN) socket.send(frame);
        else queue.push(frame);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
