import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import {
  $createRangeSelectionFromDom,
  $getNodeByKey,
  $isElementNode,
  $isTextNode,
  $setSelection,
  SKIP_DOM_SELECTION_TAG,
  getDOMSelection,
  type LexicalEditor,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { openThreads } from '../../../shared/workflow/review';
import { useApi } from '../../api/ApiContext';
import { unwrap } from '../../api/unwrap';
import { useT } from '../../i18n/LocaleProvider';
import { SHOW_EDITOR_ALERT_COMMAND } from '../../editor/commands';
import { useReviewQuery } from '../useReview';
import { $markSelection, $selectThread, $unmarkThread, anchoredThreadIds, quoteOf, type CommentAnchor } from './commentMarks';
import { orderThreads, type ThreadEntry } from './threadOrder';

/** A comment being written: the text it is on, held while focus is in the form. */
export interface NewComment {
  quote: string;
  selection: RangeSelection;
}

export interface Comments {
  /** Threads in reading order; empty until the review has loaded. */
  threads: ThreadEntry[];
  openCount: number;
  /** Why the review could not be loaded, if it could not. */
  error: string | null;
  anchors: CommentAnchor[];
  /** The thread being looked at: its text is outlined, its card marked. */
  active: string | null;
  newComment: NewComment | null;
  /** The body editor, set by CommentMarksPlugin. */
  editor: RefObject<LexicalEditor | null>;
  setAnchors(anchors: CommentAnchor[]): void;
  /** Makes a thread the active one; `reveal` also opens the Comments panel at it. */
  activate(threadId: string, reveal?: boolean): void;
  /** Opens the form for a comment on the selected text, or says to select some first. */
  start(): void;
  cancel(): void;
  /** Marks the text, saves the body, then starts the thread; rejects with a reason to show. */
  save(text: string): Promise<void>;
  reply(threadId: string, text: string): Promise<void>;
  resolve(threadId: string, resolved: boolean): Promise<void>;
  /** Selects a thread's text in the body and scrolls to it. */
  showInText(threadId: string): void;
}

function $isLive(point: PointType): boolean {
  const node = $getNodeByKey(point.key);
  if (!node?.isAttached()) return false;
  const size = $isTextNode(node) ? node.getTextContentSize() : $isElementNode(node) ? node.getChildrenSize() : 0;
  return point.offset <= size;
}

/**
 * The words selected in the body, read from the page: Lexical hears of selection changes from an
 * asynchronous event, so a shortcut pressed straight after Shift+arrows can arrive first. Only a
 * selection in the body counts, not one Lexical remembers from before focus went to a field.
 */
function $selectedText(editor: LexicalEditor): RangeSelection | null {
  const selection = $createRangeSelectionFromDom(getDOMSelection(window), editor);
  return selection && !selection.isCollapsed() ? selection : null;
}

/**
 * Review comments on the open draft: the threads (from main's review), the marks that anchor them
 * in the body (from the editor), and the actions on both. A new comment's mark is saved with the
 * body before main is asked to start the thread, so main always finds the text it is anchored to.
 */
export function useComments({
  draftId,
  saveBody,
  onReveal,
}: {
  draftId: string;
  /** Stores everything typed; resolves to whether it reached main. */
  saveBody: () => Promise<boolean>;
  /** Opens the Comments panel. */
  onReveal: () => void;
}): Comments {
  const api = useApi();
  const t = useT();
  const review = useReviewQuery(draftId);
  const { show } = review;
  const editor = useRef<LexicalEditor | null>(null);
  const [anchors, setAnchors] = useState<CommentAnchor[]>([]);
  const [active, setActive] = useState<{ draftId: string; threadId: string } | null>(null);
  const [pending, setPending] = useState<(NewComment & { draftId: string }) | null>(null);

  const comments = review.view?.review.comments;
  const threads = useMemo(() => orderThreads(comments ?? [], anchoredThreadIds(anchors)), [comments, anchors]);

  const activate = useCallback(
    (threadId: string, reveal = false) => {
      // The caret moving within the same words asks again: nothing to redraw then.
      setActive((previous) => (previous?.draftId === draftId && previous.threadId === threadId ? previous : { draftId, threadId }));
      if (reveal) onReveal();
    },
    [draftId, onReveal],
  );

  const start = useCallback(() => {
    const body = editor.current;
    // 'latest': no flush, as a shortcut asks from within the editor's own key handling.
    const target = body?.read('latest', () => {
      const selection = $selectedText(body);
      return selection ? { selection: selection.clone(), quote: quoteOf(selection.getTextContent()) } : null;
    });
    if (!target?.quote) {
      body?.dispatchCommand(SHOW_EDITOR_ALERT_COMMAND, t('workflow.comments.selectFirst'));
      return;
    }
    setPending({ ...target, draftId });
    onReveal();
  }, [draftId, onReveal, t]);

  const cancel = useCallback(() => {
    setPending(null);
    editor.current?.focus();
  }, []);

  const save = useCallback(
    async (text: string) => {
      const body = editor.current;
      if (!body || !pending) return;
      const threadId = crypto.randomUUID();
      let marked = false;
      body.update(
        () => {
          const selection = pending.selection.clone();
          // The body may have changed while the comment was written: the text must still be there.
          if (!$isLive(selection.anchor) || !$isLive(selection.focus)) return;
          $setSelection(selection);
          if (quoteOf(selection.getTextContent()) !== pending.quote) return;
          $markSelection(selection, threadId);
          marked = true;
        },
        // Focus stays in the form until the thread exists.
        { discrete: true, tag: SKIP_DOM_SELECTION_TAG },
      );
      if (!marked) throw new Error(t('workflow.comments.textChanged'));
      try {
        if (!(await saveBody())) throw new Error(t('workflow.comments.notSavedFirst'));
        show(await unwrap(api.addComment({ id: draftId, threadId, quote: pending.quote, text })));
      } catch (failure) {
        body.update(() => $unmarkThread(threadId), { discrete: true, tag: SKIP_DOM_SELECTION_TAG });
        throw failure;
      }
      setPending(null);
      setActive({ draftId, threadId });
      body.focus();
    },
    [api, draftId, pending, saveBody, show, t],
  );

  const reply = useCallback(
    async (threadId: string, text: string) => show(await unwrap(api.replyComment({ id: draftId, threadId, text }))),
    [api, draftId, show],
  );
  const resolve = useCallback(
    async (threadId: string, resolved: boolean) => show(await unwrap(api.resolveComment({ id: draftId, threadId, resolved }))),
    [api, draftId, show],
  );

  const showInText = useCallback(
    (threadId: string) => {
      const body = editor.current;
      if (!body) return;
      setActive({ draftId, threadId });
      let key: string | null = null;
      body.update(() => (key = $selectThread(threadId)), { discrete: true });
      if (key === null) return;
      body.getElementByKey(key)?.scrollIntoView({ block: 'center' });
      body.focus();
    },
    [draftId],
  );

  return {
    threads,
    openCount: comments ? openThreads({ comments }) : 0,
    error: review.error,
    anchors,
    active: active?.draftId === draftId ? active.threadId : null,
    newComment: pending?.draftId === draftId ? pending : null,
    editor,
    setAnchors,
    activate,
    start,
    cancel,
    save,
    reply,
    resolve,
    showInText,
  };
}
