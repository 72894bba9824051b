import { useMemo } from 'react';
import type { RenderableArticle } from '../../shared/render';
import type { DraftContent } from './useDraftContent';
import { serializeBody } from './draftSnapshot';
import { useDebouncedValue } from './useDebouncedValue';
import type { OpenDraft } from './useOpenDraft';

/** How long typing pauses before the preview is drawn again. */
const PREVIEW_DELAY_MS = 300;

/**
 * The open draft as the renderers take it, while the preview is shown: the fields, metadata and
 * body as edited, once typing pauses. Null while hidden, or when the body cannot be shown.
 */
export function usePreviewArticle(open: OpenDraft, content: DraftContent, shown: boolean): RenderableArticle | null {
  const { fields, meta, body } = content;
  const latest = useMemo(() => (shown ? { fields, meta, body } : null), [shown, fields, meta, body]);
  const settled = useDebouncedValue(latest, PREVIEW_DELAY_MS);
  return useMemo(
    () => (settled?.body ? { ...open.draft, ...settled.fields, meta: settled.meta, body: serializeBody(settled.body) } : null),
    [open.draft, settled],
  );
}
