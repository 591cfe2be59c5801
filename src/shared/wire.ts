// What travels between renderer and core, over Electron IPC or the browser bridge alike.
// Errors are values the UI can explain, never thrown strings (STYLE: Signal's sql channel).

export type ApiErrorCode =
  | 'invalid_input'
  /** An account that asks for the large-type confirmation was not confirmed for this action. */
  | 'confirmation_required'
  | 'unknown_method'
  | 'invalid_request'
  | 'unauthorized'
  | 'unavailable'
  | 'internal';

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
}

export type WireResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiErrorBody };

/** Browser bridge frames (WebSocket, JSON text). */
export interface BridgeRequest {
  id: number;
  method: string;
  input: unknown;
}

export type BridgeServerFrame =
  | { type: 'result'; id: number | null; result: WireResult }
  | { type: 'event'; event: string; payload: unknown };

/** Electron IPC channel names, shared by main and the preload bridge. */
export const IPC_INVOKE_CHANNEL = 'columns:invoke';
export const IPC_EVENT_CHANNEL = 'columns:event';

/** Browser bridge WebSocket path. */
export const BRIDGE_PATH = '/bridge';

/** The one generic bridge every transport offers the renderer (window.api in Electron). */
export interface Transport {
  readonly kind: 'ipc' | 'websocket';
  invoke(method: string, input: unknown): Promise<WireResult>;
  subscribe(listener: (event: string, payload: unknown) => void): () => void;
}
