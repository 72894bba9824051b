import type { Translate } from '../../../shared/i18n/translate';
import type { BlockOption } from '../types';
import { insertCard } from '../shared/insertBlock';
import { $createQuoteNode } from './QuoteNode';

export const quoteBlock = (t: Translate): BlockOption => ({
  id: 'quote',
  title: t('blocks.quote.title'),
  aliases: ['quote', 'blockquote', 'citation'],
  icon: '“',
  insert: (editor) => insertCard(editor, () => $createQuoteNode()),
});
