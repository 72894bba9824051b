import { useEffect } from 'react';
import {
  $addUpdateTag,
  $createParagraphNode,
  $getSelection,
  $isNodeSelection,
  $isRangeSelection,
  $isSelectionCapturedInDecoratorInput,
  COMMAND_PRIORITY_HIGH,
  CONTROL_OR_META,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  isDOMNode,
  isExactShortcutMatch,
  mergeRegister,
  type RangeSelection,
} from 'lexical';
import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { INSERT_IMAGE_FILES_COMMAND } from '../commands';
import { cleanHtml } from '../paste/cleanHtml';
import { $insertPlainText } from '../paste/plainText';

/** Lexical's own clipboard format: nodes as JSON, cards included; its paste handles them. */
const LEXICAL_TYPE = 'application/x-lexical-editor';
/** How long after Ctrl/Cmd+Shift+V the paste it causes is expected. */
const PLAIN_PASTE_MS = 1_000;

function imageFiles(data: DataTransfer): File[] {
  return [...data.files].filter((file) => file.type.startsWith('image/'));
}

/** Lexical's JSON from an editor like this one; from another (the caption's), it is only HTML here. */
function isOwnClipboard(data: DataTransfer, namespace: string): boolean {
  try {
    return (JSON.parse(data.getData(LEXICAL_TYPE) || 'null') as { namespace?: unknown } | null)?.namespace === namespace;
  } catch {
    return false;
  }
}

/** Whether the clipboard's HTML is only a picture of something (a copied image), not text. */
const htmlHasText = (html: string): boolean => new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() !== '';

/** Where a paste goes: the caret, or after a selected card (never into RichText's unsanitized paste). */
function $pasteSelection(): RangeSelection | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return selection;
  const last = $isNodeSelection(selection) ? selection.getNodes().at(-1)?.getTopLevelElement() : null;
  if (!last) return null;
  const paragraph = $createParagraphNode();
  last.insertAfter(paragraph);
  return paragraph.select();
}

/**
 * Pastes from outside the editor arrive sanitized and plain (see cleanHtml); Ctrl/Cmd+Shift+V
 * pastes text only; pasted image files become figures. Handled above RichText's paste, which
 * still takes Lexical's own clipboard (copy and paste within the editor keeps cards).
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    let plainUntil = 0;
    return mergeRegister(
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (isExactShortcutMatch(event, 'v', { ...CONTROL_OR_META, shiftKey: true })) plainUntil = event.timeStamp + PLAIN_PASTE_MS;
          return false;
        },
        COMMAND_PRIORITY_HIGH,
      ),
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = event instanceof ClipboardEvent ? event.clipboardData : event instanceof InputEvent ? event.dataTransfer : null;
          if (!data || (isDOMNode(event.target) && $isSelectionCapturedInDecoratorInput(event.target))) return false;
          const plain = event.timeStamp <= plainUntil;
          plainUntil = 0;
          if (!plain && isOwnClipboard(data, editor._config.namespace)) return false;
          const html = data.getData('text/html');
          const text = data.getData('text/plain');
          const images = imageFiles(data);
          if (!plain && images.length > 0 && !htmlHasText(html) && editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, images)) {
            event.preventDefault();
            return true;
          }
          const selection = $pasteSelection();
          if (!selection || (html === '' && text === '')) return false;
          event.preventDefault();
          $addUpdateTag(PASTE_TAG);
          if (plain || html === '') return $insertPlainText(selection, text);
          const clean = new DOMParser().parseFromString(cleanHtml(html), 'text/html');
          selection.insertNodes($generateNodesFromDOM(editor, clean));
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    );
  }, [editor]);

  return null;
}
