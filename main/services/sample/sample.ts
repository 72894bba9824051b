import type Database from 'better-sqlite3';
import type { AppealVersion } from '../../../shared/appeals/library';
import type { Draft } from '../../../shared/article/draft';
import type { AppealsLibrary } from '../appeals/library';
import type { AssetStore } from '../assets/store';
import type { DraftStore } from '../drafts/store-api';
import { toAppError } from '../drafts/storageErrors';
import { LEAD_IMAGE_BASE64 } from './leadImage';
import { SAMPLE_IMAGE_NAME, sampleArticle, type SampleAppealKind, type SampleAppeals } from './sampleArticle';

export interface ProfileStatus {
  /** Live drafts. */
  drafts: number;
  /** Drafts in Trash. */
  trashed: number;
  /** A sample article was created in this profile at some point (even if since deleted). */
  sampleCreated: boolean;
  /** Offer the sample: an empty profile (no drafts, nothing in Trash) that never had one. */
  offerSample: boolean;
}

export interface SampleService {
  createSampleDraft(): Draft;
  profileStatus(): ProfileStatus;
}

const SAMPLE_CREATED_AT = 'sample_created_at';

/** The library entry the sample shows for a kind: the default one when it is still there. */
function pick(appeals: readonly AppealVersion[], kind: SampleAppealKind): SampleAppeals[SampleAppealKind] {
  const entry = appeals.find((appeal) => appeal.id === kind && appeal.kind === kind) ?? appeals.find((appeal) => appeal.kind === kind);
  return entry ? { id: entry.id, version: entry.version } : null;
}

export function createSampleService({
  db,
  drafts,
  assets,
  appeals,
  now = Date.now,
}: {
  db: Database.Database;
  drafts: DraftStore;
  assets: AssetStore;
  appeals: AppealsLibrary;
  now?: () => number;
}): SampleService {
  const sql = {
    flag: db.prepare<[string], { value: string }>('SELECT value FROM profile WHERE key = ?'),
    setFlag: db.prepare<[{ key: string; value: string }]>(
      'INSERT INTO profile (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
  };

  // One transaction: the draft, its photo's rows, its text and its metadata appear together or not
  // at all. (The photo's file, written on the way, is content-addressed and harmless if left.)
  const createSample = db.transaction(() => {
    const draft = drafts.create();
    const image = assets.addToDraft(draft.id, SAMPLE_IMAGE_NAME, Buffer.from(LEAD_IMAGE_BASE64, 'base64'));
    const library = appeals.list();
    const { content, meta } = sampleArticle(image, {
      banner: pick(library, 'banner'),
      newsletter: pick(library, 'newsletter'),
      donation: pick(library, 'donation'),
    });
    drafts.save(draft.id, content);
    drafts.saveMeta(draft.id, meta);
    sql.setFlag.run({ key: SAMPLE_CREATED_AT, value: String(now()) });
    return drafts.get(draft.id);
  });

  return {
    createSampleDraft: () => {
      try {
        return createSample.immediate();
      } catch (error) {
        throw toAppError(error, 'write');
      }
    },
    profileStatus: () => {
      try {
        const { live, trashed } = drafts.counts();
        const sampleCreated = sql.flag.get(SAMPLE_CREATED_AT) !== undefined;
        return { drafts: live, trashed, sampleCreated, offerSample: live === 0 && trashed === 0 && !sampleCreated };
      } catch (error) {
        throw toAppError(error, 'read');
      }
    },
  };
}
