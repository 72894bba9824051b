import type { SerializedNode } from '../../../shared/article/body';
import { TEXT_FORMAT } from '../../../shared/blocks/inline';

/** What a pasted body holds, read from the stored editor state rather than from the screen. */
export interface BodyShape {
  paragraphs: string[];
  headings: string[];
  listItems: string[];
  bold: string[];
  italic: string[];
  links: Array<[string, string]>;
  text: string;
}

const textOf = (node: SerializedNode): string =>
  typeof node.text === 'string' ? node.text : node.type === 'linebreak' ? '\n' : (node.children ?? []).map(textOf).join('');

export function analyzeBody(root: SerializedNode): BodyShape {
  const shape: BodyShape = { paragraphs: [], headings: [], listItems: [], bold: [], italic: [], links: [], text: '' };
  const visit = (node: SerializedNode) => {
    if (node.type === 'paragraph' && textOf(node).trim()) shape.paragraphs.push(textOf(node));
    if (node.type === 'heading') shape.headings.push(textOf(node));
    if (node.type === 'listitem') shape.listItems.push(textOf(node));
    if (node.type === 'link' || node.type === 'autolink') shape.links.push([textOf(node), String(node.url)]);
    if (node.type === 'text' && typeof node.format === 'number') {
      if (node.format & TEXT_FORMAT.bold) shape.bold.push(node.text!);
      if (node.format & TEXT_FORMAT.italic) shape.italic.push(node.text!);
    }
    node.children?.forEach(visit);
  };
  visit(root);
  shape.text = root.children?.map(textOf).join('\n') ?? '';
  return shape;
}
