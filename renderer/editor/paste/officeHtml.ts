/**
 * What Google Docs and Word put on the clipboard, rewritten into plain semantic HTML while the
 * styles and classes that carry the meaning are still there (sanitizing removes them). Works on
 * an inert document from DOMParser: nothing in it runs or loads.
 */

const BLOCK_TAGS = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'TABLE', 'TR', 'TD', 'TH', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'DL', 'DD', 'DT', 'FIGURE', 'FIGCAPTION', 'ADDRESS']);
/** Containers that hold a paragraph's worth of text when nothing block-level is inside them. */
const TEXT_CONTAINERS = 'div, td, th, dd, dt, blockquote, pre, figcaption, address, section, article, header, footer';

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  renamed.append(...element.childNodes);
  element.replaceWith(renamed);
  return renamed;
}

const styleOf = (element: Element): string => element.getAttribute('style') ?? '';

/**
 * One property of an element's style attribute, read from its text: the page's CSP keeps style
 * attributes from applying even in a parsed document, so `element.style` is empty in the app.
 */
function styleProperty(element: Element, name: string): string {
  for (const declaration of styleOf(element).split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim().toLowerCase() === name) {
      return declaration.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
    }
  }
  return '';
}

/** Google Docs wraps the whole fragment in a `<b style="font-weight:normal">` that is not bold. */
function unwrapDocsWrapper(root: Element): void {
  for (const wrapper of root.querySelectorAll('b[id^="docs-internal-guid"]')) unwrap(wrapper);
}

/** Comment markers in the text and the comment threads Docs appends after it. */
function dropDocsComments(root: Element): void {
  for (const thread of root.querySelectorAll('a[href^="#cmnt_ref"]')) (thread.closest('div') ?? thread.closest('p') ?? thread).remove();
  for (const marker of root.querySelectorAll('a[id^="cmnt_ref"]')) (marker.closest('sup') ?? marker).remove();
}

/** Docs links every address through google.com/url?q=…; the link should go where it points. */
function unwrapRedirectLinks(root: Element): void {
  for (const link of root.querySelectorAll('a[href*="google.com/url?"]')) {
    try {
      const target = new URL(link.getAttribute('href') ?? '').searchParams.get('q');
      if (target) link.setAttribute('href', target);
    } catch {
      // Not a URL after all: the sanitizer decides what happens to it.
    }
  }
}

const isBold = (weight: string) => weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
const isNotBold = (weight: string) => weight === 'normal' || weight === 'lighter' || (weight !== '' && Number(weight) < 600);

/** Docs writes bold and italic only as styles on spans: they become <strong> and <em>. */
function stylesToTags(root: Element): void {
  for (const element of root.querySelectorAll('b[style], strong[style]')) {
    if (isNotBold(styleProperty(element, 'font-weight'))) unwrap(element);
  }
  for (const element of root.querySelectorAll('span[style], font[style]')) {
    const fontWeight = styleProperty(element, 'font-weight');
    const fontStyle = styleProperty(element, 'font-style');
    const tags = [isBold(fontWeight) && 'strong', (fontStyle === 'italic' || fontStyle === 'oblique') && 'em'].filter((tag) => tag !== false);
    for (const tag of tags) {
      const wrapper = element.ownerDocument.createElement(tag);
      wrapper.append(...element.childNodes);
      element.append(wrapper);
    }
  }
}

const LIST_STYLE = /mso-list:\s*l(\d+)\s+level(\d+)/i;
const ORDERED_MARKER = /^\(?[0-9a-z]{1,4}[.)]$/i;

/**
 * Word writes a list as paragraphs with an `mso-list` style, their bullet or number typed out in
 * a span marked `mso-list:Ignore`. Runs of such paragraphs become real lists, nested by level.
 */
function wordListsToLists(root: Element): void {
  const doc = root.ownerDocument;
  // The open lists, outermost first; the outermost stands where the run's first paragraph stood.
  let stack: Element[] = [];
  for (const paragraph of [...root.querySelectorAll('p')]) {
    const match = LIST_STYLE.exec(styleOf(paragraph));
    if (!match) continue;
    const marker = [...paragraph.querySelectorAll('span')].find((span) => /mso-list:\s*Ignore/i.test(styleOf(span)));
    const ordered = ORDERED_MARKER.test(marker?.textContent?.replace(/\s+/g, '') ?? '');
    marker?.remove();
    const item = rename(paragraph, 'li');
    if (item.previousElementSibling !== stack[0]) stack = [];
    const level = Number(match[2]);
    while (stack.length > level) stack.pop();
    while (stack.length < level) {
      const list = doc.createElement(ordered ? 'ol' : 'ul');
      const outer = stack.at(-1);
      if (outer) (outer.lastElementChild ?? outer.appendChild(doc.createElement('li'))).append(list);
      else item.before(list);
      stack.push(list);
    }
    stack.at(-1)!.append(item);
  }
}

/** Word's conditional comments leave markers that are text to the parser; Office XML tags go. */
function dropOfficeElements(root: Element): void {
  for (const element of [...root.getElementsByTagName('*')]) {
    if (element.tagName.includes(':')) {
      if (element.tagName.toLowerCase().startsWith('v:')) element.remove();
      else unwrap(element);
    }
  }
}

/** The trailing line break Chrome and Safari add to a copied selection. */
function dropInterchangeBreaks(root: Element): void {
  for (const br of root.querySelectorAll('br.Apple-interchange-newline')) br.remove();
}

/** Divs and cells holding only text are paragraphs; once styles are gone they would run together. */
function textContainersToParagraphs(root: Element): void {
  for (const container of [...root.querySelectorAll(TEXT_CONTAINERS)].reverse()) {
    const hasBlock = [...container.children].some((child) => BLOCK_TAGS.has(child.tagName));
    if (!hasBlock) rename(container, 'p');
  }
}

/** Fallback content for pages without scripts: never what was selected. */
function dropFallbacks(root: Element): void {
  for (const fallback of root.querySelectorAll('noscript, template')) fallback.remove();
}

export function normalizeOfficeHtml(root: Element): void {
  dropFallbacks(root);
  unwrapDocsWrapper(root);
  dropDocsComments(root);
  unwrapRedirectLinks(root);
  dropInterchangeBreaks(root);
  dropOfficeElements(root);
  stylesToTags(root);
  wordListsToLists(root);
  textContainersToParagraphs(root);
}
