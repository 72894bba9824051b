import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { DraftId } from '../../../shared/article/draft';
import { ThemePreference, UiLanguage } from '../../../shared/ipc/desktop-channels';
import type { Locale } from '../../../shared/i18n/messages';
import { AppError } from '../../../shared/ipc/result';
import type { DraftStore } from '../drafts/store-api';
import type { Logger } from '../ipc/dispatcher';
import { writeFileAtomic } from '../publishing/atomic-file';
import type { DesktopPorts } from './ports';

/** File → Open Recent holds this many. */
export const MAX_RECENT_DRAFTS = 10;

// Each field falls back on its own, so one bad value does not cost the others.
const Stored = z.object({
  recent: z.array(DraftId).catch([]),
  openDraftId: DraftId.nullable().catch(null),
  theme: ThemePreference.catch('system'),
  uiLanguage: UiLanguage.nullable().catch(null),
});
type Stored = z.infer<typeof Stored>;

const DEFAULTS: Stored = { recent: [], openDraftId: null, theme: 'system', uiLanguage: null };

export interface RecentDraft {
  id: string;
  headline: string;
}

export interface DesktopState {
  /** The draft open at the last close, if it is still a live draft, the theme and the interface language. */
  state(): { openDraftId: string | null; theme: ThemePreference; uiLanguage: Locale | null };
  /** Records the open draft (null: none) and puts it first among the recent ones. */
  setOpenDraft(id: string | null): void;
  setTheme(theme: ThemePreference): ThemePreference;
  setUiLanguage(language: Locale): Locale;
  /** Called when the interface language changes (the native menu follows); returns the unsubscribe function. */
  onUiLanguageChanged(listener: (language: Locale) => void): () => void;
  /** The recent drafts that are still live, newest first, with their headlines as they are now. */
  recentDrafts(): RecentDraft[];
  clearRecent(): void;
  /** Called when the list of recent drafts changes; returns the unsubscribe function. */
  onRecentChanged(listener: () => void): () => void;
}

function readStored(file: string, log: Logger): Stored {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') log.warn('desktop state unreadable; using defaults', { error: String(error) });
    return DEFAULTS;
  }
  try {
    const stored = Stored.parse(JSON.parse(text));
    return { ...stored, recent: [...new Set(stored.recent)].slice(0, MAX_RECENT_DRAFTS) };
  } catch {
    // Nothing here is worth more than starting: recent drafts and a theme are quickly made again.
    log.warn('desktop state is not valid; using defaults');
    return DEFAULTS;
  }
}

/**
 * Recent drafts, the open draft and the theme, in the profile's desktop.json: small, rewritten
 * whole and atomically on each change, never on start. A draft that went to Trash or was deleted
 * simply stops being listed.
 */
export function openDesktopState({
  file,
  drafts,
  log,
  ports,
}: {
  file: string;
  drafts: Pick<DraftStore, 'get'>;
  log: Logger;
  ports: Pick<DesktopPorts, 'applyTheme'>;
}): DesktopState {
  let stored = readStored(file, log);
  const listeners = new Set<() => void>();
  const languageListeners = new Set<(language: Locale) => void>();
  ports.applyTheme?.(stored.theme);

  const liveDraft = (id: string) => {
    try {
      const draft = drafts.get(id);
      return draft.deletedAt === null ? draft : null;
    } catch (error) {
      if (error instanceof AppError && error.code === 'not_found') return null;
      throw error;
    }
  };

  const save = (next: Stored) => {
    try {
      writeFileAtomic(file, `${JSON.stringify(next, null, 2)}\n`);
    } catch (error) {
      log.warn('desktop state not saved', { error: String(error) });
      throw new AppError('storage', 'Copydesk could not save its window settings: the disk reported an error.');
    }
    const recentChanged = next.recent.join() !== stored.recent.join();
    stored = next;
    if (recentChanged) for (const listener of listeners) listener();
  };

  return {
    state: () => ({
      openDraftId: stored.openDraftId && liveDraft(stored.openDraftId) ? stored.openDraftId : null,
      theme: stored.theme,
      uiLanguage: stored.uiLanguage,
    }),
    setOpenDraft(id) {
      if (id !== null && !liveDraft(id)) throw new AppError('not_found', 'This draft no longer exists.');
      const recent = id === null ? stored.recent : [id, ...stored.recent.filter((other) => other !== id)].slice(0, MAX_RECENT_DRAFTS);
      if (id === stored.openDraftId && recent.join() === stored.recent.join()) return;
      save({ ...stored, openDraftId: id, recent });
    },
    setTheme(theme) {
      if (theme !== stored.theme) save({ ...stored, theme });
      ports.applyTheme?.(theme);
      return theme;
    },
    setUiLanguage(language) {
      if (language === stored.uiLanguage) return language;
      save({ ...stored, uiLanguage: language });
      for (const listener of languageListeners) listener(language);
      return language;
    },
    onUiLanguageChanged(listener) {
      languageListeners.add(listener);
      return () => languageListeners.delete(listener);
    },
    recentDrafts: () =>
      stored.recent.flatMap((id) => {
        const draft = liveDraft(id);
        return draft ? [{ id, headline: draft.headline }] : [];
      }),
    clearRecent() {
      if (stored.recent.length > 0) save({ ...stored, recent: [] });
    },
    onRecentChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
