import { flushSync } from 'react-dom';
import {
  $createNodeSelection,
  $getNodeByKey,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isRootNode,
  $isTextNode,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import type { MessageKey } from '../../../shared/i18n';
import type { Translate } from '../../../shared/i18n/translate';
import type { ArticleField, BlockPart, ChecklistTarget } from '../../../shared/workflow/checklist';

/** The fields above the body, by their ids in DraftFields. */
const FIELD_IDS: Partial<Record<ArticleField, string>> = { headline: 'draft-headline', standfirst: 'draft-standfirst' };
/** The fields in the Article details panel, by their labels there (in the interface's language, as shown). */
const DETAIL_LABELS: Partial<Record<ArticleField, 'app.meta.seoTitle' | 'app.meta.seoDescription'>> = {
  seoTitle: 'app.meta.seoTitle',
  seoDescription: 'app.meta.seoDescription',
};
const DETAILS_PANEL = 'article-details-panel';
/** A block's fields by the labels its card gives them (a quote and a pull quote name their text differently). */
const PART_LABELS = {
  caption: ['blocks.figure.caption'],
  credit: ['blocks.figure.credit'],
  alt: ['blocks.figure.alt'],
  text: ['blocks.quote.text', 'blocks.pullquote.text'],
  citation: ['blocks.quote.citation'],
  attribution: ['blocks.pullquote.attribution'],
} as const satisfies Readonly<Record<BlockPart, readonly MessageKey[]>>;

/** The control in `container` that one of `names` labels: by <label for>, or by aria-label (the caption's editable). */
function labelled(container: ParentNode, names: readonly string[]): HTMLElement | null {
  for (const label of container.querySelectorAll('label')) {
    if (!names.includes(label.textContent?.trim() ?? '')) continue;
    const control = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector<HTMLElement>('input, textarea, select');
    if (control) return control;
  }
  return [...container.querySelectorAll<HTMLElement>('[aria-label]')].find((element) => names.includes(element.getAttribute('aria-label') ?? '')) ?? null;
}

/** Focuses a form control or an editable, with the range selected when it has one. */
function focusControl(control: HTMLElement, offset?: number, length?: number): void {
  control.scrollIntoView({ block: 'center' });
  control.focus({ preventScroll: true });
  if (offset !== undefined && (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement)) {
    control.setSelectionRange(offset, offset + (length ?? 0));
  }
}

/** The node at `path` (child indexes from the root), or null when the article changed and it is gone. */
function $nodeAt(path: readonly number[]): LexicalNode | null {
  let node: LexicalNode | null = $getRoot();
  for (const index of path) {
    node = $isElementNode(node) ? node.getChildAtIndex(index) : null;
    if (!node) return null;
  }
  return node;
}

/**
 * Takes the reader to a checklist item's place: a field gets focus (the details panel is opened
 * for the SEO fields), a block's part gets focus in its card, and text in the body is selected.
 * Returns false when the place no longer exists (the article changed since it was checked).
 */
export function jumpTo(editor: LexicalEditor, target: ChecklistTarget, showDetails: () => void, t: Translate): boolean {
  if ('field' in target) {
    const id = FIELD_IDS[target.field];
    const key = DETAIL_LABELS[target.field];
    const label = key && t(key);
    let control = id ? document.getElementById(id) : null;
    if (!control && label) {
      // The panel is rendered by React: committed now, so its field exists to be focused.
      if (!document.getElementById(DETAILS_PANEL)) flushSync(showDetails);
      const panel = document.getElementById(DETAILS_PANEL);
      control = panel ? labelled(panel, [label]) : null;
    }
    if (!control) return false;
    focusControl(control, target.offset, target.length);
    return true;
  }

  const key = editor.getEditorState().read(() => $nodeAt(target.path)?.getKey() ?? null);
  if (key === null) return false;
  if (target.part) {
    const card = editor.getElementByKey(key);
    const control = card ? labelled(card, PART_LABELS[target.part].map((key) => t(key))) : null;
    if (!control) return false;
    focusControl(control, target.offset, target.length);
    return true;
  }
  editor.getRootElement()?.focus({ preventScroll: true });
  // Lexical moves the page's selection (and scrolls to it) when it commits this one.
  editor.update(() => {
    const node = $getNodeByKey(key);
    if ($isTextNode(node)) {
      const start = Math.min(target.offset ?? 0, node.getTextContentSize());
      node.select(start, Math.min(start + (target.length ?? 0), node.getTextContentSize()));
    } else if ($isDecoratorNode(node)) {
      const selection = $createNodeSelection();
      selection.add(key);
      $setSelection(selection);
    } else if ($isElementNode(node)) {
      // The body as a whole ([]) is entered at its end; a block at its start.
      if ($isRootNode(node)) node.selectEnd();
      else node.selectStart();
    }
  });
  editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  return true;
}
