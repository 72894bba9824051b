import type Database from 'better-sqlite3';
import * as nodeFs from 'node:fs';
import type { AssetRef } from '../../../shared/blocks/figure/schema';
import { AppError } from '../../../shared/ipc/result';
import { toAppError } from '../drafts/storageErrors';
import { decodeBase64Strict } from './base64';
import { assetPath, ensureAssetFile, resolveAssetFile, sha256Of, type AssetFile, type AssetFs } from './files';
import type { ImageMime } from './imageFormat';
import { displayName, inspectImage } from './inspect';
import { suggestFromMetadata, type Suggested } from './suggest';

export interface AssetStoreOptions {
  /** The drafts database (migrated): the assets and draft_assets tables live there. */
  db: Database.Database;
  /** `<profileDir>/assets`. */
  dir: string;
  now?: () => number;
  /** File operations, replaceable in tests. */
  fs?: Partial<AssetFs>;
}

export interface ImportedImage {
  asset: AssetRef;
  suggested: Suggested;
}

export interface AssetStore {
  /**
   * Decodes, checks and stores an image for a draft, and records that the draft uses it. Every
   * check runs before anything is written; if the write fails there is no file and no row.
   */
  importImage(draftId: string, name: string, dataBase64: string): Promise<ImportedImage>;
  /** The same for bytes already in hand (the sample article's photo). */
  addToDraft(draftId: string, name: string, bytes: Uint8Array): AssetRef;
  /** The shared lookup behind app://copydesk/assets/<sha256> and the bridge's /assets/<sha256>. */
  assetFile(sha256: string): AssetFile | null;
}

interface AssetRow {
  sha256: string;
  mime: ImageMime;
  width: number;
  height: number;
  bytes: number;
}

const draftNotFound = () => new AppError('not_found', 'This draft no longer exists.');

/** A failed file write, in words a reporter can act on. */
function writeFailure(error: unknown, shown: string): AppError {
  const code = (error as { code?: unknown } | null)?.code;
  const cause =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full'
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? 'the profile folder is read-only'
        : 'the disk reported an error';
  return new AppError('storage', `${shown} could not be saved: ${cause}. Nothing was added to the article.`);
}

export function createAssetStore({ db, dir, now = Date.now, fs: fsOverrides = {} }: AssetStoreOptions): AssetStore {
  const fs: AssetFs = { ...nodeFs, ...fsOverrides };
  const sql = {
    draftExists: db.prepare<[string], { id: string }>('SELECT id FROM drafts WHERE id = ?'),
    insertAsset: db.prepare<[AssetRow & { created_at: number }]>(
      `INSERT INTO assets (sha256, mime, width, height, bytes, created_at)
       VALUES (@sha256, @mime, @width, @height, @bytes, @created_at)
       ON CONFLICT (sha256) DO NOTHING`,
    ),
    asset: db.prepare<[string], AssetRow>('SELECT sha256, mime, width, height, bytes FROM assets WHERE sha256 = ?'),
    mime: db.prepare<[string], { mime: ImageMime }>('SELECT mime FROM assets WHERE sha256 = ?'),
    link: db.prepare<[{ draft_id: string; sha256: string; added_at: number }]>(
      `INSERT INTO draft_assets (draft_id, sha256, added_at) VALUES (@draft_id, @sha256, @added_at)
       ON CONFLICT (draft_id, sha256) DO NOTHING`,
    ),
  };

  const requireDraft = (draftId: string): void => {
    let found: { id: string } | undefined;
    try {
      found = sql.draftExists.get(draftId);
    } catch (error) {
      throw toAppError(error, 'read');
    }
    if (!found) throw draftNotFound();
  };

  // The rows and the file go together: the file is written inside the transaction, and a file this
  // call created is removed again if the transaction does not commit.
  const store = (draftId: string, name: string, bytes: Uint8Array, mime: ImageMime, width: number, height: number): AssetRef => {
    const sha256 = sha256Of(bytes);
    const shown = displayName(name);
    let wroteFile = false;
    const transaction = db.transaction(() => {
      requireDraft(draftId);
      const at = now();
      sql.insertAsset.run({ sha256, mime, width, height, bytes: bytes.length, created_at: at });
      sql.link.run({ draft_id: draftId, sha256, added_at: at });
      try {
        wroteFile = ensureAssetFile(fs, dir, sha256, bytes);
      } catch (error) {
        throw writeFailure(error, shown);
      }
      const row = sql.asset.get(sha256);
      if (!row) throw new Error('asset row missing after insert');
      return row;
    });
    try {
      const row = transaction.immediate();
      return { sha256: row.sha256, mime: row.mime, width: row.width, height: row.height, bytes: row.bytes };
    } catch (error) {
      if (wroteFile) {
        try {
          fs.unlinkSync(assetPath(dir, sha256));
        } catch {
          // nothing to undo
        }
      }
      throw toAppError(error, 'write');
    }
  };

  const addToDraft = (draftId: string, name: string, bytes: Uint8Array): AssetRef => {
    requireDraft(draftId);
    const { mime, width, height } = inspectImage(bytes, name);
    return store(draftId, name, bytes, mime, width, height);
  };

  return {
    async importImage(draftId, name, dataBase64) {
      requireDraft(draftId);
      const decoded = decodeBase64Strict(dataBase64);
      if ('problem' in decoded) throw new AppError('bad_request', `${displayName(name)} could not be read: ${decoded.problem}.`);
      const { bytes } = decoded;
      const { mime, width, height } = inspectImage(bytes, name);
      const suggested = await suggestFromMetadata(bytes, mime);
      return { asset: store(draftId, name, bytes, mime, width, height), suggested };
    },

    addToDraft,

    assetFile: (sha256) => resolveAssetFile(fs, dir, sha256, (hash) => sql.mime.get(hash)?.mime ?? null),
  };
}
