// Runs in the sandboxed renderer before the page. It hands the page one object, window.copydesk,
// with a method per contract channel and a subscriber per event: no ipcRenderer, no generic
// invoke, nothing the page could aim at another channel.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { buildApi } from '../../shared/ipc/api';
import { wireChannel, wireEvent } from '../../shared/ipc/contract';

contextBridge.exposeInMainWorld(
  'copydesk',
  buildApi({
    invoke: (channel, input) => ipcRenderer.invoke(wireChannel(channel), input),
    subscribe: (event, listener) => {
      // The IpcRendererEvent stays here: it carries the sender and ports the page must not get.
      const handler = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(wireEvent(event), handler);
      return () => {
        ipcRenderer.removeListener(wireEvent(event), handler);
      };
    },
  }),
);
