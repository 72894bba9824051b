// A tiny HTML reader for assertions, no DOM: the tree of elements with their classes.

const VOID = new Set(['img', 'br', 'meta', 'input', 'hr', 'link']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;

export interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
}

/** The element tree; throws when a tag is closed out of order or left open. */
export function elements(html: string): Element[] {
  const root: Element = { name: '#root', attributes: {}, children: [] };
  const open: Element[] = [root];
  for (const [, closing, name, attributeText, selfClosing] of html.matchAll(TAG)) {
    const tag = name!.toLowerCase();
    if (closing) {
      const top = open.pop();
      if (top?.name !== tag) throw new Error(`</${tag}> closes <${top?.name}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key, value] of attributeText!.matchAll(/\s+([^\s=>/]+)(?:="([^"]*)")?/g)) attributes[key!] = value ?? '';
    const element: Element = { name: tag, attributes, children: [] };
    open.at(-1)!.children.push(element);
    if (!VOID.has(tag) && !selfClosing) open.push(element);
  }
  if (open.length !== 1) throw new Error(`<${open.at(-1)!.name}> is never closed`);
  return root.children;
}

const label = (element: Element): string =>
  [element.name, ...(element.attributes.class ?? '').split(' ').filter(Boolean)].join('.');

/** `figure(img figcaption(span.credit(a)))`: elements and classes, no text. */
export function outline(html: string): string {
  const render = (list: Element[]): string =>
    list.map((element) => (element.children.length > 0 ? `${label(element)}(${render(element.children)})` : label(element))).join(' ');
  return render(elements(html));
}

/** Every element in document order. */
export function allElements(html: string): Element[] {
  const flat: Element[] = [];
  const walk = (list: Element[]) => list.forEach((element) => (flat.push(element), walk(element.children)));
  walk(elements(html));
  return flat;
}
