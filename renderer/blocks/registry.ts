import type { AppealVersion } from '../../shared/appeals/library';
import { appealBlocks } from './appeal';
import { figureBlock } from './figure';
import { pullQuoteBlock } from './pullquote';
import { quoteBlock } from './quote';
import { textBlocks } from './text';
import type { BlockOption } from './types';

/** Everything the inserter offers, in the order it lists them. */
export const blockOptions = (library: AppealVersion[] | undefined, onMissing: (message: string) => void): BlockOption[] => [
  ...textBlocks,
  figureBlock,
  quoteBlock,
  pullQuoteBlock,
  ...appealBlocks(library, onMissing),
];
