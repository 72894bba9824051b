import { useLayoutEffect, useRef, useState } from 'react';
import { $getRoot, type EditorState } from 'lexical';
import type { LoadResult } from '../editor/plugins/LoadBodyPlugin';
import type { AutosaveQueue } from './autosaveQueue';
import { snapshotOf, type DraftFields, type DraftSnapshot } from './draftSnapshot';
import type { OpenDraft } from './useOpenDraft';

const fieldsOf = ({ headline, standfirst, byline }: DraftFields): DraftFields => ({ headline, standfirst, byline });
const plainText = (state: EditorState): string => state.read(() => $getRoot().getTextContent());

export interface DraftContent {
  fields: DraftFields;
  /** The body as plain text, for the word count. */
  bodyText: string;
  /** Why the stored body could not be shown, if it could not. */
  bodyError: string | null;
  setField(name: keyof DraftFields, value: string): void;
  bodyChanged(state: EditorState): void;
  bodyLoaded(result: LoadResult): void;
}

/**
 * The open draft's content as edited: the fields as React state, and a snapshot of everything that
 * is handed to the autosave queue on each change. Resets whenever a new load arrives.
 */
export function useDraftContent(open: OpenDraft, queue: AutosaveQueue<DraftSnapshot>): DraftContent {
  const [fields, setFields] = useState<DraftFields>(() => fieldsOf(open.draft));
  const [bodyText, setBodyText] = useState('');
  const [bodyError, setBodyError] = useState<string | null>(null);
  const [loadId, setLoadId] = useState(open.loadId);
  const snapshot = useRef<DraftSnapshot>(snapshotOf(open.draft));

  if (loadId !== open.loadId) {
    setLoadId(open.loadId);
    setFields(fieldsOf(open.draft));
  }
  useLayoutEffect(() => {
    snapshot.current = snapshotOf(open.draft);
  }, [open.draft]);

  const change = (patch: Partial<DraftSnapshot>) => {
    snapshot.current = { ...snapshot.current, ...patch };
    queue.update(snapshot.current);
  };

  return {
    fields,
    bodyText,
    bodyError,
    setField(name, value) {
      setFields((previous) => ({ ...previous, [name]: value }));
      change({ [name]: value });
    },
    bodyChanged(state) {
      setBodyText(plainText(state));
      change({ body: state });
    },
    bodyLoaded(result) {
      setBodyText(result.ok ? plainText(result.state) : '');
      setBodyError(result.ok ? null : result.message);
    },
  };
}
