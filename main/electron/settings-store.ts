import Store from 'electron-store';
import { parsePreferences, DEFAULT_PREFERENCES, type Preferences } from './preferences';
import { parseWindowState, DEFAULT_WINDOW_STATE, type WindowState } from './window-state';

interface Settings {
  windowState: WindowState;
  preferences: Preferences;
}

export interface SettingsStore {
  windowState(): WindowState;
  saveWindowState(state: WindowState): void;
  preferences(): Preferences;
}

/**
 * Window placement and preferences, in settings.json next to the drafts database. Nothing here is
 * worth keeping over a broken file, so a corrupt one is replaced by the defaults.
 */
export function openSettingsStore(): SettingsStore {
  const store = new Store<Settings>({
    name: 'settings',
    defaults: { windowState: DEFAULT_WINDOW_STATE, preferences: DEFAULT_PREFERENCES },
    clearInvalidConfig: true,
  });
  return {
    windowState: () => parseWindowState(store.get('windowState')),
    saveWindowState: (state) => store.set('windowState', state),
    preferences: () => parsePreferences(store.get('preferences')),
  };
}
