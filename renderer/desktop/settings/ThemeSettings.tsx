import { useEffect, useId, useState } from 'react';
import { ThemePreference } from '../../../shared/ipc/desktop-channels';
import { useApi } from '../../api/ApiContext';
import { errorMessage, unwrap } from '../../api/unwrap';
import { applyTheme } from '../theme';

const TEXT = {
  legend: 'Theme',
  options: { system: 'Match the system', light: 'Light', dark: 'Dark' } satisfies Record<ThemePreference, string>,
  hint: 'Match the system follows your computer’s light or dark mode as it changes.',
  notSaved: (reason: string) => `The theme is used now but was not kept for next time: ${reason}`,
  notLoaded: (reason: string) => `The saved theme could not be read: ${reason}`,
} as const;

/** Settings → Appearance: light, dark, or whatever the system uses. */
export function ThemeSettings() {
  const api = useApi();
  const id = useId();
  const [theme, setTheme] = useState<ThemePreference | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    unwrap(api.desktopState({})).then(
      (state) => setTheme(state.theme),
      (failure: unknown) => setError(TEXT.notLoaded(errorMessage(failure))),
    );
  }, [api]);

  const choose = async (next: ThemePreference) => {
    setTheme(next);
    setError(null);
    applyTheme(next);
    try {
      await unwrap(api.setTheme({ theme: next }));
    } catch (failure) {
      setError(TEXT.notSaved(errorMessage(failure)));
    }
  };

  return (
    <fieldset className="settings-group" aria-describedby={`${id}-hint`}>
      <legend>{TEXT.legend}</legend>
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
          {TEXT.options[option]}
        </label>
      ))}
      <p id={`${id}-hint`} className="meta-hint">
        {TEXT.hint}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
