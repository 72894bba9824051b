import { parseBody, type SerializedNode } from '../../article/body';
import { blockOfType } from '../../blocks/registry';
import { blockGutenbergContext, type BlockGutenbergContext, type GutenbergContext, type RenderableArticle } from '../article';
import { canonicalBody } from '../canonicalBody';
import { inlineHtml } from '../inlineHtml';
import { listItemGroups } from '../lists';
import { blockMarkup, joinBlocks } from './blockMarkup';
import { headingBlock, paragraphBlock } from './coreBlocks';

/** A core/list, its items core/list-item blocks, nested lists inside the item they belong under. */
function listBlock(list: SerializedNode): string {
  const ordered = list.listType === 'number';
  const start = ordered && list.start !== 1 ? Number(list.start) : undefined;
  const tag = ordered ? 'ol' : 'ul';
  const items = listItemGroups(list.children ?? []).map(({ inline, lists }) =>
    blockMarkup('list-item', {}, `<li>${inlineHtml(inline)}${lists.map(listBlock).join('')}</li>`),
  );
  const startAttribute = start === undefined ? '' : ` start="${start}"`;
  return blockMarkup('list', { ordered: ordered || undefined, start }, `<${tag} class="wp-block-list"${startAttribute}>${joinBlocks(items)}</${tag}>`);
}

function nodeBlock(node: SerializedNode, ctx: BlockGutenbergContext): string {
  switch (node.type) {
    case 'paragraph':
      return paragraphBlock(inlineHtml(node.children ?? []));
    case 'heading':
      return headingBlock(Number(String(node.tag).slice(1)), inlineHtml(node.children ?? []));
    case 'list':
      return listBlock(node);
    default:
      return blockOfType(node.type)?.toGutenberg(node, ctx) ?? '';
  }
}

/**
 * The article body as WordPress block markup (core blocks; appeals as synced-pattern references
 * or groups). fromGutenberg reads it back to the same canonical body (see canonicalBody).
 * Appeals the library cannot supply and that have no synced pattern are left out.
 * Throws only when the body is not a Lexical document at all.
 */
export function toGutenberg(article: RenderableArticle, ctx: GutenbergContext): string {
  const blockCtx = blockGutenbergContext(ctx, article.meta.language);
  return joinBlocks(canonicalBody(parseBody(article.body)).root.children.map((node) => nodeBlock(node, blockCtx)));
}
