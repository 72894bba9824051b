import type { SerializedBody, SerializedNode } from '../article/body';

/**
 * Nodes in the full shape Lexical 0.52 writes (`editorState.toJSON()`), so a body made here loads
 * in the editor exactly like one the editor saved. Presentation fields take Lexical's defaults.
 */
const element = { direction: null, format: '', indent: 0, version: 1 } as const;

export type ListType = 'bullet' | 'number';
export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export const textNode = (text: string, format = 0): SerializedNode => ({
  detail: 0, format, mode: 'normal', style: '', text, type: 'text', version: 1,
});

export const lineBreakNode = (): SerializedNode => ({ type: 'linebreak', version: 1 });

export const linkNode = (url: string, children: SerializedNode[]): SerializedNode => ({
  children, rel: null, target: null, title: null, url, ...element, type: 'link',
});

export const paragraphNode = (children: SerializedNode[]): SerializedNode => ({
  children, ...element, textFormat: 0, textStyle: '', type: 'paragraph',
});

export const headingNode = (tag: HeadingTag, children: SerializedNode[]): SerializedNode => ({
  children, tag, ...element, type: 'heading',
});

/** `indent` is the list's nesting depth, which Lexical stores on each item. */
export const listItemNode = (children: SerializedNode[], value: number, indent: number): SerializedNode => ({
  children, indent, value, direction: null, format: '', type: 'listitem', version: 1,
});

export const listNode = (listType: ListType, start: number, children: SerializedNode[]): SerializedNode => ({
  children, listType, start, tag: listType === 'number' ? 'ol' : 'ul', ...element, type: 'list',
});

export const bodyOf = (children: SerializedNode[]): SerializedBody => ({
  root: { children, ...element, type: 'root' },
});
