// The whole preload: one generic bridge over the contract's method names (DESIGN rule 8).
// It exposes exactly `window.api` and nothing else; main validates every call.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, type Transport, type WireResult } from '../shared/wire';

const api: Transport = {
  kind: 'ipc',
  invoke: (method, input) => ipcRenderer.invoke(IPC_INVOKE_CHANNEL, method, input) as Promise<WireResult>,
  subscribe: (listener) => {
    const handler = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (typeof name === 'string') listener(name, payload);
    };
    ipcRenderer.on(IPC_EVENT_CHANNEL, handler);
    return () => {
      ipcRenderer.removeListener(IPC_EVENT_CHANNEL, handler);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);
