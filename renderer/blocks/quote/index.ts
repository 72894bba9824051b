import type { BlockOption } from '../types';
import { insertCard } from '../shared/insertBlock';
import { $createQuoteNode } from './QuoteNode';

export const quoteBlock: BlockOption = {
  id: 'quote',
  title: 'Quote',
  aliases: ['quote', 'blockquote', 'citation'],
  icon: '“',
  insert: (editor) => insertCard(editor, () => $createQuoteNode()),
};
