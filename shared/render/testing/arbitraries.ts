// fast-check generators for article bodies as the editor stores them, hostile text included.
import fc from 'fast-check';
import type { SerializedNode } from '../../article/body';
import { IMAGE_TYPES } from '../../blocks/figure/schema';
import type { RenderableArticle } from '../article';
import { headingNode, lineBreakNode, linkNode, listItemNode, listNode, paragraphNode, textNode, type HeadingTag } from '../lexicalNodes';
import { LIBRARY, appeal, article } from './fixtures';

/** Pieces that try to end a comment, open a tag or confuse an escaper; Cyrillic and emoji. */
const TRICKY = [
  '<', '>', '&', '"', "'", '-->', '--', '---', '<!--', '<!-- wp:paragraph -->', '<!-- /wp:list -->', ' /-->', '</p>', '</li>',
  '<br>', '<span class="credit">', '&amp;', '&lt;', '&#39;', '\\', '\\"', '}', '{"', 'Привет', 'ёжик', 'Щука', 'Цапля',
  '😀', '👩🏽‍💻', '🇷🇺', ' ', '  ', '\u00a0', '\t', '\n', '\\u002d',
];

export const words: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom(...TRICKY)), { maxLength: 6 })
  .map((parts) => parts.join(''));

/** Any of Lexical's format bits, including ones Copydesk does not render (128 is highlight). */
const textRun = fc.record({ text: words, format: fc.integer({ min: 0, max: 255 }) }).map(({ text, format }) => textNode(text, format));

const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom('mailto:desk@example.org', 'https://example.org/?a="b"&c=<d>', 'javascript:alert(1)', 'data:text/html,x', ''),
);

const link = fc
  .record({ type: fc.constantFrom('link', 'autolink'), url, children: fc.array(textRun, { maxLength: 3 }) })
  .map(({ type, url: href, children }) => ({ ...linkNode(href, children), type }));

const inline = fc.array(fc.oneof({ weight: 4, arbitrary: textRun }, { weight: 1, arbitrary: link }, { weight: 1, arbitrary: fc.constant(lineBreakNode()) }), {
  maxLength: 6,
});

/** Presentation fields the editor may have set, which no renderer carries. */
const noise = fc.record({ direction: fc.constantFrom(null, 'ltr'), format: fc.constantFrom('', 'left', 'center'), indent: fc.integer({ min: 0, max: 2 }) });

const paragraph = fc.tuple(inline, noise).map(([children, extra]) => ({ ...paragraphNode(children), ...extra }));

const heading = fc
  .tuple(fc.constantFrom<HeadingTag>('h2', 'h3', 'h1', 'h4'), inline)
  .map(([tag, children]) => headingNode(tag, children));

const { list } = fc.letrec<{ list: SerializedNode; item: SerializedNode }>((tie) => ({
  list: fc
    .record({ listType: fc.constantFrom('bullet', 'number', 'check'), start: fc.integer({ min: 1, max: 5 }), items: fc.array(tie('item'), { maxLength: 4 }) })
    .map(({ listType, start, items }) => ({ ...listNode(listType === 'number' ? 'number' : 'bullet', start, items), listType })),
  item: fc.oneof(
    { maxDepth: 3 },
    inline.map((children) => listItemNode(children, 1, 0)),
    tie('list').map((nested) => listItemNode([nested], 1, 0)),
  ),
}));

const sha256 = fc.stringMatching(/^[0-9a-f]{64}$/);
const asset = fc.record({
  sha256,
  mime: fc.constantFrom(...IMAGE_TYPES),
  width: fc.integer({ min: 1, max: 8000 }),
  height: fc.integer({ min: 1, max: 8000 }),
  bytes: fc.integer({ min: 1, max: 50_000_000 }),
});

const figure = fc.record({
  type: fc.constant('figure'),
  version: fc.constant(1),
  asset,
  alt: words,
  caption: fc.array(fc.oneof({ weight: 3, arbitrary: textRun }, { weight: 1, arbitrary: link }), { maxLength: 4 }),
  credit: words,
  creditUrl: fc.oneof(fc.constant(''), url),
});

const quote = fc.record({
  type: fc.constant('blockquote'),
  version: fc.constant(1),
  text: fc.array(words, { maxLength: 3 }).map((lines) => lines.join('\n')),
  citation: words,
});

const pullQuote = fc.record({ type: fc.constant('pullquote'), version: fc.constant(1), text: words, attribution: words });

const appealBlock = fc.constantFrom(...LIBRARY).map((entry) => appeal(entry.id, entry.version, entry.kind));

/** Nodes every renderer must skip: an unknown type, a figure without its asset, stray text. */
const junk = fc.constantFrom<SerializedNode>(
  { type: 'table', children: [] },
  { type: 'figure', version: 1, alt: 'no asset', caption: [], credit: '', creditUrl: '' },
  { type: 'pullquote', version: 2, text: 'future version', attribution: '' },
  textNode('text at the top level'),
);

export const bodyNodes: fc.Arbitrary<SerializedNode[]> = fc.array(
  fc.oneof(
    { weight: 5, arbitrary: paragraph },
    { weight: 1, arbitrary: heading },
    { weight: 2, arbitrary: list },
    { weight: 2, arbitrary: figure },
    { weight: 1, arbitrary: quote },
    { weight: 1, arbitrary: pullQuote },
    { weight: 1, arbitrary: appealBlock },
    { weight: 1, arbitrary: junk },
  ),
  { maxLength: 10 },
);

export const articles: fc.Arbitrary<RenderableArticle> = fc
  .record({ body: bodyNodes, headline: words, standfirst: words, byline: words, language: fc.constantFrom('en' as const, 'ru' as const) })
  .map(({ body, language, ...fields }) => article(body, { ...fields, meta: { language } }));
