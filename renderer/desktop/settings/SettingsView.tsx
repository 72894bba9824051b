import { LanguageSettings } from '../../i18n/LanguageSettings';
import { useT } from '../../i18n/LocaleProvider';
import { ScreenFrame } from '../../components/ScreenFrame';
import { HouseDictionarySettings } from './HouseDictionarySettings';
import { ThemeSettings } from './ThemeSettings';

/** Settings (File → Settings…, ⌘, / Ctrl+,): the interface language, the theme and the house dictionary. */
export function SettingsView({ onClose }: { onClose: () => void }) {
  const t = useT();
  return (
    <ScreenFrame className="settings" titleId="settings-title" title={t('app.settings.title')} onClose={onClose}>
      <div className="settings-body">
        <LanguageSettings />
        <section className="settings-group" aria-labelledby="settings-appearance">
          <h2 id="settings-appearance">{t('app.settings.appearance')}</h2>
          <ThemeSettings />
        </section>
        <HouseDictionarySettings />
      </div>
    </ScreenFrame>
  );
}
