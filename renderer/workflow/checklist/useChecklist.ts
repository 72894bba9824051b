import { useCallback, useDeferredValue, useMemo } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { ChecklistItem } from '../../../shared/workflow/checklist';
import { useT } from '../../i18n/LocaleProvider';
import { useReview } from '../useReview';
import { checkDraft, type DraftToCheck } from './checkDraft';
import { jumpTo } from './jumpTo';

/** What the open draft's checklist is made from, handed down by the workspace. */
export interface ChecklistSource extends Omit<DraftToCheck, 'comments'> {
  draftId: string;
  /** Opens the Article details panel, where the SEO fields are. */
  showDetails: () => void;
}

const NO_COMMENTS: DraftToCheck['comments'] = [];

/**
 * The checklist over the article as typed and its open review comments. Checked a beat behind
 * the typing (a deferred value), since reading a long body on every keystroke would slow it.
 */
export function useChecklistItems(source: ChecklistSource): ChecklistItem[] {
  const comments = useReview(source.draftId)?.review.comments ?? NO_COMMENTS;
  const headline = useDeferredValue(source.headline);
  const standfirst = useDeferredValue(source.standfirst);
  const meta = useDeferredValue(source.meta);
  const body = useDeferredValue(source.body);
  return useMemo(() => checkDraft({ headline, standfirst, meta, body, comments }), [headline, standfirst, meta, body, comments]);
}

/** Takes the editor to an item's place; for use inside the article's LexicalComposer. */
export function useJumpTo(showDetails: () => void): (item: ChecklistItem) => boolean {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  return useCallback((item: ChecklistItem) => jumpTo(editor, item.target, showDetails, t), [editor, showDetails, t]);
}
