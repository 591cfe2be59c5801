import WebSocket from 'ws';
import type { BridgeServerFrame } from '../../src/shared/wire';

export interface Refusal {
  status: number;
}

/** Connects like a browser tab would; resolves the open socket, or the HTTP status it was refused with. */
export function connectBridge(url: string, headers: Record<string, string>): Promise<WebSocket | Refusal> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    ws.once('error', reject);
  });
}

/** Reads server frames in order, so a test can await the answer to each thing it sent. */
export class FrameReader {
  readonly #frames: BridgeServerFrame[] = [];
  readonly #waiters: ((frame: BridgeServerFrame) => void)[] = [];

  constructor(ws: WebSocket) {
    ws.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as BridgeServerFrame;
      const waiter = this.#waiters.shift();
      if (waiter) waiter(frame);
      else this.#frames.push(frame);
    });
  }

  next(): Promise<BridgeServerFrame> {
    const frame = this.#frames.shift();
    if (frame) return Promise.resolve(frame);
    return new Promise((resolve) => this.#waiters.push(resolve));
  }
}
