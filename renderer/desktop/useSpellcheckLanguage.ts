import { useEffect } from 'react';
import type { Language } from '../../shared/appeals/library';
import { useApi } from '../api/ApiContext';

/** Tells main which language the open article is in, so the spellchecker checks against it. */
export function useSpellcheckLanguage(language: Language): void {
  const api = useApi();
  useEffect(() => {
    // A spellchecker that cannot switch (no dictionary, no Electron) leaves the text as it is.
    void api.setSpellcheckLanguage({ language });
  }, [api, language]);
}
