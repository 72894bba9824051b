import type { SerializedNode } from '../article/body';
import type { BlockContext, BlockGutenbergContext } from '../render/article';
import type { ParsedBlock } from '../render/gutenberg/parseBlocks';
import type { NinjsAssociation } from '../render/ninjsTypes';
import { appealFromGutenberg, appealToGutenberg } from './appeal/gutenberg';
import { appealHtml } from './appeal/html';
import { AppealBlock } from './appeal/schema';
import { appealText } from './appeal/text';
import type { BlockDefinition } from './definition';
import { captionNodes } from './figure/caption';
import { figureFromGutenberg, figureToGutenberg } from './figure/gutenberg';
import { figureHtml } from './figure/html';
import { figureAssociation } from './figure/ninjs';
import { FigureBlock } from './figure/schema';
import { figureText } from './figure/text';
import { InlineContent } from './inline';
import { pullQuoteFromGutenberg, pullQuoteToGutenberg } from './pullquote/gutenberg';
import { pullQuoteHtml } from './pullquote/html';
import { PullQuoteBlock } from './pullquote/schema';
import { pullQuoteText } from './pullquote/text';
import { quoteFromGutenberg, quoteToGutenberg } from './quote/gutenberg';
import { quoteHtml } from './quote/html';
import { QuoteBlock } from './quote/schema';
import { quoteText } from './quote/text';

/** A block kind with its schema applied: every function takes any node and checks it first. */
export interface RegisteredBlock {
  readonly type: string;
  readonly gutenbergNames: readonly string[];
  /** The block reduced to its schema's fields, rich text canonical; undefined when invalid. */
  canonical(node: unknown): SerializedNode | undefined;
  /** '' for an invalid block. */
  toHtml(node: unknown, ctx: BlockContext): string;
  /** '' for an invalid block. */
  toGutenberg(node: unknown, ctx: BlockGutenbergContext): string;
  /** The block in canonical form, or undefined when the WordPress block does not make a valid one. */
  fromGutenberg(block: ParsedBlock): SerializedNode | undefined;
  /** Non-empty lines; none for an invalid block. */
  plainText(node: unknown): string[];
  /** Undefined for an invalid block and for blocks that are not separate media. */
  ninjsAssociation(node: unknown, ctx: BlockContext, name: string): NinjsAssociation | undefined;
}

function register<B extends object>(type: string, definition: BlockDefinition<B>): RegisteredBlock {
  const fields = Object.keys(definition.schema.shape);
  const valid = (node: unknown): B | undefined => {
    const parsed = definition.schema.safeParse(node);
    if (!parsed.success) return undefined;
    return definition.canonical ? definition.canonical(parsed.data) : parsed.data;
  };
  const canonical = (node: unknown): SerializedNode | undefined => {
    const block = valid(node) as Record<string, unknown> | undefined;
    return block && (Object.fromEntries(fields.filter((field) => field in block).map((field) => [field, block[field]])) as SerializedNode);
  };
  const withValid = <R>(node: unknown, fallback: R, use: (block: B) => R): R => {
    const block = valid(node);
    return block === undefined ? fallback : use(block);
  };
  return {
    type,
    gutenbergNames: definition.gutenbergNames,
    canonical,
    toHtml: (node, ctx) => withValid(node, '', (block) => definition.toHtml(block, ctx)),
    toGutenberg: (node, ctx) => withValid(node, '', (block) => definition.toGutenberg(block, ctx)),
    fromGutenberg: (block) => canonical(definition.fromGutenberg(block)),
    plainText: (node) => withValid(node, [], (block) => definition.plainText(block)).filter((line) => line !== ''),
    ninjsAssociation: (node, ctx, name) => withValid(node, undefined, (block) => definition.ninjsAssociation?.(block, ctx, name)),
  };
}

const BLOCKS: readonly RegisteredBlock[] = [
  register('figure', {
    schema: FigureBlock,
    gutenbergNames: ['core/image'],
    canonical: (block) => {
      const caption = InlineContent.safeParse(captionNodes(block.caption));
      return caption.success ? { ...block, caption: caption.data } : block;
    },
    toHtml: figureHtml,
    toGutenberg: figureToGutenberg,
    fromGutenberg: figureFromGutenberg,
    plainText: figureText,
    ninjsAssociation: figureAssociation,
  }),
  register('blockquote', {
    schema: QuoteBlock,
    gutenbergNames: ['core/quote'],
    toHtml: quoteHtml,
    toGutenberg: quoteToGutenberg,
    fromGutenberg: quoteFromGutenberg,
    plainText: quoteText,
  }),
  register('pullquote', {
    schema: PullQuoteBlock,
    gutenbergNames: ['core/pullquote'],
    toHtml: pullQuoteHtml,
    toGutenberg: pullQuoteToGutenberg,
    fromGutenberg: pullQuoteFromGutenberg,
    plainText: pullQuoteText,
  }),
  register('appeal', {
    schema: AppealBlock,
    gutenbergNames: ['core/block', 'core/group'],
    toHtml: appealHtml,
    toGutenberg: appealToGutenberg,
    fromGutenberg: appealFromGutenberg,
    plainText: appealText,
  }),
];

const BY_TYPE = new Map(BLOCKS.map((block) => [block.type, block]));

/** The block kind stored under a Lexical node type, if it is one of Copydesk's blocks. */
export const blockOfType = (type: string): RegisteredBlock | undefined => BY_TYPE.get(type);

/** The block kinds that read a WordPress block of this name. */
export const blocksOfGutenbergName = (name: string): RegisteredBlock[] => BLOCKS.filter((block) => block.gutenbergNames.includes(name));
