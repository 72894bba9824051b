import type { Translate } from '../../../shared/i18n/translate';
import type { BlockOption } from '../types';
import { insertCard } from '../shared/insertBlock';
import { $createPullQuoteNode } from './PullQuoteNode';

export const pullQuoteBlock = (t: Translate): BlockOption => ({
  id: 'pullquote',
  title: t('blocks.pullquote.title'),
  aliases: ['pull', 'pullquote', 'lift'],
  icon: '❝',
  insert: (editor) => insertCard(editor, () => $createPullQuoteNode()),
});
