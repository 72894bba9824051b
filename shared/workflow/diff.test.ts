import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { SerializedNode } from '../article/body';
import { bodyPlainText } from '../article/plainText';
import { inlineText } from '../render/inlineText';
import { bodyOf, headingNode, linkNode } from '../render/lexicalNodes';
import { articles } from '../render/testing/arbitraries';
import { commentId, mark } from '../render/testing/commentMarks';
import { ENGLISH, LEAD_PHOTO, RUSSIAN, appeal, bold, figure, list, p, pullQuote, quote, text } from '../render/testing/fixtures';
import { diffArticles, type ArticleDiff, type BlockDiff, type DiffableArticle } from './diff';
import { wordTokens } from './wordDiff';

// Room for a busy machine: these run many cases; nothing in them is timed.
const LONG_RUN = { timeout: 30_000 };

const RUNS = 200;

const version = (body: SerializedNode[], headline = 'Ferries halted', standfirst = ''): DiffableArticle => ({ headline, standfirst, body: JSON.stringify(bodyOf(body)) });

/** Each block as `status Kind: text`, changed ones with [-removed-] and {+added+}. */
const readout = (diff: ArticleDiff) =>
  diff.blocks.map((block) => `${block.status} ${block.kind}: ${block.segments.map(({ op, text }) => (op === 'removed' ? `[-${text}-]` : op === 'added' ? `{+${text}+}` : text)).join('')}`);

/** A side of the diff read back: the texts of the blocks it had, in order. */
const side = (blocks: readonly BlockDiff[], which: 'removed' | 'added') =>
  blocks
    .filter((block) => block.status !== (which === 'removed' ? 'added' : 'removed'))
    .map((block) => block.segments.filter((segment) => segment.op === 'same' || segment.op === which).map((segment) => segment.text).join(''));

const PHOTO = figure({ caption: [text('Waves break over the harbour wall.')], credit: 'Jane Smith / Reuters', alt: 'Grey waves' });

