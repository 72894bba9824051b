import type { BlockContext, BlockGutenbergContext } from '../render/article';
import type { ParsedBlock } from '../render/gutenberg/parseBlocks';
import type { NinjsAssociation } from '../render/ninjsTypes';

/** A zod object schema, as far as the registry uses one. */
interface BlockSchema<B> {
  safeParse(value: unknown): { success: true; data: B } | { success: false };
  shape: object;
}

/**
 * Everything Copydesk does with one kind of block. Each function is given a block that passed
 * the schema; registry.ts checks that, so no renderer sees, or half-renders, an invalid one.
 */
export interface BlockDefinition<B> {
  schema: BlockSchema<B>;
  /** The WordPress blocks (with namespace) that fromGutenberg reads. */
  gutenbergNames: readonly string[];
  /** For a block that holds rich text: the block with that text in canonical form. */
  canonical?(block: B): B;
  toHtml(block: B, ctx: BlockContext): string;
  toGutenberg(block: B, ctx: BlockGutenbergContext): string;
  /** A candidate block read back from WordPress markup, or undefined when it is not one. */
  fromGutenberg(block: ParsedBlock): unknown;
  /** The block's text, a line per entry, for word counts, search and previews. */
  plainText(block: B): string[];
  /** The block as a ninjs association, for blocks that are separate media. */
  ninjsAssociation?(block: B, ctx: BlockContext, name: string): NinjsAssociation;
}
