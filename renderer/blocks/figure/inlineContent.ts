import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, type LexicalNode } from 'lexical';
import { $createLinkNode, $isLinkNode } from '@lexical/link';
import type { SerializedNode } from '../../../shared/article/body';
import { captionNodes } from '../../../shared/blocks/figure/caption';
import { InlineContent, TEXT_FORMAT, type SerializedText } from '../../../shared/blocks/inline';
import { linkNode, textNode } from '../../../shared/render/lexicalNodes';

/** The only formatting a caption keeps. */
export const CAPTION_FORMAT = TEXT_FORMAT.italic;
/** InlineContent's own limit (shared/blocks/inline.ts); runs past it would make the block invalid. */
const MAX_RUNS = 200;

function $serialize(node: LexicalNode): SerializedNode[] {
  if ($isLinkNode(node)) return [linkNode(node.getURL(), node.getChildren().flatMap($serialize))];
  if ($isTextNode(node)) return [textNode(node.getTextContent(), node.getFormat() & CAPTION_FORMAT)];
  if ($isElementNode(node)) return node.getChildren().flatMap($serialize);
  return [textNode(' ')]; // a line break: captions are one line
}

/**
 * A caption in the canonical form the renderers read (shared/blocks/figure/caption), so that
 * a caption says the same thing whether the editor, a sample or an import wrote it.
 */
export const canonicalCaption = (content: readonly SerializedNode[]): InlineContent =>
  InlineContent.parse(captionNodes(content).slice(0, MAX_RUNS));

/** The caption editor's text as InlineContent: text runs, plain or italic, and links. */
export function $readInlineContent(): InlineContent {
  return canonicalCaption($getRoot().getChildren().flatMap($serialize));
}

/** Replaces the caption editor's text with `content`. */
export function $writeInlineContent(content: InlineContent): void {
  const text = ({ text, format }: SerializedText) => $createTextNode(text).setFormat(format & CAPTION_FORMAT);
  const paragraph = $createParagraphNode();
  for (const run of content) {
    paragraph.append(run.type === 'text' ? text(run) : $createLinkNode(run.url).append(...run.children.map(text)));
  }
  $getRoot().clear().append(paragraph);
}

export const inlineText = (content: InlineContent): string =>
  content.map((run) => (run.type === 'text' ? run.text : run.children.map((child) => child.text).join(''))).join('');
