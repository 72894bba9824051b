import { inlineText } from '../../render/inlineText';
import type { FigureBlock } from './schema';

/** The caption and the credit: both are words a reader reads. */
export const figureText = (block: FigureBlock): string[] => [inlineText(block.caption), block.credit];
