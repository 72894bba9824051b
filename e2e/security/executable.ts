import type { SerializedNode } from '../../shared/article/body';

/**
 * What in an HTML string could run or load something: elements that execute, embed, restyle or
 * retarget, event-handler attributes, srcdoc/formaction/action, style attributes with url() or
 * expression(), and URL attributes whose scheme is not http(s), mailto or relative.
 *
 * Self-contained (no imports, no closures): it is handed to page.evaluate to run in Chromium,
 * where the HTML is parsed as the browser would (so mutation XSS shows up as it would render).
 */
export function executableIn(html: string): string[] {
  const forbidden = new Set([
    'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'base', 'meta', 'form', 'button',
    'input', 'textarea', 'select', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'source', 'track', 'isindex',
    'portal', 'xmp', 'plaintext', 'listing', 'area', 'map',
  ]);
  const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'background', 'poster', 'data', 'codebase', 'cite', 'ping', 'srcset']);
  const findings: string[] = [];
  const document = new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
  const visit = (root: ParentNode) => {
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const name = element.localName;
      if (forbidden.has(name)) findings.push(`<${name}>`);
      if (element instanceof HTMLTemplateElement) visit(element.content);
      for (const attribute of Array.from(element.attributes)) {
        const attr = attribute.name.toLowerCase();
        const value = attribute.value;
        if (attr.startsWith('on')) findings.push(`${name}[${attr}]`);
        if (attr === 'srcdoc' || attr === 'formaction' || attr === 'action') findings.push(`${name}[${attr}]`);
        if (attr === 'style' && /url\s*\(|expression|binding|behavior|javascript/i.test(value)) findings.push(`${name}[style=${value}]`);
        if (urlAttributes.has(attr)) {
          // What the browser would make of it: control characters and whitespace stripped, entities decoded.
          const compact = Array.from(value)
            .filter((char) => char.charCodeAt(0) > 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0x9f))
            .join('');
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
          if (scheme && !['http', 'https', 'mailto'].includes(scheme)) findings.push(`${name}[${attr}=${value}]`);
        }
        if ((attr === 'id' || attr === 'name') && /^(__pwned|copydesk|createElement|getElementById|cookie|location)$/.test(value)) {
          findings.push(`${name}[${attr}=${value}] (clobbering)`);
        }
      }
    }
  };
  visit(document);
  return findings;
}

/** What URL parsing ignores: C0 controls, space and C1 controls (leading ones are stripped, tabs and newlines anywhere). */
const withoutControls = (value: string): string =>
  Array.from(value)
    .filter((char) => char.charCodeAt(0) > 0x20 && (char.charCodeAt(0) < 0x7f || char.charCodeAt(0) > 0x9f))
    .join('');

const DANGEROUS_TEXT = /javascript:|vbscript:|data:text\/html|<\s*script|<\s*iframe|\son[a-z]+\s*=/i;
const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * The same question for a stored Lexical body: a link's url must be http(s), mailto or relative,
 * and no property but a text node's `text` may hold markup or script.
 */
export function executableInBody(root: SerializedNode): string[] {
  const findings: string[] = [];
  const visit = (node: SerializedNode, where: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'children' || key === 'url' || (key === 'text' && node.type === 'text')) continue;
      if (typeof value === 'string' && DANGEROUS_TEXT.test(value)) findings.push(`${where}.${key}=${value}`);
    }
    if (typeof node.url === 'string') {
      const compact = withoutControls(node.url);
      const protocol = new URL(compact, 'https://relative.invalid/').protocol;
      if (!ALLOWED_SCHEMES.has(protocol)) findings.push(`${where}.url=${node.url}`);
    }
    node.children?.forEach((child, index) => visit(child, `${where}/${child.type}[${index}]`));
  };
  visit(root, 'root');
  return findings;
}
