import DOMPurify from 'dompurify';
import { isAllowedLinkUrl } from '../linkUrl';
import { normalizeOfficeHtml } from './officeHtml';

/** What an article body can hold; everything else is dropped, keeping its text. */
const ALLOWED_TAGS = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'a'];
const ALLOWED_ATTR = ['href'];
const ALLOWED_URI_REGEXP = /^(?:https?:|mailto:)/i;

function unwrap(element: Element): void {
  element.replaceWith(...element.childNodes);
}

/** After sanitizing: the leftovers Lexical would turn into something odd. */
function tidy(root: Element): void {
  // An anchor without an address, or a relative one, would become an empty link.
  for (const link of root.querySelectorAll('a')) {
    if (!isAllowedLinkUrl(link.getAttribute('href') ?? '')) unwrap(link);
  }
  // Docs puts a paragraph in every list item; the item is the paragraph.
  for (const paragraph of root.querySelectorAll('li > p')) {
    const before = paragraph.previousSibling;
    if (before && (before.nodeType !== Node.TEXT_NODE || before.textContent?.trim())) paragraph.before(root.ownerDocument.createElement('br'));
    unwrap(paragraph);
  }
  // Empty paragraphs are the spacing of word processors, not text.
  for (const block of root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li')) {
    if (block.textContent?.trim() === '' && !block.querySelector('br, li')) block.remove();
  }
}

/**
 * Clipboard HTML made safe and plain: Docs and Word markup rewritten into semantic tags, then
 * sanitized down to headings, paragraphs, lists, bold, italic and http(s)/mailto links. No script,
 * handler, style, frame or foreign URL survives; the text around them does.
 */
export function cleanHtml(html: string): string {
  const parser = new DOMParser();
  const source = parser.parseFromString(html, 'text/html');
  normalizeOfficeHtml(source.body);
  const sanitized = DOMPurify.sanitize(source.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
  const clean = parser.parseFromString(sanitized, 'text/html');
  tidy(clean.body);
  return clean.body.innerHTML;
}
