import type { DesktopChannel } from '../../../shared/ipc/desktop-channels';
import { AppError } from '../../../shared/ipc/result';
import { decodeBase64Strict } from '../assets/base64';
import type { HouseDictionary } from '../dictionary/house-dictionary';
import type { Handlers } from '../ipc/dispatcher';
import type { DesktopState } from './desktop-state';
import type { SpellcheckPort } from './ports';

/** The desktop channels: window state, theme, the spellchecker's language and the house dictionary. */
export function createDesktopHandlers({
  state,
  dictionary,
  spellcheck,
}: {
  state: DesktopState;
  dictionary: HouseDictionary;
  spellcheck: SpellcheckPort | undefined;
}): Pick<Handlers, DesktopChannel> {
  return {
    desktopState: () => state.state(),
    setOpenDraft: ({ id }) => {
      state.setOpenDraft(id);
      return {};
    },
    setTheme: ({ theme }) => ({ theme: state.setTheme(theme) }),
    setUiLanguage: ({ language }) => ({ language: state.setUiLanguage(language) }),
    setSpellcheckLanguage: ({ language }) => {
      spellcheck?.setLanguage(language);
      return {};
    },
    listHouseWords: () => ({ words: dictionary.words() }),
    addHouseWord: ({ word }) => dictionary.add(word),
    removeHouseWord: ({ word }) => dictionary.remove(word),
    importHouseWords: ({ dataBase64 }) => {
      const decoded = decodeBase64Strict(dataBase64);
      if ('problem' in decoded) throw new AppError('bad_request', 'The file did not arrive whole; try importing it again.');
      return dictionary.importList(decoded.bytes);
    },
    exportHouseWords: () => dictionary.exportList(),
  };
}
