import type { Translate } from '../../../shared/i18n/translate';
import { OPEN_IMAGE_PICKER_COMMAND } from '../../editor/commands';
import type { BlockOption } from '../types';

/** A photo starts with its file: choosing one imports it, and only then is the figure inserted. */
export const figureBlock = (t: Translate): BlockOption => ({
  id: 'photo',
  title: t('blocks.figure.title'),
  aliases: ['photo', 'image', 'figure', 'picture', 'img'],
  icon: '▣',
  insert: (editor) => editor.dispatchCommand(OPEN_IMAGE_PICKER_COMMAND, undefined),
});
