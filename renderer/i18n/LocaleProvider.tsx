import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { localeFromSystem, type Locale } from '../../shared/i18n/messages';
import { translator, type Translate } from '../../shared/i18n/translate';
import { useApi } from '../api/ApiContext';
import { unwrap } from '../api/unwrap';

export interface LocaleValue {
  locale: Locale;
  t: Translate;
  /** Switches the interface at once and keeps the choice for the next start; rejects with main's error when it could not be kept. */
  setLocale(locale: Locale): Promise<void>;
}

// Outside a provider (component tests) the interface is English, as it is by default.
const LocaleContext = createContext<LocaleValue>({
  locale: 'en',
  t: translator('en'),
  setLocale: async () => {},
});

/**
 * The interface language for everything below: the one chosen in Settings, else the system's.
 * Nothing is shown until the saved choice is known, so a Russian desk never flashes English first;
 * if it cannot be read, the system's language is used.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const [locale, setLocaleNow] = useState<Locale | null>(null);

  useEffect(() => {
    let active = true;
    void api.desktopState({}).then((result) => {
      if (active) setLocaleNow((result.ok ? result.value.uiLanguage : null) ?? localeFromSystem(navigator.language));
    });
    return () => {
      active = false;
    };
  }, [api]);

  useEffect(() => {
    // Screen readers read the interface's language from here; the article body carries its own (DraftWorkspace).
    if (locale) document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo(
    () =>
      locale && {
        locale,
        t: translator(locale),
        setLocale: async (next: Locale) => {
          setLocaleNow(next);
          await unwrap(api.setUiLanguage({ language: next }));
        },
      },
    [api, locale],
  );
  return value && <LocaleContext value={value}>{children}</LocaleContext>;
}

export const useLocale = (): LocaleValue => useContext(LocaleContext);

/** t(key, params): the message in the interface language. */
export const useT = (): Translate => useContext(LocaleContext).t;
