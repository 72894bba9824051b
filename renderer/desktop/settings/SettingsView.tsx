import { HouseDictionarySettings } from './HouseDictionarySettings';
import { ThemeSettings } from './ThemeSettings';

const TEXT = { title: 'Settings', appearance: 'Appearance', close: 'Close' } as const;

/** Settings (File → Settings…, ⌘, / Ctrl+,): the theme and the house dictionary. */
export function SettingsView({ onClose }: { onClose: () => void }) {
  return (
    <main className="library settings" aria-labelledby="settings-title">
      <div className="library-head">
        <h1 id="settings-title">{TEXT.title}</h1>
        <button type="button" className="button" onClick={onClose}>
          {TEXT.close}
        </button>
      </div>
      <div className="settings-body">
        <section className="settings-group" aria-labelledby="settings-appearance">
          <h2 id="settings-appearance">{TEXT.appearance}</h2>
          <ThemeSettings />
        </section>
        <HouseDictionarySettings />
      </div>
    </main>
  );
}
