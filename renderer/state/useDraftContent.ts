import { useLayoutEffect, useRef, useState } from 'react';
import type { EditorState } from 'lexical';
import type { ArticleMeta } from '../../shared/article/meta';
import { slugify } from '../../shared/text/slug';
import type { LoadResult } from '../editor/plugins/LoadBodyPlugin';
import type { AutosaveQueue } from './autosaveQueue';
import { snapshotOf, type DraftFields, type DraftSnapshot } from './draftSnapshot';
import type { OpenDraft } from './useOpenDraft';

const fieldsOf = ({ headline, standfirst, byline }: DraftFields): DraftFields => ({ headline, standfirst, byline });

export interface DraftContent {
  fields: DraftFields;
  meta: ArticleMeta;
  /** The body as last edited or loaded; null when it could not be shown. */
  body: EditorState | null;
  /** Why the stored body could not be shown, if it could not. */
  bodyError: string | null;
  setField(name: keyof DraftFields, value: string): void;
  setMeta(patch: Partial<ArticleMeta>): void;
  bodyChanged(state: EditorState): void;
  bodyLoaded(result: LoadResult): void;
}

/**
 * The open draft's content as edited: the fields and metadata as React state, and a snapshot of
 * everything that is handed to the autosave queue on each change. Resets whenever a new load
 * arrives. The slug follows the headline until someone edits the slug itself.
 */
export function useDraftContent(open: OpenDraft, queue: AutosaveQueue<DraftSnapshot>): DraftContent {
  const [fields, setFields] = useState<DraftFields>(() => fieldsOf(open.draft));
  const [meta, setMetaState] = useState<ArticleMeta>(open.draft.meta);
  const [body, setBody] = useState<EditorState | null>(null);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [loadId, setLoadId] = useState(open.loadId);
  const snapshot = useRef<DraftSnapshot>(snapshotOf(open.draft));

  if (loadId !== open.loadId) {
    setLoadId(open.loadId);
    setFields(fieldsOf(open.draft));
    setMetaState(open.draft.meta);
  }
  useLayoutEffect(() => {
    snapshot.current = snapshotOf(open.draft);
  }, [open.draft]);

  const change = (patch: Partial<DraftSnapshot>) => {
    snapshot.current = { ...snapshot.current, ...patch };
    queue.update(snapshot.current);
  };

  const changeMeta = (patch: Partial<ArticleMeta>) => {
    const next = { ...snapshot.current.meta, ...patch };
    setMetaState(next);
    change({ meta: next });
  };

  return {
    fields,
    meta,
    body,
    bodyError,
    setField(name, value) {
      setFields((previous) => ({ ...previous, [name]: value }));
      const current = snapshot.current.meta;
      if (name === 'headline' && !current.slugEdited && current.slug !== slugify(value)) {
        snapshot.current = { ...snapshot.current, headline: value };
        changeMeta({ slug: slugify(value) });
      } else {
        change({ [name]: value });
      }
    },
    setMeta: changeMeta,
    bodyChanged(state) {
      setBody(state);
      change({ body: state });
    },
    bodyLoaded(result) {
      setBody(result.ok ? result.state : null);
      setBodyError(result.ok ? null : result.message);
    },
  };
}
