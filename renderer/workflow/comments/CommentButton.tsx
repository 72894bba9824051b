import { IS_APPLE } from 'lexical';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useT } from '../../i18n/LocaleProvider';
import type { Comments } from './useComments';

export const COMMENT_SHORTCUT = IS_APPLE ? '⌘⌥M' : 'Ctrl+Alt+M';

/** The toolbar's Comment: a review comment on the words selected in the body. */
export function CommentButton({ comments }: { comments: Comments }) {
  // A body that failed to load is read-only: nothing in it can be marked.
  const editable = useLexicalEditable();
  const t = useT();
  return (
    <button
      type="button"
      className="tool tool-text"
      title={t('workflow.comments.buttonTitle', { shortcut: COMMENT_SHORTCUT })}
      disabled={!editable}
      // Keeps the selection in the body when clicked with a mouse.
      onMouseDown={(event) => event.preventDefault()}
      onClick={comments.start}
    >
      {t('workflow.comments.button')}
    </button>
  );
}
