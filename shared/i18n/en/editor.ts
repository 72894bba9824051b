import type { EnglishMessages } from '../messages';

/** The body editor: toolbar, block inserter, link dialog, photo import, alerts (renderer/editor/**). */
export const editor = {
  'toolbar.label': 'Editing tools',
  'toolbar.paragraph': 'Paragraph',
  'toolbar.h2': 'H2 heading',
  'toolbar.h3': 'H3 heading',
  'toolbar.bold': 'Bold',
  'toolbar.italic': 'Italic',
  'toolbar.link': 'Link',
  'toolbar.bulletList': 'Bulleted list',
  'toolbar.numberList': 'Numbered list',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',

  'insert.menu': 'Insert block',
  'insert.title': 'Insert block (or type / on an empty line)',

  'link.add': 'Add link',
  'link.edit': 'Edit link',
  'link.url': 'Link URL',
  'link.invalid': 'Use a web address (https://…) or an e-mail address.',
  'link.apply': 'Apply link',
  'link.remove': 'Remove link',

  'photos.choose': 'Choose photos',
  'photos.adding': 'Adding photo…',
  'photos.tooLarge': 'it is larger than {size} MB',
  'photos.notAdded': '“{name}” was not added: {reason}',

  'alerts.dismiss': 'Dismiss',
} as const satisfies EnglishMessages;
