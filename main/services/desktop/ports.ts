import type { Language } from '../../../shared/appeals/library';
import type { ThemePreference } from '../../../shared/ipc/desktop-channels';

/** The spellchecker the window uses: Electron's, through its session. */
export interface SpellcheckPort {
  /** The open article's language. */
  setLanguage(language: Language): void;
  /** The whole house dictionary, at start and after each change: these words are never flagged. */
  setWords(words: readonly string[]): void;
}

/**
 * What only the desktop host provides. In the app: nativeTheme and the session's spellchecker.
 * Without them (the test bridge) the theme is the page's own business and nothing is spellchecked.
 */
export interface DesktopPorts {
  /** Electron's nativeTheme.themeSource, so the window's frame and prefers-color-scheme follow. */
  applyTheme?(theme: ThemePreference): void;
  spellcheck?: SpellcheckPort;
}
