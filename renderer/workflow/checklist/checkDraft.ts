import type { EditorState } from 'lexical';
import type { SerializedBody } from '../../../shared/article/body';
import type { ArticleMeta } from '../../../shared/article/meta';
import type { Translate } from '../../../shared/i18n/translate';
import { checkArticle, type ChecklistItem } from '../../../shared/workflow/checklist';
import type { CommentThread } from '../../../shared/workflow/review';
import { withoutCaretLine } from '../../editor/caretLine';

/** The article as the editor holds it, and the review comments that count against publishing. */
export interface DraftToCheck {
  headline: string;
  standfirst: string;
  meta: ArticleMeta;
  /** Null when the stored body could not be shown: the body is then left out of the check. */
  body: EditorState | null;
  comments: readonly CommentThread[];
}

const NO_BODY: SerializedBody = { root: { type: 'root', children: [] } };

/**
 * The pre-publish checklist over what is on screen, typed or not. The body is read as it would be
 * stored (without the caret line), so each item's path leads to the editor's own node.
 */
export function checkDraft({ headline, standfirst, meta, body, comments }: DraftToCheck): ChecklistItem[] {
  // A Lexical root is a SerializedBody with more fields; the checklist reads only what both have.
  const stored = body ? (withoutCaretLine(body.toJSON()) as unknown as SerializedBody) : NO_BODY;
  return checkArticle({ headline, standfirst, body: stored, meta, review: { comments: [...comments] } });
}

export interface ChecklistCounts {
  errors: number;
  warnings: number;
}

export const countItems = (items: readonly ChecklistItem[]): ChecklistCounts => ({
  errors: items.filter((item) => item.severity === 'error').length,
  warnings: items.filter((item) => item.severity === 'warning').length,
});

export function countsLabel({ errors, warnings }: ChecklistCounts, t: Translate): string {
  if (errors + warnings === 0) return t('workflow.checklist.clean');
  return t('workflow.checklist.counts', {
    errors: t('workflow.checklist.errors', { count: errors }),
    warnings: t('workflow.checklist.warnings', { count: warnings }),
  });
}
