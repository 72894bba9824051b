/**
 * A neutral stylesheet for the article markup of toHtmlArticle and toHtmlDocument: readable
 * measure and type, and every class the renderers write. It uses no url() and no @import, so it
 * loads nothing. Copydesk's CSP refuses `<style>` elements; in the app, apply it through the
 * CSSOM (a constructed CSSStyleSheet), which CSP allows.
 */
export const ARTICLE_CSS = `
article { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; font: 1.125rem/1.6 Georgia, 'Times New Roman', serif; color: #1a1a1a; }
article h1 { font-size: 2.25rem; line-height: 1.2; margin: 0 0 0.75rem; }
article h2 { font-size: 1.5rem; line-height: 1.3; margin: 2rem 0 0.75rem; }
article h3 { font-size: 1.25rem; line-height: 1.3; margin: 1.5rem 0 0.5rem; }
article p, article ul, article ol { margin: 0 0 1rem; }
article a { color: #0b5cad; }
article .standfirst { font-size: 1.25rem; color: #333; }
article .byline { font: 600 0.9rem/1.4 system-ui, sans-serif; color: #555; }
article figure { margin: 1.5rem 0; }
article figure img { display: block; max-width: 100%; height: auto; }
article figcaption { font: 0.875rem/1.4 system-ui, sans-serif; color: #555; margin-top: 0.5rem; }
article .credit { color: #777; text-transform: uppercase; font-size: 0.75rem; letter-spacing: 0.03em; }
article blockquote { margin: 1.5rem 0; padding-left: 1rem; border-left: 3px solid #ccc; }
article blockquote cite { display: block; font: italic 0.9rem/1.4 system-ui, sans-serif; color: #555; }
article .pullquote { margin: 2rem 0; text-align: center; }
article .pullquote blockquote { border: 0; padding: 0; font-size: 1.5rem; line-height: 1.35; }
article .pullquote figcaption { font-size: 0.9rem; }
article .appeal { margin: 2rem 0; padding: 1.25rem; background: #f4f1ea; border-radius: 6px; font-family: system-ui, sans-serif; font-size: 1rem; }
article .appeal__heading { margin-top: 0; font-size: 1.25rem; }
article .appeal__frequencies { display: flex; gap: 0.5rem; list-style: none; padding: 0; }
article .appeal__frequency { padding: 0.25rem 0.75rem; border: 1px solid #888; border-radius: 999px; }
article .appeal__frequency--default { background: #1a1a1a; color: #fff; border-color: #1a1a1a; }
article .appeal button { font: inherit; padding: 0.5rem 1rem; border-radius: 4px; border: 1px solid #1a1a1a; cursor: pointer; }
article .appeal__button { background: #1a1a1a; color: #fff; }
article .appeal__remind { background: transparent; color: #1a1a1a; }
article .appeal__consent { font-size: 0.8rem; color: #555; }
`;
