import { z } from 'zod';
import { Language } from '../appeals/library';
import { DraftId } from '../article/draft';
import { RENDERER_COMMAND_IDS } from '../desktop/commands';
import { MAX_HOUSE_WORDS, MAX_WORD_LIST_BYTES } from '../desktop/houseWords';
import { LOCALES } from '../i18n/messages';

const NoInput = z.strictObject({});
const Done = z.strictObject({});

/** Settings → Appearance: follow the system's light or dark mode, or keep one. */
export const ThemePreference = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof ThemePreference>;

/** Settings → Language: the interface's language, apart from any article's. */
export const UiLanguage = z.enum(LOCALES);

const WordList = z.strictObject({ words: z.array(z.string()).max(MAX_HOUSE_WORDS) });

/**
 * The desktop's own state and the house dictionary. Recent drafts, the open draft and the theme are
 * kept per profile (desktop.json); the house dictionary is the profile's house-dictionary.txt.
 */
export const desktopChannels = {
  /**
   * What the window needs at start: the draft open when it last closed (if it still exists), the
   * theme, and the interface language (null until one is chosen: the system's then applies).
   */
  desktopState: {
    input: NoInput,
    output: z.strictObject({ openDraftId: DraftId.nullable(), theme: ThemePreference, uiLanguage: UiLanguage.nullable() }),
  },
  /** The draft now open (null: none). It goes to the top of File → Open Recent and reopens at next start. */
  setOpenDraft: { input: z.strictObject({ id: DraftId.nullable() }), output: Done },
  setTheme: { input: z.strictObject({ theme: ThemePreference }), output: z.strictObject({ theme: ThemePreference }) },
  /** Kept for the next start; the native menu is rebuilt in it at once. */
  setUiLanguage: { input: z.strictObject({ language: UiLanguage }), output: z.strictObject({ language: UiLanguage }) },
  /** The open article's language, which the spellchecker follows. */
  setSpellcheckLanguage: { input: z.strictObject({ language: Language }), output: Done },

  listHouseWords: { input: NoInput, output: WordList },
  /**
   * Adds a word (checked by shared/desktop/houseWords: `bad_request` with the reason). `added` is
   * false when it was there already. Emits houseWordsChanged.
   */
  addHouseWord: {
    input: z.strictObject({ word: z.string().max(1_000) }),
    output: z.strictObject({ word: z.string(), added: z.boolean() }),
  },
  removeHouseWord: { input: z.strictObject({ word: z.string().max(1_000) }), output: z.strictObject({ removed: z.boolean() }) },
  /**
   * Adds the words of a word list the renderer read from a file (sent as base64; main never gets a
   * path). A file that is not UTF-8 text, too large, or not one word a line is refused whole with
   * `bad_request`, and the dictionary is left as it was.
   */
  importHouseWords: {
    input: z.strictObject({
      name: z.string().max(255, 'the file name is longer than 255 characters'),
      dataBase64: z
        .string()
        .min(1, 'the file is empty')
        .max(Math.ceil(MAX_WORD_LIST_BYTES / 3) * 4, `the file is larger than ${MAX_WORD_LIST_BYTES / 1024 / 1024} MB`),
    }),
    output: z.strictObject({ read: z.int().nonnegative(), added: z.int().nonnegative(), total: z.int().nonnegative() }),
  },
  /** Writes the list through the native save dialog; `path` is null when the dialog was cancelled. */
  exportHouseWords: { input: NoInput, output: z.strictObject({ path: z.string().nullable() }) },
} as const;

export const desktopEvents = {
  /** A menu item was chosen: run the command as its shortcut would. */
  menuCommand: z.strictObject({ id: z.enum(RENDERER_COMMAND_IDS) }),
  /** File → Open Recent: open this draft. */
  menuOpenDraft: z.strictObject({ id: DraftId }),
  /** The house dictionary changed (a word added from the spelling menu, or in another view). */
  houseWordsChanged: z.strictObject({}),
} as const;

export type DesktopChannel = keyof typeof desktopChannels;
