import type { EnglishMessages } from '../messages';

/** The appeals library: its entries, their texts in both languages, and their versions. */
export const appeals = {
  'kind.donation': 'Donation appeal',
  'kind.newsletter': 'Newsletter sign-up',
  'kind.banner': 'Banner',

  'library.back': 'Back to the article',
  'library.list': 'Appeals',
  'library.loadFailed': 'Could not load the library: {reason}',
  'library.kind': 'Kind',
  'library.new': 'New appeal',
  'library.choose': 'Choose an appeal to edit its texts, or start a new one.',
  'library.version': 'v{version}',

  'history.title': 'Versions',
  'history.loadFailed': 'Could not load the versions: {reason}',
  'history.entry': 'Version {version} · {name} · saved',

  'form.edit': 'Edit {name}',
  'form.new': 'New appeal',
  'form.version': 'version {version}',
  'form.unsaved': 'not saved yet',
  'form.name': 'Name',
  'form.saveVersion': 'Save new version',
  'form.save': 'Save appeal',
  'form.fixFields': 'Not saved: correct the fields marked below.',
  'form.saved': 'Saved as version {version}',
  'form.notSaved': 'Not saved: {reason}',
  'form.frequencies': 'Frequencies offered',
  'form.defaultFrequency': 'Default frequency',

  'field.heading': 'Heading',
  'field.body': 'Text',
  'field.buttonLabel': 'Button label',
  'field.remindLaterLabel': 'Remind-later label',
  'field.description': 'Description',
  'field.consent': 'Consent text',
  'field.text': 'Text',
  'field.linkLabel': 'Link label',
  'field.url': 'Link URL',

  'problem.chooseOne': 'Choose at least one.',
  'problem.required': 'Required.',
  'problem.tooManyItems': { one: 'At most {count} item.', other: 'At most {count} items.' },
  'problem.tooLong': { one: 'At most {count} character.', other: 'At most {count} characters.' },
  'problem.url': 'Use a web address starting with https://.',
} as const satisfies EnglishMessages;
