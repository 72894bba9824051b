import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { channels, wireChannel, wireEvent } from '../../shared/ipc/contract';
import type { AppServices } from '../services/app-services';
import type { Sender } from '../services/ipc/dispatcher';

/**
 * Who is asking, for the dispatcher's origin check. A frame that is gone, or whose properties
 * throw because it was disposed mid-request, counts as a stranger.
 */
export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): Sender {
  try {
    const frame = event.senderFrame;
    if (!frame) return { url: '', isMainFrame: false };
    return { url: frame.url, isMainFrame: frame === event.sender.mainFrame };
  } catch {
    return { url: '', isMainFrame: false };
  }
}

/**
 * One ipcMain handler per contract channel and no others: a message on any other name has no
 * listener in main. The dispatcher does the checking; this only translates Electron's event.
 * Returns the function that removes them again.
 */
export function registerIpcHandlers(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  dispatch: AppServices['dispatch'],
): () => void {
  for (const channel of channels) {
    ipcMain.handle(wireChannel(channel), (event, input: unknown) => dispatch(channel, input, senderOf(event)));
  }
  return () => {
    for (const channel of channels) ipcMain.removeHandler(wireChannel(channel));
  };
}

/** Sends the services' pushes to the app window only, never to any other webContents. */
export function forwardEvents(
  services: Pick<AppServices, 'onEvent'>,
  target: () => Pick<WebContents, 'send' | 'isDestroyed'> | null,
): () => void {
  return services.onEvent((event, payload) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(wireEvent(event), payload);
  });
}
