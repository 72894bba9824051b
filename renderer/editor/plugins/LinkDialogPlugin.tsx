import { useEffect, useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent, type RefObject } from 'react';
import {
  $addUpdateTag,
  $createRangeSelectionFromDom,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  SKIP_DOM_SELECTION_TAG,
  getDOMSelection,
  type BaseSelection,
  type LexicalEditor,
} from 'lexical';
import { $createLinkNode, $isLinkNode, $toggleLink } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { useT } from '../../i18n/LocaleProvider';
import { OPEN_LINK_DIALOG_COMMAND } from '../commands';
import { linkUrlFromInput } from '../linkUrl';

interface LinkTarget {
  /** The body selection when the dialog opened; focus moving to the dialog must not lose it. */
  selection: BaseSelection;
  /** The address of the link the selection is in, if it is in one. */
  currentUrl: string | null;
  /** Where to show the dialog, relative to the page, just under the selected text. */
  top: number;
}

function $selectionForLink(editor: LexicalEditor): BaseSelection | null {
  // Lexical hears of selection changes from an asynchronous event, so a quick Ctrl+K straight
  // after Shift+arrows can arrive first: the page's own selection is the fresher one.
  const fromPage = $createRangeSelectionFromDom(getDOMSelection(window), editor);
  if (fromPage) return fromPage;
  const current = $getSelection();
  if (current) return current;
  // Never focused yet: the link goes at the end of the body. Moving the page's focus there now
  // would take it from the dialog about to open.
  $addUpdateTag(SKIP_DOM_SELECTION_TAG);
  return $getRoot().selectEnd();
}

function $linkTarget(editor: LexicalEditor): Omit<LinkTarget, 'top'> | null {
  const selection = $selectionForLink(editor);
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return { selection: selection.clone(), currentUrl: link ? link.getURL() : null };
}

function $applyLink(url: string | null): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || url === null || !selection.isCollapsed()) {
    $toggleLink(url);
    return;
  }
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  if (link) link.setURL(url);
  // With no text selected, the address itself becomes the linked text.
  else selection.insertNodes([$createLinkNode(url).append($createTextNode(url))]);
}

/** Where the selection sits within `page`, or the top of it when there is no visible selection. */
function selectionTop(page: HTMLElement | null): number {
  const range = window.getSelection()?.rangeCount ? window.getSelection()?.getRangeAt(0) : null;
  const rect = range?.getBoundingClientRect();
  if (!page || !rect || (rect.top === 0 && rect.bottom === 0)) return 0;
  return rect.bottom - page.getBoundingClientRect().top + page.scrollTop + 6;
}

/** A small in-page dialog for adding, changing or removing the link on the selected text. */
export function LinkDialogPlugin({ pageRef }: { pageRef: RefObject<HTMLElement | null> }) {
  const [editor] = useLexicalComposerContext();
  const t = useT();
  const [target, setTarget] = useState<LinkTarget | null>(null);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const inputId = useId();
  const errorId = useId();

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_LINK_DIALOG_COMMAND,
        () => {
          const found = $linkTarget(editor);
          if (!found) return false;
          setTarget({ ...found, top: selectionTop(pageRef.current) });
          setValue(found.currentUrl ?? '');
          setInvalid(false);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor, pageRef],
  );

  useEffect(() => {
    if (target) inputRef.current?.select();
  }, [target]);

  if (!target) return null;

  const close = (refocus: boolean) => {
    setTarget(null);
    if (refocus) editor.focus();
  };

  const apply = (url: string | null) => {
    editor.update(() => {
      $setSelection(target.selection.clone());
      $applyLink(url);
    });
    close(true);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const url = linkUrlFromInput(value);
    if (url) apply(url);
    else setInvalid(true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    }
  };

  // Clicking or tabbing away from the dialog dismisses it, like other popovers.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) close(false);
  };

  return (
    <div
      role="dialog"
      aria-labelledby={titleId}
      className="link-dialog"
      // Focusable so that a click on the dialog's background keeps it open (see onBlur).
      tabIndex={-1}
      style={{ top: target.top }}
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      <h2 id={titleId} className="visually-hidden">
        {t(target.currentUrl ? 'editor.link.edit' : 'editor.link.add')}
      </h2>
      <form onSubmit={onSubmit}>
        <label className="field-label" htmlFor={inputId}>
          {t('editor.link.url')}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          type="text"
          inputMode="url"
          spellCheck={false}
          autoComplete="off"
          placeholder="https://"
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => {
            setValue(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <p id={errorId} className="field-error">
            {t('editor.link.invalid')}
          </p>
        )}
        <div className="dialog-actions">
          <button type="submit" className="button button-primary">
            {t('editor.link.apply')}
          </button>
          {target.currentUrl !== null && (
            <button type="button" className="button" onClick={() => apply(null)}>
              {t('editor.link.remove')}
            </button>
          )}
          <button type="button" className="button" onClick={() => close(true)}>
            {t('app.common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
