import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseBody, type SerializedNode } from '../article/body';
import { bodyPlainText } from '../article/plainText';
import { countWords } from '../text/wordCount';
import { thread } from '../workflow/testing/reviews';
import type { RenderableArticle } from './article';
import { canonicalBody } from './canonicalBody';
import { withoutCommentMarks } from './commentMarks';
import { fromGutenberg } from './gutenberg/fromGutenberg';
import { toGutenberg } from './gutenberg/toGutenberg';
import { toHtml, toHtmlArticle, toHtmlDocument } from './html';
import { ARTICLE_CSS } from './article.css';
import { headingNode, lineBreakNode, linkNode } from './lexicalNodes';
import { toNinjs } from './ninjs';
import { toPlainText } from './plainText';
import { articles } from './testing/arbitraries';
import { commentId, mark, unmarked, withRandomMarks } from './testing/commentMarks';
import { ENGLISH, RUSSIAN, appeal, article, bold, context, figure, italic, link, list, p, quote, text } from './testing/fixtures';

// Room for a busy machine: these run many cases; nothing in them is timed.
const LONG_RUN = { timeout: 30_000 };

const RUNS = 300;

/** Every renderer's output for an article, and the canonical body they all read. */
function everyRendering(subject: RenderableArticle): Record<string, string> {
  const markup = toGutenberg(subject, context);
  return {
    canonicalBody: JSON.stringify(canonicalBody(parseBody(subject.body))),
    toHtml: toHtml(subject, context),
    toHtmlArticle: toHtmlArticle(subject, context),
    toHtmlDocument: toHtmlDocument(subject, context, { stylesheet: ARTICLE_CSS }),
    toGutenberg: markup,
    fromGutenberg: fromGutenberg(markup),
    toNinjs: JSON.stringify(toNinjs(subject, context)),
    toPlainText: toPlainText(subject),
    bodyPlainText: bodyPlainText(subject.body),
    words: String(countWords(bodyPlainText(subject.body), subject.meta.language)),
  };
}

const [ID1, ID2, ID3, ID4, ID5, ID6] = [1, 2, 3, 4, 5, 6].map(commentId) as [string, string, string, string, string, string];

/** An article a reviewer has commented on all over: marks across formatting, inside links and around them, nested, in lists and a caption. */
const COMMENTED = [
  figure({
    caption: [mark([ID1], text('Waves break over the '), italic('harbour wall')), text(' in Dover.')],
    credit: 'Jane Smith / Reuters',
    alt: 'Grey waves breaking over a stone harbour wall',
  }),
  p(text('Ferry crossings were '), mark([ID2, ID3], text('suspended on Tuesday as '), bold('winds of up to 90mph')), text(' battered the coast.')),
  p(mark([ID4], link('https://www.poferries.com/', 'P&O Ferries')), text(' said '), linkNode('https://example.org/', [mark([ID5], text('it'))]), text(' would wait.')),
  p(mark([ID1], text('Outer '), mark([ID6], text('inner'), lineBreakNode(), text('after the break')), text(' outer again'))),
  headingNode('h2', [mark([ID2], text('Сотни людей ждут переправы'))]),
  list('bullet', [mark([ID3], text('Dover: all sailings cancelled'))], [text('Folkestone: '), mark([ID4], text('Eurotunnel running'))]),
  quote('It was chaos.', 'Maria Lopez, a lorry driver'),
  appeal('support-us', 3, 'donation'),
];

const commented = (nodes: SerializedNode[], language: 'en' | 'ru' = 'en') => article(nodes, { headline: 'Ferries halted', meta: { language } });

describe('comment marks never reach the output', () => {
  test('the fixture really is marked, everywhere a reviewer can comment', () => {
    const body = commented(COMMENTED).body;
    expect(body.match(/"type":"mark"/g)).toHaveLength(9);
    expect(JSON.stringify(unmarked(COMMENTED))).not.toContain('"mark"');
  });

  test.each(['en', 'ru'] as const)('every renderer gives the same output with and without marks (%s)', (language) => {
    const marked = everyRendering(commented(COMMENTED, language));
    const plain = everyRendering(commented(unmarked(COMMENTED), language));
    expect(marked).toEqual(plain);
    // The commented words are all there: unwrapping keeps the text it wraps.
    expect(marked.toHtml).toContain('suspended on Tuesday as <strong>winds of up to 90mph</strong>');
    expect(marked.toHtml).toContain('<a href="https://example.org/">it</a>');
    expect(marked.toHtml).toContain('<figcaption>Waves break over the <em>harbour wall</em> in Dover.');
    expect(marked.toPlainText).toContain('Outer inner\nafter the break outer again');
  });

  test('no mark, comment id or thread text in any output', () => {
    const threads = [thread(7, false, 'Is 90mph from the Met Office? Источник?'), thread(8, true, 'Spell out P&O on first use.')];
    for (const [name, output] of Object.entries(everyRendering(commented(COMMENTED)))) {
      for (const id of [ID1, ID2, ID3, ID4, ID5, ID6]) expect(output, name).not.toContain(id);
      expect(output, name).not.toMatch(/<mark|"mark"|"ids"/);
      for (const { messages } of threads) expect(output, name).not.toContain(messages[0]!.text);
    }
  });

  test('the real fixtures with a word marked come out as before', () => {
    for (const fixture of [ENGLISH, RUSSIAN]) {
      const { root } = parseBody(fixture.body);
      const children = root.children.map((node) =>
        node.type === 'paragraph' ? { ...node, children: [mark([ID1], ...(node.children ?? []))] } : node,
      );
      const marked = { ...fixture, body: JSON.stringify({ root: { ...root, children } }) };
      expect(everyRendering(marked)).toEqual(everyRendering(fixture));
    }
  });

  test('a mark with no children, no ids or ids that are not a list leaves nothing behind', () => {
    const odd = [p(text('a'), { type: 'mark', ids: 'not a list' }, mark([]), { type: 'mark', ids: [ID1], children: [] }, text('b'))];
    expect(everyRendering(commented(odd as SerializedNode[]))).toEqual(everyRendering(commented([p(text('ab'))])));
  });

  test(`random articles with random marks render as without them (${RUNS} runs)`, LONG_RUN, () => {
    fc.assert(
      fc.property(withRandomMarks(articles), ({ marked, plain }) => {
        expect(everyRendering(marked)).toEqual(everyRendering(plain));
      }),
      { numRuns: RUNS },
    );
  });

  test(`the WordPress round trip of a marked article gives the unmarked canonical body (${RUNS} runs)`, LONG_RUN, () => {
    fc.assert(
      fc.property(withRandomMarks(articles), ({ marked, plain }) => {
        expect(JSON.parse(fromGutenberg(toGutenberg(marked, context)))).toEqual(canonicalBody(parseBody(plain.body)));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('withoutCommentMarks', () => {
  test('hands back the very same nodes when there is no mark', () => {
    const nodes = parseBody(ENGLISH.body).root.children;
    expect(withoutCommentMarks(nodes)).toBe(nodes);
  });

  test('does not recurse without end on a hostile caption nested far deeper than a body may be', () => {
    let deep: SerializedNode = text('bottom');
    for (let level = 0; level < 10_000; level += 1) deep = mark([ID1], deep);
    const nodes = [figure({ caption: [deep] })];
    expect(() => withoutCommentMarks(nodes)).not.toThrow();
    expect(JSON.stringify(withoutCommentMarks(nodes))).not.toContain('bottom');
  });
});
