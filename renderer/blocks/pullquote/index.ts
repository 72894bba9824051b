import type { BlockOption } from '../types';
import { insertCard } from '../shared/insertBlock';
import { $createPullQuoteNode } from './PullQuoteNode';

export const pullQuoteBlock: BlockOption = {
  id: 'pullquote',
  title: 'Pull quote',
  aliases: ['pull', 'pullquote', 'lift'],
  icon: '❝',
  insert: (editor) => insertCard(editor, () => $createPullQuoteNode()),
};
