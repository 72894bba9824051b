import { $getRoot, $getSelection, type LexicalEditor } from 'lexical';
import { $insertList } from '@lexical/list';
import type { Translate } from '../../../shared/i18n/translate';
import { $setTextBlock, type ListBlock, type TextBlock } from '../../editor/blockFormat';
import type { BlockOption } from '../types';

/** Turns the block at the caret into a heading or a list, as the toolbar buttons do. */
function convert(editor: LexicalEditor, change: () => void): void {
  editor.update(
    () => {
      if ($getSelection() === null) $getRoot().selectEnd();
      change();
    },
    { onUpdate: () => editor.focus() },
  );
}

const heading = (block: TextBlock, title: string, aliases: string[], icon: string): BlockOption => ({
  id: block,
  title,
  aliases,
  icon,
  insert: (editor) => convert(editor, () => $setTextBlock(block)),
});

const list = (type: ListBlock, title: string, aliases: string[], icon: string): BlockOption => ({
  id: `${type}-list`,
  title,
  aliases,
  icon,
  insert: (editor) => convert(editor, () => $insertList(type)),
});

export const textBlocks = (t: Translate): BlockOption[] => [
  heading('h2', t('blocks.text.h2'), ['h2', 'heading', 'subheading'], 'H2'),
  heading('h3', t('blocks.text.h3'), ['h3', 'heading'], 'H3'),
  list('bullet', t('editor.toolbar.bulletList'), ['ul', 'bullet', 'list'], '•'),
  list('number', t('editor.toolbar.numberList'), ['ol', 'numbered', 'list'], '1.'),
];
