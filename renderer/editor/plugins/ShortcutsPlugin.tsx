import { useEffect } from 'react';
import {
  COMMAND_PRIORITY_NORMAL,
  CONTROL_OR_META,
  KEY_DOWN_COMMAND,
  isExactShortcutMatch,
  type KeyboardEventModifierMask,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $setTextBlock, type TextBlock } from '../blockFormat';
import { OPEN_LINK_DIALOG_COMMAND } from '../commands';

const WITH_ALT: KeyboardEventModifierMask = { ...CONTROL_OR_META, altKey: true };

const BLOCK_KEYS: ReadonlyArray<[key: string, block: TextBlock]> = [
  ['0', 'paragraph'],
  ['2', 'h2'],
  ['3', 'h3'],
];

/**
 * The editor's own shortcuts beyond Lexical's built-in ones: Ctrl/Cmd+K for a link and
 * Ctrl/Cmd+Alt+0/2/3 for paragraph and headings. isExactShortcutMatch falls back to the physical
 * key on non-Latin layouts, so they work with a Russian keyboard too.
 */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (isExactShortcutMatch(event, 'k', CONTROL_OR_META)) {
            event.preventDefault();
            editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined);
            return true;
          }
          // On Windows, Ctrl+Alt is also AltGr, which types characters on many layouts.
          if (event.getModifierState('AltGraph')) return false;
          const block = BLOCK_KEYS.find(([key]) => isExactShortcutMatch(event, key, WITH_ALT))?.[1];
          if (!block) return false;
          event.preventDefault();
          editor.update(() => $setTextBlock(block));
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );

  return null;
}
