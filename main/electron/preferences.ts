/** The reporter's settings that main applies; the drafts themselves live in SQLite, never here. */
export interface Preferences {
  spellcheck: boolean;
}

export const DEFAULT_PREFERENCES: Preferences = { spellcheck: true };

export function parsePreferences(value: unknown): Preferences {
  const { spellcheck } = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return { spellcheck: typeof spellcheck === 'boolean' ? spellcheck : DEFAULT_PREFERENCES.spellcheck };
}
