import { describe, expect, test } from 'vitest';
import type { AppealVersion } from '../appeals/library';
import type { RenderContext } from './article';
import { ARTICLE_CSS } from './article.css';
import { toHtml, toHtmlArticle, toHtmlDocument } from './html';
import { headingNode, listItemNode, listNode } from './lexicalNodes';
import { allElements, outline } from './testing/htmlOutline';
import { ENGLISH, LEAD_PHOTO, LIBRARY, RUSSIAN, appeal, article, context, figure, p, pullQuote, quote, text } from './testing/fixtures';

const NEWSLETTER = 'aside.appeal.appeal--newsletter(h2.appeal__heading p.appeal__body p.appeal__actions(button.appeal__button) p.appeal__consent)';
const DONATION = (body: string, frequencies: string) =>
  `aside.appeal.appeal--donation(h2.appeal__heading ${body} ul.appeal__frequencies(${frequencies}) p.appeal__actions(button.appeal__button button.appeal__remind))`;

describe('toHtml', () => {
  test('the English article: figure, paragraphs, newsletter after paragraph 3, quote, list, pull quote, donation last', () => {
    const lines = toHtml(ENGLISH, context).split('\n');
    expect(lines.map(outline)).toEqual([
      'figure(img figcaption(span.credit(a)))',
      'p(strong)',
      'p(a)',
      'p(em)',
      NEWSLETTER,
      'h2',
      'p',
      'blockquote(p p cite)',
      'ul(li li(ul(li)))',
      'figure.pullquote(blockquote(p) figcaption)',
      'p',
      DONATION('p.appeal__body(br)', 'li.appeal__frequency li.appeal__frequency.appeal__frequency--default li.appeal__frequency'),
    ]);
  });

  test('the figure carries src, alt, size and lazy loading; the credit follows the caption, linked', () => {
    const [img] = allElements(toHtml(ENGLISH, context)).filter((element) => element.name === 'img');
    expect(img?.attributes).toEqual({
      src: `https://cdn.example.org/assets/${LEAD_PHOTO.sha256}.jpeg`,
      alt: 'Grey waves breaking over a stone harbour wall',
      width: '2400',
      height: '1600',
      loading: 'lazy',
    });
    expect(toHtml(ENGLISH, context)).toContain(
      '<figcaption>Waves break over the harbour wall in Dover on Tuesday. <span class="credit"><a href="https://www.reuters.com/">Jane Smith / Reuters</a></span></figcaption>',
    );
  });

  test('the Russian article uses the Russian text of its appeals', () => {
    const html = toHtml(RUSSIAN, context);
    expect(html).toContain('<h2 class="appeal__heading">Утренняя рассылка</h2>');
    expect(html).toContain('<li class="appeal__frequency appeal__frequency--default" data-frequency="once">Разово</li>');
    expect(html).toContain('<button type="button" class="appeal__remind">Напомнить позже</button>');
    expect(html).toContain('<cite>Мария Иванова, водитель</cite>');
    expect(outline(html.split('\n').at(-1)!)).toBe(DONATION('p.appeal__body', 'li.appeal__frequency.appeal__frequency--default li.appeal__frequency'));
  });

  test('an appeal names its library entry; a banner links out', () => {
    const html = toHtml(article([appeal('support-us', 3, 'donation'), appeal('podcast', 1, 'banner')]), context);
    expect(html).toContain('<aside class="appeal appeal--donation" data-appeal-id="support-us" data-appeal-version="3">');
    expect(html).toContain('<p class="appeal__text">Listen to our daily podcast. <a class="appeal__link" href="https://example.org/podcast">Listen now</a></p>');
  });

  test('an appeal falls back to English, marked as such, when the library lacks the article language', () => {
    const englishOnly = { ...LIBRARY[1], variants: { en: LIBRARY[1]!.variants.en } } as unknown as AppealVersion;
    const ctx: RenderContext = { ...context, appeal: () => englishOnly };
    const html = toHtml(article([appeal('morning-briefing', 2, 'newsletter')], { meta: { language: 'ru' } }), ctx);
    expect(html).toMatch(/^<aside class="appeal appeal--newsletter" data-appeal-id="morning-briefing" data-appeal-version="2" lang="en"><h2 class="appeal__heading">The morning briefing<\/h2>/);
  });

  test('an appeal the library lacks, or holds under another kind, renders nothing and does not throw', () => {
    const body = [appeal('gone', 1, 'donation'), appeal('support-us', 4, 'donation'), appeal('support-us', 3, 'banner')];
    expect(toHtml(article(body), context)).toBe('');
    expect(toHtml(article(body), { ...context, appeal: () => ({ junk: true }) as unknown as AppealVersion })).toBe('');
  });

  test('an invalid block is skipped whole; the blocks around it render', () => {
    const body = [
      p(text('before')),
      figure({ asset: { ...LEAD_PHOTO, sha256: 'XYZ' } }),
      quote('x'.repeat(10_001), ''),
      pullQuote('fine', ''),
      { type: 'pullquote', version: 2, text: 'from the future', attribution: '' },
      { type: 'table', children: [p(text('unknown'))] },
      p(text('after')),
    ];
    expect(toHtml(article(body), context)).toBe('<p>before</p>\n<figure class="pullquote"><blockquote><p>fine</p></blockquote></figure>\n<p>after</p>');
  });

  test('blank paragraphs are left out; formats nest; line breaks are <br>; ordered lists keep their start', () => {
    const body = [
      p(),
      p(text('a', 1 | 2 | 16), { type: 'linebreak', version: 1 }, text('b', 8 | 4), text('c', 32), text('d', 64)),
      headingNode('h3', []),
      listNode('number', 4, [listItemNode([text('four')], 4, 0)]),
    ];
    expect(toHtml(article(body), context)).toBe('<p><strong><em><code>a</code></em></strong><br><u><s>b</s></u><sub>c</sub><sup>d</sup></p>\n<ol start="4"><li>four</li></ol>');
  });

  test('a figure without caption or credit has no figcaption; a credit without a web link is plain', () => {
    expect(outline(toHtml(article([figure()]), context))).toBe('figure(img)');
    expect(toHtml(article([figure({ credit: 'AP', creditUrl: 'ftp://x' })]), context)).toContain('<figcaption><span class="credit">AP</span></figcaption>');
  });
});

describe('toHtmlArticle and toHtmlDocument', () => {
  test('the header holds the headline, standfirst and byline, in the article language', () => {
    const html = toHtmlArticle(RUSSIAN, context);
    expect(html.split('\n').slice(0, 2)).toEqual([
      '<article lang="ru">',
      '<header><h1>Шторм остановил паромы в Керченском проливе</h1><p class="standfirst">Сотни водителей провели ночь в очереди на переправу.</p><p class="byline">Анна Смирнова</p></header>',
    ]);
    expect(outline(html)).toMatch(/^article\(header\(h1 p\.standfirst p\.byline\) figure/);
  });

  test('a document wraps the article and embeds the stylesheet, which cannot close its element', () => {
    const html = toHtmlDocument(ENGLISH, context, { stylesheet: ARTICLE_CSS });
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Ferries halted as storm closes Dover<\/title>\n<style>/);
    expect(outline(html)).toMatch(/^html\(head\(meta title style\) body\(article\(header/);
    const hostile = toHtmlDocument(ENGLISH, context, { stylesheet: 'p{}</style><script>x</script></STYLE >' });
    expect(hostile.match(/<\/style/gi)).toHaveLength(1);
    expect(toHtmlDocument(ENGLISH, context)).not.toContain('<style>');
  });
});
