import { LanguageSettings } from '../../i18n/LanguageSettings';
import { useT } from '../../i18n/LocaleProvider';
import { HouseDictionarySettings } from './HouseDictionarySettings';
import { ThemeSettings } from './ThemeSettings';

/** Settings (File → Settings…, ⌘, / Ctrl+,): the interface language, the theme and the house dictionary. */
export function SettingsView({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <main className="library settings" aria-labelledby="settings-title">
      <div className="library-head">
        <h1 id="settings-title">{t('app.settings.title')}</h1>
        <button type="button" className="button" onClick={onClose}>
          {t('app.common.close')}
        </button>
      </div>
      <div className="settings-body">
        <LanguageSettings />
        <section className="settings-group" aria-labelledby="settings-appearance">
          <h2 id="settings-appearance">{t('app.settings.appearance')}</h2>
          <ThemeSettings />
        </section>
        <HouseDictionarySettings />
      </div>
    </main>
  );
}
