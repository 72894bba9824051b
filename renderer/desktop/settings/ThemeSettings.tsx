import { useEffect, useId, useState } from 'react';
import { ThemePreference } from '../../../shared/ipc/desktop-channels';
import { useApi } from '../../api/ApiContext';
import { errorMessage, unwrap } from '../../api/unwrap';
import { useT } from '../../i18n/LocaleProvider';
import { applyTheme } from '../theme';

/** Settings → Appearance: light, dark, or whatever the system uses. */
export function ThemeSettings() {
  const api = useApi();
  const t = useT();
  const id = useId();
  const [theme, setTheme] = useState<ThemePreference | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    unwrap(api.desktopState({})).then(
      (state) => setTheme(state.theme),
      (failure: unknown) => setError(t('desktop.theme.notLoaded', { reason: errorMessage(failure) })),
    );
  }, [api, t]);

  const choose = async (next: ThemePreference) => {
    setTheme(next);
    setError(null);
    applyTheme(next);
    try {
      await unwrap(api.setTheme({ theme: next }));
    } catch (failure) {
      setError(t('desktop.theme.notSaved', { reason: errorMessage(failure) }));
    }
  };

  return (
    <fieldset className="settings-group" aria-describedby={`${id}-hint`}>
      <legend>{t('desktop.theme.legend')}</legend>
      {ThemePreference.options.map((option) => (
        <label key={option} className="settings-choice">
          <input
            type="radio"
            name={`${id}-theme`}
            value={option}
            checked={theme === option}
            disabled={theme === null && error === null}
            onChange={() => void choose(option)}
          />
          {t(`desktop.theme.${option}`)}
        </label>
      ))}
      <p id={`${id}-hint`} className="meta-hint">
        {t('desktop.theme.hint')}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
