import { useId, useState } from 'react';
import { LOCALES, LOCALE_NAMES } from '../../shared/i18n/messages';
import { errorMessage } from '../api/unwrap';
import { useLocale } from './LocaleProvider';

/** Settings → Language / Язык: the interface's language, switched at once and kept for the next start. */
export function LanguageSettings() {
  const { locale, t, setLocale } = useLocale();
  const id = useId();
  // Main's reason; the sentence around it is put in whatever language is shown by then.
  const [notKept, setNotKept] = useState<string | null>(null);

  const choose = async (next: typeof locale) => {
    setNotKept(null);
    try {
      await setLocale(next);
    } catch (failure) {
      // The page switches even so; only the choice for next time is lost.
      setNotKept(errorMessage(failure));
    }
  };

  return (
    <fieldset className="settings-group" aria-describedby={`${id}-hint`}>
      <legend>{t('app.settings.language')}</legend>
      {LOCALES.map((option) => (
        <label key={option} className="settings-choice" lang={option}>
          <input type="radio" name={`${id}-language`} value={option} checked={locale === option} onChange={() => void choose(option)} />
          {LOCALE_NAMES[option]}
        </label>
      ))}
      <p id={`${id}-hint`} className="meta-hint">
        {t('app.settings.languageHint')}
      </p>
      {notKept !== null && (
        <p className="field-error" role="alert">
          {t('app.settings.languageNotSaved', { reason: notKept })}
        </p>
      )}
    </fieldset>
  );
}
