import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { bodyPlainText } from '../article/plainText';
import { countWords } from '../text/wordCount';
import { toPlainText } from './plainText';
import { articles } from './testing/arbitraries';
import { ENGLISH, RUSSIAN, appeal, article, figure, link, p, pullQuote, quote, text } from './testing/fixtures';

describe('plain text', () => {
  test('blocks give what a reader reads: caption and credit, quote and citation, pull quote; appeals nothing', () => {
    const body = article([
      figure({ caption: [text('Waves at '), link('https://example.org', 'Dover')], credit: 'Reuters' }),
      quote('It was chaos.\nNobody told us.', 'Maria Lopez'),
      pullQuote('Nobody told us', 'Maria Lopez'),
      appeal('support-us', 3, 'donation'),
      p(text('The end.')),
    ]).body;
    expect(bodyPlainText(body)).toBe('Waves at Dover\nReuters\nIt was chaos.\nNobody told us.\nMaria Lopez\nNobody told us\nMaria Lopez\nThe end.');
  });

  test('an invalid block, an unknown node and blank lines give nothing', () => {
    const body = article([p(text('a')), p(), figure({ asset: null }), { type: 'table', children: [p(text('hidden'))] }, p(text('b'))]).body;
    expect(bodyPlainText(body)).toBe('a\nb');
  });

  test('the article text is headline, standfirst and body, a line each', () => {
    expect(toPlainText(ENGLISH).split('\n').slice(0, 4)).toEqual([
      'Ferries halted as storm closes Dover',
      'Hundreds of drivers spent the night in their cabs as gales shut the port.',
      'Waves break over the harbour wall in Dover on Tuesday.',
      'Jane Smith / Reuters',
    ]);
    expect(toPlainText(article([], { headline: 'Only a headline' }))).toBe('Only a headline');
  });

  test('counts Russian words in the whole article', () => {
    expect(countWords(toPlainText(RUSSIAN), 'ru')).toBeGreaterThan(60);
  });

  test('never throws on a Lexical body (300 runs)', () => {
    fc.assert(fc.property(articles, (random) => void toPlainText(random)), { numRuns: 300 });
  });

  test('refuses a body that is not a Lexical document, as saving relies on', () => {
    expect(() => bodyPlainText('{"root":{"type":"paragraph"}}')).toThrow('body root is not a Lexical root');
  });
});
