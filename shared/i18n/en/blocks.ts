import type { EnglishMessages } from '../messages';

/** The article's blocks: their inserter entries and their cards (renderer/blocks/**). */
export const blocks = {
  'card.remove': 'Remove {block}',

  'text.h2': 'Heading 2',
  'text.h3': 'Heading 3',

  'figure.title': 'Photo',
  'figure.caption': 'Caption',
  'figure.captionPlaceholder': 'Write a caption',
  'figure.credit': 'Credit',
  'figure.creditPlaceholder': 'Photographer / Agency',
  'figure.creditUrl': 'Credit URL',
  'figure.creditUrlInvalid': 'Use a full web address (https://…).',
  'figure.alt': 'Alt text',
  'figure.altPlaceholder': 'Describe the photo for readers who cannot see it',
  'figure.altMissing': 'Alt text missing',
  'figure.numbered': 'Photo {number}',

  'quote.title': 'Quote',
  'quote.text': 'Quote text',
  'quote.textPlaceholder': 'What was said. Each line is a paragraph.',
  'quote.citation': 'Who said it',
  'quote.citationPlaceholder': 'Name, role',

  'pullquote.title': 'Pull quote',
  'pullquote.text': 'Pull quote text',
  'pullquote.textPlaceholder': 'A line from the story, shown large',
  'pullquote.attribution': 'Attribution',
  'pullquote.attributionPlaceholder': 'Who said it',

  'appeal.option': '{kind}: {name}',
  'appeal.version': 'Version {version}',
  'appeal.noneYet': 'None in the appeals library yet',
  'appeal.libraryLoading': 'Loading the appeals library…',
  'appeal.noneOfKind': 'The appeals library has no {kind} yet: add one under Appeals library.',
  'appeal.locked': 'Locked',
  'appeal.pinned': '{name} · version {version}',
  'appeal.pinnedUnknown': 'Library entry “{id}” · version {version}',
  'appeal.loading': 'Loading the appeal…',
  'appeal.missing': 'This version is not in the appeals library.',
  'appeal.failed': 'The appeal could not be loaded: {reason}',
  'appeal.noText': 'This version has no usable text.',
  'appeal.newer': 'Newer version available (version {version})',
  'appeal.update': 'Update',
} as const satisfies EnglishMessages;
