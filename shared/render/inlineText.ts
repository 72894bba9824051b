import type { SerializedNode } from '../article/body';

/** The text of inline nodes (text runs, tabs, line breaks and links) as a reader sees it. */
export function inlineText(nodes: readonly SerializedNode[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'linebreak') text += '\n';
    else if (typeof node.text === 'string') text += node.text;
    else if (node.children) text += inlineText(node.children);
  }
  return text;
}
