import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { MarkNode } from '@lexical/mark';
import { AppealNode } from '../blocks/appeal/AppealNode';
import { FigureNode } from '../blocks/figure/FigureNode';
import { PullQuoteNode } from '../blocks/pullquote/PullQuoteNode';
import { QuoteNode } from '../blocks/quote/QuoteNode';

/** Every node an article body may hold; a stored body with any other type fails to load. */
export const articleNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  // Review comments' anchors (renderer/workflow/comments); the renderers drop them, keeping the text.
  MarkNode,
  FigureNode,
  QuoteNode,
  PullQuoteNode,
  AppealNode,
];
