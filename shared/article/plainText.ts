import { parseBody, type SerializedNode } from './body';

// Lexical's serialized JSON does not say which element nodes are inline; these are the element
// types whose text runs on within the surrounding block instead of starting a line of its own.
const INLINE_ELEMENTS = new Set(['link', 'autolink']);

const isInline = (node: SerializedNode): boolean =>
  typeof node.text === 'string' || node.type === 'linebreak' || node.type === 'tab' || INLINE_ELEMENTS.has(node.type);

function nodeText(node: SerializedNode): string {
  if (node.type === 'linebreak') return '\n';
  if (node.type === 'tab') return '\t';
  if (typeof node.text === 'string') return node.text;
  let text = '';
  for (const child of node.children ?? []) {
    if (!isInline(child) && text !== '') text += '\n';
    text += nodeText(child);
  }
  return text;
}

/** The body's text, one line per block: used for word counts, search and list snippets. */
export function bodyPlainText(bodyJson: string): string {
  return nodeText(parseBody(bodyJson).root);
}
