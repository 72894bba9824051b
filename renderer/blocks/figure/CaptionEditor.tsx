import { useEffect, useEffectEvent, useMemo, useRef, type RefObject } from 'react';
import {
  $createTextNode,
  $isElementNode,
  COMMAND_PRIORITY_EDITOR,
  CONTROL_OR_META,
  FORMAT_TEXT_COMMAND,
  HISTORY_MERGE_TAG,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  KEY_DOWN_COMMAND,
  LineBreakNode,
  REDO_COMMAND,
  RootNode,
  TextNode,
  UNDO_COMMAND,
  isExactShortcutMatch,
  mergeRegister,
  type LexicalEditor,
} from 'lexical';
import { LinkNode } from '@lexical/link';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { InlineContent } from '../../../shared/blocks/inline';
import { OPEN_LINK_DIALOG_COMMAND } from '../../editor/commands';
import { isAllowedLinkUrl } from '../../editor/linkUrl';
import { LinkDialogPlugin } from '../../editor/plugins/LinkDialogPlugin';
import { PastePlugin } from '../../editor/plugins/PastePlugin';
import { useT } from '../../i18n/LocaleProvider';
import { CAPTION_FORMAT, canonicalCaption, $readInlineContent, $writeInlineContent } from './inlineContent';

const SYNC_TAG = 'copydesk-caption-sync';

const captionTheme = { paragraph: 'caption-p', link: 'body-link', text: { italic: 'body-italic' } };

/** A caption is one line: paragraphs pasted into it join the first. */
function $keepOneParagraph(root: RootNode): void {
  const [first, ...rest] = root.getChildren();
  for (const block of rest) {
    if ($isElementNode(first) && $isElementNode(block)) first.append($createTextNode(' '), ...block.getChildren());
    block.remove();
  }
}

/**
 * What keeps a caption a caption whatever is typed, pasted or shortcut into it (one line, italic
 * and links only), and what ties it to the figure node: edits go out as block edits, undo and redo
 * go to the body's history, and a caption changed from outside comes back in.
 */
function CaptionRules({
  body,
  value,
  editable,
  onChange,
}: {
  body: LexicalEditor;
  value: InlineContent;
  editable: boolean;
  onChange: (next: InlineContent) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const emitted = useRef(JSON.stringify(canonicalCaption(value)));
  const report = useEffectEvent(onChange);

  useEffect(
    () =>
      mergeRegister(
        editor.registerNodeTransform(RootNode, $keepOneParagraph),
        editor.registerNodeTransform(TextNode, (node) => {
          if (node.getFormat() & ~CAPTION_FORMAT) node.setFormat(node.getFormat() & CAPTION_FORMAT);
        }),
        editor.registerNodeTransform(LineBreakNode, (node) => {
          node.replace($createTextNode(' '));
        }),
        editor.registerCommand(FORMAT_TEXT_COMMAND, (format) => format !== 'italic', COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_PARAGRAPH_COMMAND, () => true, COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(INSERT_LINE_BREAK_COMMAND, () => true, COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(
          KEY_DOWN_COMMAND,
          (event) => {
            if (!isExactShortcutMatch(event, 'k', CONTROL_OR_META)) return false;
            event.preventDefault();
            return editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined);
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        // The caption is part of the article: its edits are undone with the body's history.
        editor.registerCommand(UNDO_COMMAND, () => body.dispatchCommand(UNDO_COMMAND, undefined), COMMAND_PRIORITY_EDITOR),
        editor.registerCommand(REDO_COMMAND, () => body.dispatchCommand(REDO_COMMAND, undefined), COMMAND_PRIORITY_EDITOR),
        editor.registerUpdateListener(({ editorState, tags, dirtyElements, dirtyLeaves }) => {
          // Loading the caption (history-merge) is not an edit, even where it tidies what was stored.
          if (tags.has(SYNC_TAG) || tags.has(HISTORY_MERGE_TAG) || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return;
          const next = editorState.read($readInlineContent);
          const json = JSON.stringify(next);
          if (json === emitted.current) return;
          emitted.current = json;
          report(next);
        }),
      ),
    [editor, body],
  );

  useEffect(() => editor.setEditable(editable), [editor, editable]);

  // A caption changed from outside (undo, redo) is put back into the editor.
  useEffect(() => {
    const json = JSON.stringify(canonicalCaption(value));
    if (json === emitted.current) return;
    emitted.current = json;
    editor.update(() => $writeInlineContent(value), { tag: SYNC_TAG });
  }, [editor, value]);

  return null;
}

/** The caption of a figure: a small editor of its own, inside the card. */
export function CaptionEditor({
  value,
  onChange,
  editable,
  cardRef,
}: {
  value: InlineContent;
  onChange: (next: InlineContent) => void;
  editable: boolean;
  /** Where the link dialog is placed. */
  cardRef: RefObject<HTMLElement | null>;
}) {
  const [body] = useLexicalComposerContext();
  const t = useT();
  const initial = useRef(value);
  const config = useMemo<InitialConfigType>(
    () => ({
      namespace: 'copydesk-caption',
      nodes: [LinkNode],
      theme: captionTheme,
      onError: (error) => console.error('Caption editor error', error),
      editorState: () => $writeInlineContent(initial.current),
    }),
    [],
  );

  return (
    <LexicalComposer initialConfig={config}>
      <div className="card-field">
        {/* Visible for sighted readers; the editable itself carries the accessible name. */}
        <span className="card-field-label" aria-hidden="true">
          {t('blocks.figure.caption')}
        </span>
        <div className="caption-frame">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="caption-editable"
                aria-label={t('blocks.figure.caption')}
                aria-placeholder={t('blocks.figure.captionPlaceholder')}
                placeholder={<div className="caption-placeholder">{t('blocks.figure.captionPlaceholder')}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
      </div>
      <LinkPlugin validateUrl={isAllowedLinkUrl} />
      <PastePlugin />
      <CaptionRules body={body} value={value} editable={editable} onChange={onChange} />
      <LinkDialogPlugin pageRef={cardRef} />
    </LexicalComposer>
  );
}
