// The renderer's one `api`: typed by the contract, working over whichever transport this window
// has (Electron IPC through window.api, or the browser bridge). Never hand-written per method.
import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodResult,
} from '../../../shared/contract';
import type { ApiErrorBody, Transport } from '../../../shared/wire';
import type { ConnectionState } from './connection-state';

export class ApiError extends Error {
  readonly code: ApiErrorBody['code'];

  constructor(body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
  }
}

type Listener = (payload: never) => void;

export interface ApiClient {
  readonly transport: Transport['kind'];
  // `{} extends T` asks whether every property of T is optional, which makes the input argument optional.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` here is the probe, not a value type
  call<M extends MethodName>(method: M, ...input: {} extends MethodInput<M> ? [MethodInput<M>?] : [MethodInput<M>]): Promise<MethodResult<M>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Whether the engine can be reached now (always "open" over Electron's IPC). */
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

/** A transport that can lose its engine (the browser bridge) says so; IPC cannot. */
interface ConnectionSource {
  connection(): ConnectionState;
  onConnection(listener: (state: ConnectionState) => void): () => void;
}

const ALWAYS_OPEN: ConnectionSource = { connection: () => 'open', onConnection: () => () => undefined };

export function createApiClient(transport: Transport, source: ConnectionSource = ALWAYS_OPEN): ApiClient {
  const listeners = new Map<string, Set<Listener>>();
  transport.subscribe((event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload as never);
  });

  return {
    transport: transport.kind,
    async call(method, ...input) {
      const result = await transport.invoke(method, input[0] ?? {});
      if (!result.ok) throw new ApiError(result.error);
      return result.value as never;
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set<Listener>();
      listeners.set(event, set);
      set.add(listener as Listener);
      return () => {
        set.delete(listener as Listener);
      };
    },
    connection: () => source.connection(),
    onConnection: (listener) => source.onConnection(listener),
  };
}
