import type { ContextMenuParams, Menu, MenuItemConstructorOptions, Session, WebContents } from 'electron';
import type { Language } from '../../shared/appeals/library';
import type { Locale } from '../../shared/i18n/messages';
import { translate } from '../../shared/i18n/translate';
import type { SpellcheckPort } from '../services/desktop/ports';
import type { Logger } from '../services/ipc/dispatcher';

/** Chromium's dictionary for each article language. */
export const SPELLCHECK_LANGUAGES: Record<Language, string> = { en: 'en-US', ru: 'ru' };

const MAX_SUGGESTIONS = 6;

export type SpellingParams = Pick<ContextMenuParams, 'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'editFlags' | 'selectionText'>;

export interface SpellingActions {
  replaceMisspelling(suggestion: string): void;
  addToHouseDictionary(word: string): void;
}

/**
 * The right-click menu: spelling suggestions and "Add to House Dictionary" over a misspelled word,
 * then the clipboard commands the spot allows. Empty where there is nothing to offer.
 */
export function contextMenuTemplate(params: SpellingParams, actions: SpellingActions, locale: Locale): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const text = (key: 'spelling.noSuggestions' | 'spelling.addToHouseDictionary' | 'command.cut' | 'command.copy' | 'command.paste' | 'command.selectAll') =>
    translate(locale, `desktop.${key}`);
  const word = params.misspelledWord.trim();
  if (params.isEditable && word !== '') {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    if (suggestions.length === 0) items.push({ label: text('spelling.noSuggestions'), enabled: false });
    for (const suggestion of suggestions) items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    items.push({ type: 'separator' }, { label: text('spelling.addToHouseDictionary'), click: () => actions.addToHouseDictionary(word) }, { type: 'separator' });
  }
  const { canCut, canCopy, canPaste, canSelectAll } = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'cut', label: text('command.cut'), enabled: canCut },
      { role: 'copy', label: text('command.copy'), enabled: canCopy },
      { role: 'paste', label: text('command.paste'), enabled: canPaste },
      { type: 'separator' },
      { role: 'selectAll', label: text('command.selectAll'), enabled: canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: text('command.copy'), enabled: canCopy });
  }
  return items;
}

/** Shows the spelling and clipboard menu on right-click in the window. */
export function attachContextMenu(
  contents: Pick<WebContents, 'on' | 'replaceMisspelling'>,
  {
    Menu: menu,
    addToHouseDictionary,
    locale,
    log,
  }: {
    Menu: Pick<typeof Menu, 'buildFromTemplate'>;
    addToHouseDictionary: (word: string) => void;
    /** The interface language now: the menu is built anew on each right-click. */
    locale: () => Locale;
    log: Logger;
  },
): void {
  contents.on('context-menu', (_event, params) => {
    const actions: SpellingActions = {
      replaceMisspelling: (suggestion) => contents.replaceMisspelling(suggestion),
      addToHouseDictionary: (word) => {
        try {
          addToHouseDictionary(word);
        } catch (error) {
          // Chromium flags things the house dictionary cannot hold (words with digits, say).
          log.warn('word not added to the house dictionary', { reason: (error as Error).message });
        }
      },
    };
    const template = contextMenuTemplate(params, actions, locale());
    if (template.length > 0) menu.buildFromTemplate(template).popup();
  });
}

/** What the house dictionary must add to Chromium's custom dictionary, and take out of it. */
export function wordChanges(current: readonly string[], wanted: readonly string[]): { add: string[]; remove: string[] } {
  const have = new Set(current);
  const want = new Set(wanted);
  return { add: wanted.filter((word) => !have.has(word)), remove: current.filter((word) => !want.has(word)) };
}

type SpellcheckSession = Pick<
  Session,
  | 'availableSpellCheckerLanguages'
  | 'setSpellCheckerLanguages'
  | 'listWordsInSpellCheckerDictionary'
  | 'addWordToSpellCheckerDictionary'
  | 'removeWordFromSpellCheckerDictionary'
>;

/**
 * Electron's spellchecker as the services' port. Chromium keeps the custom words in the profile
 * too; they are made to equal the house dictionary, one sync at a time so a quick add and remove
 * land in order. (On macOS the system spellchecker picks the language itself.)
 */
export function sessionSpellcheck(session: SpellcheckSession, log: Logger): SpellcheckPort {
  let syncing: Promise<void> = Promise.resolve();
  return {
    setLanguage(language) {
      const code = SPELLCHECK_LANGUAGES[language];
      if (!session.availableSpellCheckerLanguages.includes(code)) {
        log.warn('no spellchecker dictionary for the article language', { code });
        return;
      }
      session.setSpellCheckerLanguages([code]);
    },
    setWords(words) {
      const wanted = [...words];
      syncing = syncing
        .then(async () => {
          const { add, remove } = wordChanges(await session.listWordsInSpellCheckerDictionary(), wanted);
          for (const word of add) session.addWordToSpellCheckerDictionary(word);
          for (const word of remove) session.removeWordFromSpellCheckerDictionary(word);
        })
        .catch((error: unknown) => log.warn('spellchecker words not updated', { error: String(error) }));
    },
  };
}
