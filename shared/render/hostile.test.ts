import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { RenderContext } from './article';
import { decodeEntities } from './gutenberg/htmlFragments';
import { toHtmlArticle } from './html';
import { isAllowedLinkUrl } from './linkUrl';
import { articles } from './testing/arbitraries';
import { HOSTILE, article, context, figure } from './testing/fixtures';
import { allElements, outline } from './testing/htmlOutline';

const RUNS = 300;

/** Every element and attribute the renderers may write: anything else came from text. */
const ALLOWED = new Map<string, ReadonlySet<string>>(
  Object.entries({
    article: ['lang'], header: [], h1: [], h2: ['class'], h3: [], h4: [], h5: [], h6: [], p: ['class'], strong: [], em: [], u: [], s: [], sub: [], sup: [],
    code: [], br: [], a: ['href', 'class'], ul: ['class'], ol: ['start'], li: ['class', 'data-frequency'], figure: ['class'],
    img: ['src', 'alt', 'width', 'height', 'loading'], figcaption: [], span: ['class'], blockquote: [], cite: [],
    aside: ['class', 'data-appeal-id', 'data-appeal-version', 'lang'], button: ['type', 'class'],
  }).map(([name, attributes]) => [name, new Set(attributes)]),
);

function expectOnlyOwnMarkup(html: string): void {
  for (const element of allElements(html)) {
    const attributes = ALLOWED.get(element.name);
    expect(attributes, `<${element.name}>`).toBeDefined();
    for (const name of Object.keys(element.attributes)) expect(attributes!.has(name), `${element.name}[${name}]`).toBe(true);
    if (element.name === 'a') expect(isAllowedLinkUrl(decodeEntities(element.attributes.href!))).toBe(true);
  }
}

describe('hostile text', () => {
  test('stays text in every field of the HTML', () => {
    const html = toHtmlArticle(HOSTILE, context);
    expectOnlyOwnMarkup(html);
    expect(outline(html)).toBe(
      'article(header(h1 p.standfirst p.byline) figure(img figcaption(span.credit)) p(a) blockquote(p cite) figure.pullquote(blockquote(p) figcaption))',
    );
    const [, img] = allElements(html).filter((element) => element.name === 'figure' || element.name === 'img');
    expect(decodeEntities(img!.attributes.alt!)).toBe(`"><img src=x onerror=alert(1)> ' &`);
    expect(html).toContain('&lt;script&gt;alert(&quot;caption&quot;)&lt;/script&gt; &amp; moreclick');
    expect(html).toContain('<span class="credit">Tom &amp; Jerry&#39;s &quot;Studio&quot; &lt;b&gt;</span>');
  });

  test('script, data and disguised javascript: links lose their anchor and keep their text', () => {
    const html = toHtmlArticle(HOSTILE, context);
    expect(html).toContain('<p>a --&gt; b &lt;!-- wp:html --&gt; cjsspaceddata<a href="https://example.org/?q=&quot;x&quot;&amp;a=&lt;b&gt;">ok</a></p>');
    expect(html).not.toMatch(/javascript:|data:text/i);
  });

  test('an asset URL from the context is escaped too', () => {
    const ctx: RenderContext = { ...context, assetUrl: () => 'https://cdn.example.org/"onerror="alert(1)' };
    const [img] = allElements(toHtmlArticle(article([figure()]), ctx)).filter((element) => element.name === 'img');
    expect(img?.attributes.src).toBe('https://cdn.example.org/&quot;onerror=&quot;alert(1)');
  });

  test(`random articles render only Copydesk's own elements, attributes and safe links (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(articles, (random) => expectOnlyOwnMarkup(toHtmlArticle(random, context))),
      { numRuns: RUNS },
    );
  });
});
