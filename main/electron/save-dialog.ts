import type { BrowserWindow, Dialog } from 'electron';
import type { SaveDialog } from '../services/publishing/export';

/** The native "Save as" sheet, attached to the app window when there is one. */
export function nativeSaveDialog(dialog: Pick<Dialog, 'showSaveDialog'>, window: () => BrowserWindow | null): SaveDialog {
  return async ({ title, defaultName, filters }) => {
    const options = { title, defaultPath: defaultName, filters, properties: ['createDirectory' as const, 'showOverwriteConfirmation' as const] };
    const parent = window();
    const { canceled, filePath } = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return canceled || !filePath ? null : filePath;
  };
}
