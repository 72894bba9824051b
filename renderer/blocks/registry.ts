import type { AppealVersion } from '../../shared/appeals/library';
import type { Translate } from '../../shared/i18n/translate';
import { appealBlocks } from './appeal';
import { figureBlock } from './figure';
import { pullQuoteBlock } from './pullquote';
import { quoteBlock } from './quote';
import { textBlocks } from './text';
import type { BlockOption } from './types';

/** Everything the inserter offers, in the order it lists them. */
export const blockOptions = (library: AppealVersion[] | undefined, t: Translate, onMissing: (message: string) => void): BlockOption[] => [
  ...textBlocks(t),
  figureBlock(t),
  quoteBlock(t),
  pullQuoteBlock(t),
  ...appealBlocks(library, t, onMissing),
];
