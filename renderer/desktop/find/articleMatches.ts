import {
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import { findInText, type FindOptions } from './matchText';

/** Where one text node's text sits in its block's text. */
interface Piece {
  key: NodeKey;
  start: number;
  end: number;
}

/** A paragraph, heading or list item as one string, with the text nodes it is made of. */
interface TextBlock {
  text: string;
  pieces: Piece[];
}

/** A match, and the part of each text node it covers (a match may span bold and plain text). */
export interface ArticleMatch {
  /** The block's place in the article: matches sort by (block, start). */
  block: number;
  start: number;
  end: number;
  parts: Array<{ key: NodeKey; from: number; to: number }>;
}

// Stands for what no query can match (a line break inside a paragraph, an inline card), so that
// no match runs across it and every offset still lines up.
const LINE_BREAK = '\n';
const OBJECT = '\uFFFC';

function appendInline(node: LexicalNode, block: TextBlock): void {
  if ($isTextNode(node)) {
    const text = node.getTextContent();
    block.pieces.push({ key: node.getKey(), start: block.text.length, end: block.text.length + text.length });
    block.text += text;
  } else if ($isLineBreakNode(node)) {
    block.text += LINE_BREAK;
  } else if ($isElementNode(node)) {
    for (const child of node.getChildren()) appendInline(child, block);
  } else {
    block.text += OBJECT;
  }
}

/**
 * The article body's text, block by block, in reading order: the text of paragraphs, headings,
 * list items and links (and comment marks) inside them. Cards (photos, quotes, appeals) keep their
 * text in their own fields, not in Lexical text nodes, so find passes over them.
 */
function $textBlocks(): TextBlock[] {
  const blocks: TextBlock[] = [];
  const visit = (element: ElementNode) => {
    let block: TextBlock | null = null;
    for (const child of element.getChildren()) {
      if (child.isInline()) {
        block ??= { text: '', pieces: [] };
        appendInline(child, block);
        continue;
      }
      if (block) blocks.push(block);
      block = null;
      if ($isElementNode(child)) visit(child);
    }
    if (block) blocks.push(block);
  };
  visit($getRoot());
  return blocks;
}

/** Every match of `query` in the article body, in reading order. Call inside a read or update. */
export function $findInArticle(query: string, options: FindOptions): ArticleMatch[] {
  return $textBlocks().flatMap((block, index) =>
    findInText(block.text, query, options).map(({ start, end }) => ({
      block: index,
      start,
      end,
      parts: block.pieces
        .filter((piece) => piece.start < end && piece.end > start)
        .map((piece) => ({ key: piece.key, from: Math.max(start, piece.start) - piece.start, to: Math.min(end, piece.end) - piece.start })),
    })),
  );
}

/**
 * Replaces the matches with `replacement`: the first text node of each match takes the new text
 * (and its formatting), the rest of the match is cut from the nodes it spans, and nodes left empty
 * go. Later matches go first so earlier offsets stay true. Call inside one update, so that the
 * whole replacement is one step of undo.
 */
export function $replaceInArticle(matches: readonly ArticleMatch[], replacement: string): void {
  const latestFirst = [...matches].sort((a, b) => b.block - a.block || b.start - a.start);
  for (const match of latestFirst) {
    match.parts.forEach(({ key, from, to }, index) => {
      const node = $getNodeByKey(key);
      if (!$isTextNode(node)) return;
      const text = node.getTextContent();
      const next = `${text.slice(0, from)}${index === 0 ? replacement : ''}${text.slice(to)}`;
      if (next === '') node.remove();
      else node.setTextContent(next);
    });
  }
}
