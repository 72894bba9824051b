import { useEffect, useEffectEvent, useRef, useState } from 'react';
import {
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  mergeRegister,
  type BaseSelection,
} from 'lexical';
import { DRAG_DROP_PASTE } from '@lexical/rich-text';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { MAX_IMAGE_BYTES } from '../../../shared/ipc/contract';
import { textNode } from '../../../shared/render/lexicalNodes';
import { useApi } from '../../api/ApiContext';
import { errorMessage, unwrap } from '../../api/unwrap';
import { $createFigureNode } from '../../blocks/figure/FigureNode';
import { canonicalCaption } from '../../blocks/figure/inlineContent';
import { readBase64 } from '../../blocks/figure/readBase64';
import { insertCard } from '../../blocks/shared/insertBlock';
import { useT } from '../../i18n/LocaleProvider';
import { useArticle } from '../ArticleContext';
import { INSERT_IMAGE_FILES_COMMAND, OPEN_IMAGE_PICKER_COMMAND, SHOW_EDITOR_ALERT_COMMAND } from '../commands';

const MAX_MB = MAX_IMAGE_BYTES / 1024 / 1024;

/** Puts back the selection a picker or drop was made at, if its nodes are still there. */
function $restore(selection: BaseSelection | null): void {
  if (!selection) return;
  const alive = $isRangeSelection(selection)
    ? $getNodeByKey(selection.anchor.key) !== null && $getNodeByKey(selection.focus.key) !== null
    : selection.getNodes().length > 0;
  if (alive) $setSelection(selection.clone());
}

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Photos into the body, from the file picker, a drop or a paste: main checks and stores each file,
 * and only then is a figure inserted, prefilled from the file's embedded caption, credit and alt
 * text. What main refuses is said in the editor's alert region, and nothing is inserted.
 */
export function FigureImportPlugin() {
  const [editor] = useLexicalComposerContext();
  const api = useApi();
  const t = useT();
  const { draftId } = useArticle();
  const openDraft = useRef(draftId);
  const pickedAt = useRef<BaseSelection | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState(0);

  useEffect(() => {
    openDraft.current = draftId;
  }, [draftId]);

  const importFiles = useEffectEvent(async (files: File[], at: BaseSelection | null) => {
    const forDraft = draftId;
    let first = true;
    for (const file of files) {
      setImporting((count) => count + 1);
      try {
        if (file.size > MAX_IMAGE_BYTES) throw new Error(t('editor.photos.tooLarge', { size: MAX_MB }));
        const { asset, suggested } = await unwrap(api.importImage({ draftId: forDraft, name: file.name.slice(0, 255), dataBase64: await readBase64(file) }));
        // The reporter may have opened another draft meanwhile; the photo belongs to this one.
        if (openDraft.current !== forDraft) return;
        const restore = first ? at : null;
        first = false;
        insertCard(
          editor,
          () => {
            $restore(restore);
            const caption = canonicalCaption([textNode(suggested.caption)]);
            return $createFigureNode({ asset, alt: suggested.alt, caption, credit: suggested.credit, creditUrl: '' });
          },
          false,
        );
      } catch (failure) {
        editor.dispatchCommand(SHOW_EDITOR_ALERT_COMMAND, t('editor.photos.notAdded', { name: file.name, reason: errorMessage(failure) }));
      } finally {
        setImporting((count) => count - 1);
      }
    }
  });

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          OPEN_IMAGE_PICKER_COMMAND,
          () => {
            pickedAt.current = $getSelection()?.clone() ?? null;
            inputRef.current?.click();
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          INSERT_IMAGE_FILES_COMMAND,
          (files) => {
            void importFiles(files, $getSelection()?.clone() ?? null);
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        // RichText hands over files dropped or pasted into the body.
        editor.registerCommand(DRAG_DROP_PASTE, (files) => editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, files), COMMAND_PRIORITY_EDITOR),
        // Without this the browser may refuse a file drop wherever the caret cannot go.
        editor.registerCommand(
          DRAGOVER_COMMAND,
          (event) => {
            if (hasFiles(event)) event.preventDefault();
            return false;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept="image/*"
        multiple
        hidden
        aria-label={t('editor.photos.choose')}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length > 0) void importFiles(files, pickedAt.current);
        }}
      />
      {importing > 0 && (
        <p className="import-status" role="status">
          {t('editor.photos.adding')}
        </p>
      )}
    </>
  );
}
