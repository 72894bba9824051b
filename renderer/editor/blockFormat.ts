import {
  $createParagraphNode,
  $getSelection,
  $isRangeSelection,
  $isRootOrShadowRoot,
  type ElementNode,
  type LexicalNode,
} from 'lexical';
import { $createHeadingNode, $isHeadingNode } from '@lexical/rich-text';
import { $insertList, $isListNode, $removeList, ListNode } from '@lexical/list';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $isLinkNode } from '@lexical/link';

export type TextBlock = 'paragraph' | 'h2' | 'h3';
export type ListBlock = 'bullet' | 'number';
export type BlockType = TextBlock | ListBlock;

export interface SelectionFormat {
  block: BlockType;
  bold: boolean;
  italic: boolean;
  link: boolean;
}

export const NO_FORMAT: SelectionFormat = { block: 'paragraph', bold: false, italic: false, link: false };

function $topLevelBlock(node: LexicalNode): LexicalNode {
  return (
    $findMatchingParent(node, (candidate) => {
      const parent = candidate.getParent();
      return parent !== null && $isRootOrShadowRoot(parent);
    }) ?? node
  );
}

function $blockOf(anchor: LexicalNode): BlockType {
  const block = $topLevelBlock(anchor);
  if ($isListNode(block)) {
    // In a nested list the innermost list decides, as that is the one the caret is in.
    return ($getNearestNodeOfType(anchor, ListNode) ?? block).getListType() === 'number' ? 'number' : 'bullet';
  }
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    if (tag === 'h2' || tag === 'h3') return tag;
  }
  return 'paragraph';
}

/** What the toolbar shows as active for the current selection. */
export function $selectionFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return NO_FORMAT;
  const anchor = selection.anchor.getNode();
  return {
    block: $blockOf(anchor),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    link: $findMatchingParent(anchor, $isLinkNode) !== null,
  };
}

const createBlock: Record<TextBlock, () => ElementNode> = {
  paragraph: () => $createParagraphNode(),
  h2: () => $createHeadingNode('h2'),
  h3: () => $createHeadingNode('h3'),
};

export function $setTextBlock(type: TextBlock): void {
  $setBlocksType($getSelection(), createBlock[type]);
}

/** Turns the selected blocks into a list of `type`, or back into paragraphs if they already are one. */
export function $toggleList(type: ListBlock, current: BlockType): void {
  if (current === type) $removeList();
  else $insertList(type);
}
