import { $createParagraphNode, $getRoot, type SerializedEditorState, type SerializedLexicalNode } from 'lexical';
import { blockOfType } from '../../shared/blocks/registry';
import { BlockNode } from '../blocks/shared/BlockNode';

/*
 * The caret line: the empty paragraph the editor keeps below a card that ends the body, so that
 * there is somewhere to click and write after it ($insertBlock puts it there). It is not part of
 * the article. It is left out of what is stored, and so of what the renderers publish (WordPress
 * would otherwise get an empty paragraph block after the closing appeal), and put back when a
 * body that ends with a card is loaded (a stored one, the sample article, one read from WordPress).
 */

const isCard = (node: SerializedLexicalNode | undefined): boolean => node !== undefined && blockOfType(node.type) !== undefined;

const isEmptyParagraph = (node: SerializedLexicalNode | undefined): boolean =>
  node?.type === 'paragraph' && ((node as { children?: unknown[] }).children ?? []).length === 0;

/** The body as stored: without the caret line below a closing card. */
export function withoutCaretLine(state: SerializedEditorState): SerializedEditorState {
  const { children } = state.root;
  if (!isEmptyParagraph(children.at(-1)) || !isCard(children.at(-2))) return state;
  return { ...state, root: { ...state.root, children: children.slice(0, -1) } };
}

/** Gives a loaded body its caret line: below a closing card, or alone in an empty body. */
export function $ensureCaretLine(): void {
  const root = $getRoot();
  const last = root.getLastChild();
  if (last === null || last instanceof BlockNode) root.append($createParagraphNode());
}
