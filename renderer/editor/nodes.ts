import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';

/** Every node an article body may hold; a stored body with any other type fails to load. */
export const articleNodes: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, ListNode, ListItemNode, LinkNode, AutoLinkNode];
