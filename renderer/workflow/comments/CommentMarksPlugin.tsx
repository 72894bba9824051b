import { useEffect, useEffectEvent } from 'react';
import {
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  COMMAND_PRIORITY_NORMAL,
  CONTROL_OR_META,
  KEY_DOWN_COMMAND,
  SELECTION_CHANGE_COMMAND,
  isExactShortcutMatch,
  mergeRegister,
  type KeyboardEventModifierMask,
} from 'lexical';
import { $getMarkIDs, $isMarkNode, MarkNode } from '@lexical/mark';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $commentAnchors } from './commentMarks';
import type { Comments } from './useComments';

const WITH_ALT: KeyboardEventModifierMask = { ...CONTROL_OR_META, altKey: true };

/** How a mark looks: highlighted while any of its threads is open, plain once all are resolved. */
type MarkState = 'open' | 'resolved' | 'unknown';

function markState(ids: readonly string[], resolvedById: ReadonlyMap<string, boolean>): MarkState {
  if (ids.some((id) => resolvedById.get(id) === false)) return 'open';
  return ids.some((id) => resolvedById.get(id) === true) ? 'resolved' : 'unknown';
}

/**
 * The body's side of review comments: tracks the comment marks (so the panel knows each thread's
 * place and whether its text is still there), draws them by their threads' state, makes the
 * thread under the caret the active one (a click on the text also opens the panel at it), and
 * offers Ctrl/Cmd+Alt+M to comment on the selection.
 */
export function CommentMarksPlugin({ comments }: { comments: Comments }) {
  const [editor] = useLexicalComposerContext();
  const { setAnchors, anchors, threads, active } = comments;
  const openFirst = (ids: readonly string[]) => ids.find((id) => threads.some(({ thread }) => thread.id === id && !thread.resolved)) ?? ids[0];
  const activate = useEffectEvent((ids: readonly string[] | null, reveal: boolean) => {
    const threadId = ids && openFirst(ids);
    if (threadId) comments.activate(threadId, reveal);
  });
  const start = useEffectEvent(() => comments.start());

  useEffect(() => {
    comments.editor.current = editor;
  }, [comments.editor, editor]);

  useEffect(
    () =>
      mergeRegister(
        // Called at once with the marks already there, then whenever marks come or go.
        editor.registerMutationListener(MarkNode, () => setAnchors(editor.getEditorState().read($commentAnchors))),
        editor.registerCommand(
          CLICK_COMMAND,
          (event) => {
            const target = event.target instanceof Element ? event.target.closest('mark') : null;
            const node = target && $getNearestNodeFromDOMNode(target);
            if (node) activate($findMatchingParent(node, $isMarkNode)?.getIDs() ?? null, true);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          SELECTION_CHANGE_COMMAND,
          () => {
            const selection = $getSelection();
            if ($isRangeSelection(selection) && selection.isCollapsed()) {
              const node = selection.anchor.getNode();
              if ($isTextNode(node)) activate($getMarkIDs(node, selection.anchor.offset), false);
            }
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            // On Windows, Ctrl+Alt is also AltGr, which types characters on many layouts.
            if (!isExactShortcutMatch(event, 'm', WITH_ALT) || event.getModifierState('AltGraph')) return false;
            event.preventDefault();
            start();
            return true;
          },
          COMMAND_PRIORITY_NORMAL,
        ),
      ),
    [editor, setAnchors],
  );

  // The marks' looks live on their elements, which Lexical creates and keeps: redrawn whenever
  // the marks, the threads or the active thread change.
  useEffect(() => {
    const resolvedById = new Map(threads.map(({ thread }) => [thread.id, thread.resolved]));
    for (const { key, ids } of anchors) {
      const element = editor.getElementByKey(key);
      if (!element) continue;
      const state = markState(ids, resolvedById);
      element.dataset.comment = state;
      element.toggleAttribute('data-active', active !== null && ids.includes(active));
      // Resolved text is not a highlight any more, for screen readers either.
      if (state === 'open') element.removeAttribute('role');
      else element.setAttribute('role', 'none');
    }
  }, [editor, anchors, threads, active]);

  return null;
}