describe('diffArticles', () => {
  test('headline and standfirst, word by word', () => {
    const diff = diffArticles(version([], 'Ferries halted as storm closes Dover', 'Hundreds stranded.'), version([], 'Ferries halted as gales close Dover', 'Hundreds stranded.'));
    expect(diff.headline).toEqual({
      changed: true,
      segments: [
        { op: 'same', text: 'Ferries halted as ' },
        { op: 'removed', text: 'storm closes' },
        { op: 'added', text: 'gales close' },
        { op: 'same', text: ' Dover' },
      ],
    });
    expect(diff.standfirst).toEqual({ changed: false, segments: [{ op: 'same', text: 'Hundreds stranded.' }] });
    expect(diff).toMatchObject({ changed: true, exact: true, blocks: [] });
  });

  test('blocks kept, added, removed and edited, each with its kind', () => {
    const before = version([
      PHOTO,
      p(text('Crossings were suspended on Tuesday.')),
      p(text('A paragraph the editor cut.')),
      headingNode('h2', [text('Hundreds stranded')]),
      quote('It was chaos.', 'Maria Lopez'),
      appeal('support-us', 3, 'donation'),
    ]);
    const after = version([
      PHOTO,
      p(text('Crossings were '), bold('suspended'), text(' on Wednesday.')),
      headingNode('h2', [text('Hundreds stranded')]),
      pullQuote('Nobody told us anything', 'Maria Lopez'),
      quote('It was total chaos.', 'Maria Lopez, a driver'),
      appeal('support-us', 4, 'donation'),
    ]);
    expect(readout(diffArticles(before, after))).toEqual([
      'same Figure: Waves break over the harbour wall.\nCredit: Jane Smith / Reuters\nAlt text: Grey waves',
      'changed Paragraph: Crossings were suspended on [-Tuesday-]{+Wednesday+}.',
      'removed Paragraph: [-A paragraph the editor cut.-]',
      'same Heading: Hundreds stranded',
      'added Pull quote: {+Nobody told us anything\n— Maria Lopez+}',
      'changed Quote: It was {+total +}chaos.\n— Maria Lopez{+, a driver+}',
      'changed Appeal: Donation appeal “support-us”, version [-3-]{+4+}',
    ]);
  });

  test('a figure’s caption, credit and alt text are its text; a new photo is noted', () => {
    const edited = figure({ caption: [text('Waves break over the sea wall.')], credit: 'Reuters', alt: 'Grey waves' });
    const [caption] = diffArticles(version([PHOTO]), version([edited])).blocks;
    expect(caption).toMatchObject({ status: 'changed', kind: 'Figure' });
    expect(caption!.note).toBeUndefined();
    expect(readout({ blocks: [caption!] } as ArticleDiff)).toEqual(['changed Figure: Waves break over the [-harbour-]{+sea+} wall.\nCredit: [-Jane Smith / -]Reuters\nAlt text: Grey waves']);

    const newPhoto = { ...PHOTO, asset: { ...LEAD_PHOTO, sha256: 'b4'.repeat(32) } };
    expect(diffArticles(version([PHOTO]), version([newPhoto])).blocks).toEqual([
      { status: 'changed', kind: 'Figure', note: 'The photo was replaced.', segments: [{ op: 'same', text: 'Waves break over the harbour wall.\nCredit: Jane Smith / Reuters\nAlt text: Grey waves' }] },
    ]);
  });

  test('a rewritten paragraph is one removed and one added, not a tangle of words', () => {
    const diff = diffArticles(version([p(text('The port said the closure could last into Wednesday.'))]), version([p(text('Drivers described a night in their cabs.'))]));
    expect(readout(diff)).toEqual(['removed Paragraph: [-The port said the closure could last into Wednesday.-]', 'added Paragraph: {+Drivers described a night in their cabs.+}']);
  });

  test('lists item by item, nested items indented', () => {
    const before = version([list('bullet', [text('Dover: cancelled')], [list('bullet', [text('two hours')])])]);
    const after = version([list('bullet', [text('Dover: cancelled')], [list('bullet', [text('three hours')])], [text('Folkestone: running')])]);
    expect(readout(diffArticles(before, after))).toEqual(['changed List: Dover: cancelled\n  [-two-]{+three+} hours{+\nFolkestone: running+}']);
  });

  test('Russian text is compared word by word', () => {
    const before = version([p(text('Паромное сообщение приостановлено во вторник.'))], 'Шторм остановил паромы');
    const after = version([p(text('Паромное сообщение возобновлено в среду.'))], 'Шторм остановил все паромы');
    const diff = diffArticles(before, after);
    expect(diff.headline.segments).toEqual([
      { op: 'same', text: 'Шторм остановил ' },
      { op: 'added', text: 'все ' },
      { op: 'same', text: 'паромы' },
    ]);
    expect(readout(diff)).toEqual(['changed Paragraph: Паромное сообщение [-приостановлено во вторник-]{+возобновлено в среду+}.']);
  });

  test('comment marks, formatting of the same words and blank lines are not changes', () => {
    const before = version([p(text('Winds of up to 90mph battered the coast.'))]);
    const after = version([
      p(),
      p(text('Winds of '), mark([commentId(1)], text('up to 90mph')), linkNode('javascript:alert(1)', [text(' battered')]), text(' the coast.')),
      p(text(' ')),
    ]);
    expect(diffArticles(before, after)).toMatchObject({ changed: false, exact: true, blocks: [{ status: 'same', kind: 'Paragraph' }] });
  });

  test('the fixtures against themselves: nothing changed; against each other: both sides read back', () => {
    for (const fixture of [ENGLISH, RUSSIAN]) {
      const diff = diffArticles(fixture, fixture);
      expect(diff.changed).toBe(false);
      expect(diff.blocks.every((block) => block.status === 'same')).toBe(true);
    }
    const across = diffArticles(ENGLISH, RUSSIAN);
    expect(side(across.blocks, 'removed')).toEqual(side(diffArticles(ENGLISH, ENGLISH).blocks, 'removed'));
    expect(side(across.blocks, 'added')).toEqual(side(diffArticles(RUSSIAN, RUSSIAN).blocks, 'added'));
  });

  test(`random versions: both articles read back from the diff, in order (${RUNS} runs)`, LONG_RUN, () => {
    fc.assert(
      fc.property(articles, articles, fc.constantFrom(undefined, 0, 50), (before, after, budget) => {
        const diff = diffArticles(before, after, { budget });
        expect(side(diff.blocks, 'removed')).toEqual(side(diffArticles(before, before).blocks, 'removed'));
        expect(side(diff.blocks, 'added')).toEqual(side(diffArticles(after, after).blocks, 'added'));
        expect(side([{ status: 'changed', kind: 'Paragraph', segments: diff.headline.segments }], 'removed')).toEqual([before.headline]);
        expect(side([{ status: 'changed', kind: 'Paragraph', segments: diff.standfirst.segments }], 'added')).toEqual([after.standfirst]);
      }),
      { numRuns: RUNS },
    );
  });

  test('a body that is not a Lexical document is refused with a readable error', () => {
    expect(() => diffArticles(version([]), { headline: '', standfirst: '', body: '{"root":' })).toThrow('body is not valid JSON');
  });
});

