/**
 * The Content-Security-Policy every Copydesk page is served with: by the app:// protocol in
 * Electron and by the test bridge, so that tests run the renderer under the same rules.
 *
 * style-src is 'self' without 'unsafe-inline' (and without a style-src-attr relaxation): CSP
 * governs style attributes written as markup or with setAttribute('style'), but not CSSOM
 * writes. Lexical sets element styles through `element.style.setProperty` and React's `style`
 * prop goes through CSSOM too, so neither needs inline styles to be allowed. Anything that does
 * write a style attribute as text is refused, which is what we want from pasted HTML.
 */
export const cspDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'none'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
} as const satisfies Record<string, readonly string[]>;

export const contentSecurityPolicy: string = Object.entries(cspDirectives)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
