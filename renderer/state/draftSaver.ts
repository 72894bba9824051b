import type { CopydeskApi } from '../../shared/ipc/api';
import type { Draft } from '../../shared/article/draft';
import { unwrap } from '../api/unwrap';
import { snapshotOf, toSaveInput, type DraftSnapshot } from './draftSnapshot';

/**
 * Stores a draft's snapshot through the two channels that hold it: the text (saveDraft) and the
 * metadata (saveDraftMeta). Each is sent only when it differs from what main was last known to
 * hold, so typing does not resave the metadata and editing a tag does not resave the text.
 */
export class DraftSaver {
  /** Per draft, the JSON of the text and of the metadata main holds. */
  private readonly stored = new Map<string, { text: string; meta: string }>();

  constructor(private readonly api: CopydeskApi) {}

  /** A draft as main returned it: what it holds now. */
  remember(draft: Draft): void {
    const snapshot = snapshotOf(draft);
    this.stored.set(draft.id, { text: JSON.stringify(toSaveInput(snapshot)), meta: JSON.stringify(snapshot.meta) });
  }

  /** Resolves to the time main recorded, or rejects with main's reason. */
  async save(snapshot: DraftSnapshot): Promise<number> {
    const input = toSaveInput(snapshot);
    const text = JSON.stringify(input);
    const meta = JSON.stringify(snapshot.meta);
    const known = this.stored.get(snapshot.id);
    let at: number | null = null;
    if (known?.text !== text) {
      at = (await unwrap(this.api.saveDraft(input))).updatedAt;
      this.stored.set(snapshot.id, { text, meta: known?.meta ?? '' });
    }
    if (known?.meta !== meta) {
      at = (await unwrap(this.api.saveDraftMeta({ id: snapshot.id, meta: snapshot.meta }))).updatedAt;
      this.stored.set(snapshot.id, { text, meta });
    }
    return at ?? Date.now();
  }
}
