import { useState } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { OPEN_INSERT_MENU_COMMAND } from '../editor/commands';
import { useT } from '../i18n/LocaleProvider';
import { ExportButtons } from '../publishing/ExportButtons';
import { PublishDialogPortal, type PublishSource } from '../publishing/PublishButton';
import { useCommand } from './commands/CommandsProvider';
import { isEditorShown } from './editorShown';
import { ModalDialog } from './ModalDialog';

/**
 * The open draft's commands (shared/desktop/commands.ts), from their keys and Electron's menu:
 * Save Version, Export…, the View toggles, Insert Block… and Publish…. Rendered inside the
 * draft's LexicalComposer.
 */
export function DraftCommands({
  publishing,
  onSaveVersion,
  onToggle,
}: {
  publishing: PublishSource;
  onSaveVersion: () => void;
  onToggle: Record<'preview' | 'details' | 'history', () => void>;
}) {
  const t = useT();
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const [dialog, setDialog] = useState<'export' | 'publish' | null>(null);
  // Panels and menus belong to the editor screen; they wait while another screen is shown.
  const whenShown = (run: () => void) => () => {
    if (isEditorShown(editor)) run();
  };

  useCommand('saveVersion', onSaveVersion);
  useCommand('exportDraft', () => setDialog('export'));
  useCommand('publish', () => setDialog('publish'));
  useCommand('togglePreview', whenShown(onToggle.preview));
  useCommand('toggleDetails', whenShown(onToggle.details));
  useCommand('toggleHistory', whenShown(onToggle.history));
  useCommand('insertBlock', whenShown(() => editor.dispatchCommand(OPEN_INSERT_MENU_COMMAND, undefined)), editable);

  if (dialog === 'export') {
    // File → Export…: the same export buttons as in the publish dialog, on their own.
    return (
      <ModalDialog title={t('desktop.export.title')} onClose={() => setDialog(null)}>
        <ExportButtons draftId={publishing.draftId} beforeExport={publishing.beforePublish} />
      </ModalDialog>
    );
  }
  if (dialog === 'publish') return <PublishDialogPortal {...publishing} onClose={() => setDialog(null)} />;
  return null;
}
