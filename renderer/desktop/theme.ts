import type { ThemePreference } from '../../shared/ipc/desktop-channels';

/**
 * Puts the theme on the page: styles/base.css reads `data-theme` (light or dark kept; system,
 * or no attribute, follows prefers-color-scheme). In Electron main also sets nativeTheme, so the
 * window frame and the system's own dialogs follow.
 */
export function applyTheme(theme: ThemePreference): void {
  document.documentElement.dataset.theme = theme;
}
