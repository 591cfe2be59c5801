// Whether this window can reach Columns' engine, as React state. Electron's IPC is always there;
// the browser bridge can be lost (engine stopped, laptop slept) and comes back by itself.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { getApi, type ApiClient } from '.';
import type { ConnectionState } from './connection-state';

/** The window's client, or null where it has none (browser mode opened without its token: the shell says so). */
function clientOrNull(): ApiClient | null {
  try {
    return getApi();
  } catch {
    return null;
  }
}

export type { ConnectionState } from './connection-state';

export function useConnection(): ConnectionState {
  const api = clientOrNull();
  return useSyncExternalStore(
    (onChange) => api?.onConnection(onChange) ?? (() => undefined),
    () => api?.connection() ?? 'open',
  );
}

/** Counts the times the engine came back after being lost: effects that read from core depend on it. */
export function useReconnects(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const api = clientOrNull();
    if (!api) return;
    let wasLost = api.connection() === 'lost' || api.connection() === 'refused';
    return api.onConnection((state) => {
      if (state === 'lost' || state === 'refused') wasLost = true;
      else if (state === 'open' && wasLost) {
        wasLost = false;
        setCount((current) => current + 1);
      }
    });
  }, []);
  return count;
}

/** Whether calls can go through now (the composer sends nothing while it is false). */
export function useEngineReachable(): boolean {
  const state = useConnection();
  return state === 'open' || state === 'connecting';
}