describe('large articles stay bounded', () => {
  // Counted with the diff's own tokens: Intl.Segmenter (countWords) takes minutes on one 50,000-word string in Node 20.
  const wordCount = (article: DiffableArticle) => wordTokens(bodyPlainText(article.body)).filter((token) => /^[\p{L}\p{N}]/u.test(token)).length;
  // Twenty words each.
  const sentence = (n: number, lang: 'en' | 'ru') =>
    lang === 'en'
      ? `Paragraph ${n} tells how the storm closed the port and stranded hundreds of drivers on the coast road near Dover`
      : `Абзац ${n} рассказывает, как сильный шторм закрыл морской порт и оставил сотни водителей ночевать прямо на прибрежной дороге у Керчи`;
  const paragraphs = (count: number, wordsEach: number, lang: 'en' | 'ru', edit: (n: number) => string = () => '') =>
    Array.from({ length: count }, (_, n) => p(text(`${Array.from({ length: wordsEach / 20 }, () => sentence(n, lang)).join('. ')}${edit(n)}.`)));

  test('50,000 words with a word changed in every tenth paragraph: exact, block by block', LONG_RUN, () => {
    const before = version(paragraphs(500, 100, 'en'));
    expect(wordCount(before)).toBe(50_000);
    const after = version(paragraphs(500, 100, 'en', (n) => (n % 10 === 0 ? ' again' : '')));
    const diff = diffArticles(before, after);
    expect(diff.exact).toBe(true);
    expect(diff.blocks.filter((block) => block.status === 'changed')).toHaveLength(50);
    expect(diff.blocks.filter((block) => block.status === 'same')).toHaveLength(450);
    expect(diff.blocks[0]!.segments.at(-2)).toEqual({ op: 'added', text: ' again' });
  });

  test('one paragraph of 50,000 words with a word changed in every sentence: coarse, still correct', LONG_RUN, () => {
    const [long] = paragraphs(1, 50_000, 'en');
    const before = version([long!]);
    expect(wordCount(before)).toBe(50_000);
    const after = version([p(text(inlineText(long!.children!).replace(/storm/g, 'gale')))]);
    const diff = diffArticles(before, after);
    expect(diff.exact).toBe(false);
    expect(diff.blocks.map((block) => [block.status, block.segments.length])).toEqual([['changed', 4]]);
    expect(side(diff.blocks, 'removed')).toEqual(side(diffArticles(before, before).blocks, 'removed'));
    expect(side(diff.blocks, 'added')).toEqual(side(diffArticles(after, after).blocks, 'added'));
  });

  test('the same paragraph with a generous budget is compared word by word', () => {
    const [long] = paragraphs(1, 2_000, 'en');
    const after = version([p(text(inlineText(long!.children!).replace(/storm/g, 'gale')))]);
    const diff = diffArticles(version([long!]), after, { budget: 100_000_000 });
    expect(diff.exact).toBe(true);
    expect(diff.blocks[0]!.segments.filter((segment) => segment.op === 'added').map((segment) => segment.text)).toEqual(new Array(100).fill('gale'));
  });

  test('one paragraph of 50,000 words against an entirely different one: removed and added whole', LONG_RUN, () => {
    const before = version(paragraphs(1, 50_000, 'en'));
    const after = version(paragraphs(1, 50_000, 'ru'));
    expect(wordCount(after)).toBe(50_000);
    expect(diffArticles(before, after).blocks.map((block) => [block.status, block.segments.length])).toEqual([
      ['removed', 1],
      ['added', 1],
    ]);
  });

  test('5,000 paragraphs all rewritten: coarse at the block level, still readable', LONG_RUN, () => {
    const before = version(paragraphs(5_000, 20, 'en'));
    const after = version(paragraphs(5_000, 20, 'ru'));
    const diff = diffArticles(before, after);
    expect(diff.exact).toBe(false);
    expect(diff.blocks).toHaveLength(10_000);
    expect(side(diff.blocks, 'added')).toEqual(side(diffArticles(after, after).blocks, 'added'));
  });
});
