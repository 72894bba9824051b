import type { SerializedNode } from '../../article/body';
import { blocksOfGutenbergName } from '../../blocks/registry';
import { canonicalBody } from '../canonicalBody';
import { bodyOf } from '../lexicalNodes';
import { elementContent } from './htmlFragments';
import { parseInlineMarkup } from './inlineMarkup';
import { parseBlocks, type ParsedBlock } from './parseBlocks';

function headingLevel(block: ParsedBlock): number {
  const level = block.attrs.level ?? 2;
  return typeof level === 'number' && Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2;
}

// Raw nodes: canonicalBody gives them Lexical's full shape and merges their runs. Each item's
// nested lists follow it as Lexical's items of their own.
function listNodeOf(block: ParsedBlock): SerializedNode {
  const items = block.innerBlocks
    .filter((inner) => inner.name === 'core/list-item')
    .flatMap((item) => [
      { type: 'listitem', children: parseInlineMarkup(elementContent(item.innerHTML, 'li') ?? '') },
      ...item.innerBlocks.filter((inner) => inner.name === 'core/list').map((nested) => ({ type: 'listitem', children: [listNodeOf(nested)] })),
    ]);
  return { type: 'list', listType: block.attrs.ordered === true ? 'number' : 'bullet', start: block.attrs.start ?? 1, children: items };
}

function nodeOf(block: ParsedBlock): SerializedNode | undefined {
  switch (block.name) {
    case 'core/paragraph':
      return { type: 'paragraph', children: parseInlineMarkup(elementContent(block.innerHTML, 'p') ?? '') };
    case 'core/heading': {
      const level = headingLevel(block);
      return { type: 'heading', tag: `h${level}`, children: parseInlineMarkup(elementContent(block.innerHTML, `h${level}`) ?? '') };
    }
    case 'core/list':
      return listNodeOf(block);
    default:
      for (const candidate of blocksOfGutenbergName(block.name)) {
        const node = candidate.fromGutenberg(block);
        if (node) return node;
      }
      return undefined;
  }
}

/**
 * A body (Lexical's serialized editor state, as Copydesk stores it) from WordPress block markup.
 * Lossless for everything toGutenberg writes, up to canonicalBody's normalization. WordPress
 * blocks Copydesk does not write, and HTML outside blocks, are skipped; never throws.
 */
export function fromGutenberg(markup: string): string {
  const nodes = parseBlocks(markup).flatMap((block) => nodeOf(block) ?? []);
  return JSON.stringify(canonicalBody(bodyOf(nodes)));
}
