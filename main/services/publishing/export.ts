import { readFileSync } from 'node:fs';
import type { Draft } from '../../../shared/article/draft';
import { AppError } from '../../../shared/ipc/result';
import { ARTICLE_CSS, toHtmlDocument, toNinjs, type RenderContext } from '../../../shared/render';
import { slugify } from '../../../shared/text/slug';
import type { AppealsLibrary } from '../appeals/library';
import type { AssetStore } from '../assets/store';
import { writeFileAtomic } from './atomic-file';

export type ExportFormat = 'ninjs' | 'html';

export interface SaveDialogRequest {
  title: string;
  defaultName: string;
  filters: { name: string; extensions: string[] }[];
}

/** The native "Save as" dialog (Electron's dialog.showSaveDialog); null when the user cancelled. */
export type SaveDialog = (request: SaveDialogRequest) => Promise<string | null>;

const FORMATS: Record<ExportFormat, { title: string; extension: string; filter: string }> = {
  ninjs: { title: 'Export as ninjs JSON', extension: 'json', filter: 'ninjs JSON' },
  html: { title: 'Export HTML', extension: 'html', filter: 'Web page' },
};

/**
 * The draft as a file the user picks: IPTC ninjs 2.4 (images as `urn:copydesk:asset:` pictures,
 * no local addresses) or a standalone HTML document with its images inlined as data: URLs, so it
 * opens anywhere. Written atomically: an existing file is replaced whole or not at all.
 */
export async function exportDraft(
  draft: Draft,
  format: ExportFormat,
  { saveDialog, appeals, assets }: { saveDialog: SaveDialog | undefined; appeals: AppealsLibrary; assets: AssetStore },
): Promise<{ path: string | null }> {
  if (!saveDialog) throw new AppError('bad_request', 'Saving files is not available in this window.');
  const { title, extension, filter } = FORMATS[format];
  const base = draft.meta.slug || slugify(draft.headline) || 'article';
  const target = await saveDialog({ title, defaultName: `${base}.${extension}`, filters: [{ name: filter, extensions: [extension] }] });
  if (target === null) return { path: null };

  const appeal: RenderContext['appeal'] = (id, version) => appeals.getVersions([{ id, version }])[0];
  const inline: RenderContext['assetUrl'] = (asset) => {
    const file = assets.assetFile(asset.sha256);
    return file ? `data:${file.mime};base64,${readFileSync(file.path).toString('base64')}` : '';
  };
  const text =
    format === 'ninjs'
      ? `${JSON.stringify(toNinjs(draft, { appeal, assetUrl: () => '' }), null, 2)}\n`
      : toHtmlDocument(draft, { appeal, assetUrl: inline }, { stylesheet: ARTICLE_CSS });
  try {
    writeFileAtomic(target, text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' ? 'the disk is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'that folder is read-only' : 'the disk reported an error';
    throw new AppError('storage', `The file could not be saved: ${why}.`);
  }
  return { path: target };
}
