import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_BODY_DEPTH, parseBody, type SerializedBody, type SerializedNode } from '../article/body';
import { DEFAULT_META, type ArticleMeta } from '../article/meta';
import { TEXT_FORMAT } from '../blocks/inline';
import { headingNode, linkNode, listItemNode, listNode } from '../render/lexicalNodes';
import { articles } from '../render/testing/arbitraries';
import { commentId, mark } from '../render/testing/commentMarks';
import { ENGLISH, RUSSIAN, appeal, bold, figure, p, pullQuote, quote, text } from '../render/testing/fixtures';
import { checkArticle, type ChecklistInput, type ChecklistItem } from './checklist';
import { thread } from './testing/reviews';

// Room for a busy machine: these run many cases; nothing in them is timed.
const LONG_RUN = { timeout: 30_000 };

const GOOD_META: ArticleMeta = { ...DEFAULT_META, seoTitle: 'Storm closes Dover', seoDescription: 'Ferries were halted as gales shut the port.' };
const DONATION = appeal('support-us', 3, 'donation');
const PHOTO = figure({ alt: 'Waves over a harbour wall', credit: 'Jane Smith / Reuters', caption: [text('Waves in Dover.')] });

const bodyOf = (...children: unknown[]): SerializedBody => ({ root: { type: 'root', children: children as SerializedNode[] } });

/** A clean English article whose body is `children`, then a donation appeal. */
function input(children: SerializedNode[], fields: Partial<ChecklistInput> = {}): ChecklistInput {
  return {
    headline: 'Ferries halted as storm closes Dover',
    standfirst: 'Hundreds of drivers spent the night in their cabs.',
    body: bodyOf(...children, DONATION),
    meta: GOOD_META,
    review: { comments: [] },
    ...fields,
  };
}

const check = (children: SerializedNode[], fields: Partial<ChecklistInput> = {}) => checkArticle(input(children, fields));
const summary = (items: ChecklistItem[]) => items.map((item) => `${item.severity} ${item.id}: ${item.message}`);

describe('a clean article', () => {
  test('has nothing on its checklist, in English or Russian', () => {
    expect(check([PHOTO, p(text('Crossings were suspended on Tuesday.')), quote('“It was chaos.”', 'Maria Lopez')])).toEqual([]);
    const russian = check([figure({ alt: 'Волны у причала', credit: 'Иван Петров / ТАСС', caption: [text('Волны в Новороссийске.')] }), p(text('«Мы не выйдем в море», — сказал капитан.'))], {
      headline: 'Шторм остановил паромы',
      standfirst: 'Сотни водителей провели ночь в очереди.',
      meta: { ...GOOD_META, language: 'ru' },
    });
    expect(russian).toEqual([]);
  });

  test('the real fixtures only lack an SEO description', () => {
    for (const fixture of [ENGLISH, RUSSIAN]) {
      const items = checkArticle({ ...fixture, body: parseBody(fixture.body), review: { comments: [] } });
      expect(items.map((item) => item.id)).toEqual(['seoDescriptionEmpty:seoDescription']);
    }
  });
});

describe('placeholders', () => {
  test('in a paragraph: the text node and the range within it', () => {
    const items = check([p(text('Police said '), bold('TK people'), text(' were hurt.'))]);
    expect(items).toEqual([
      { id: 'placeholder:0', kind: 'placeholder', severity: 'error', message: 'Placeholder “TK” in paragraph 1', target: { path: [0, 1], offset: 0, length: 2 } },
    ]);
  });

  test('counts and lists several in one place; paragraphs are numbered as a reader sees them', () => {
    const items = check([p(text('First.')), p(), p(text('XX dead, [NAME] said, TK and TK.'))]);
    expect(items).toMatchObject([
      { id: 'placeholder:2', message: '4 placeholders (“XX”, “[NAME]”, “TK”) in paragraph 2', target: { path: [2, 0], offset: 0, length: 2 } },
    ]);
  });

  test('in the headline, standfirst and SEO fields, with the range in the field', () => {
    const items = check([p(text('Body.'))], {
      headline: 'Storm kills TK',
      standfirst: 'Lorem ipsum.',
      meta: { ...GOOD_META, seoTitle: 'Storm [TBC]', seoDescription: 'ХХ человек погибли' },
    });
    expect(items.map((item) => [item.id, item.target])).toEqual([
      ['placeholder:headline', { field: 'headline', offset: 12, length: 2 }],
      ['placeholder:standfirst', { field: 'standfirst', offset: 0, length: 11 }],
      ['placeholder:seoTitle', { field: 'seoTitle', offset: 6, length: 5 }],
      ['placeholder:seoDescription', { field: 'seoDescription', offset: 0, length: 2 }],
    ]);
  });

  test('in Russian copy, in headings, lists, captions, credits, alt text, quotes and pull quotes', () => {
    const items = check(
      [
        headingNode('h2', [text('Подробности ТК')]),
        listNode('bullet', 1, [listItemNode([text('Первый пункт')], 1, 0), listItemNode([text('Второй: ТК')], 2, 0)]),
        figure({ alt: 'Фото TK', credit: 'XX / ТАСС', caption: [text('Подпись '), linkNode('https://example.org/', [text('[ССЫЛКА]')])] }),
        quote('Это был ТК.', 'ТК'),
        pullQuote('Lorem ipsum', 'TK'),
      ],
      { meta: { ...GOOD_META, language: 'ru' } },
    );
    expect(items.map((item) => item.message)).toEqual([
      'Placeholder “ТК” in heading 1',
      'Placeholder “ТК” in item 2 of list 1',
      'Placeholder “[ССЫЛКА]” in the caption of figure 1',
      'Placeholder “XX” in the credit of figure 1',
      'Placeholder “TK” in the alt text of figure 1',
      'Placeholder “ТК” in quote 1',
      'Placeholder “ТК” in the citation of quote 1',
      'Placeholder “Lorem ipsum” in pull quote 1',
      'Placeholder “TK” in the attribution of pull quote 1',
    ]);
    expect(items[1]?.target).toEqual({ path: [1, 1, 0], offset: 8, length: 2 });
    expect(items[2]?.target).toEqual({ path: [2], part: 'caption', offset: 8, length: 8 });
    expect(items[5]?.target).toEqual({ path: [3], part: 'text', offset: 8, length: 2 });
  });

  test('through comment marks and links, the path is the stored one', () => {
    const items = check([p(text('Said '), mark([commentId(1)], text('by '), linkNode('https://example.org/', [text('TK')])))]);
    expect(items[0]?.target).toEqual({ path: [0, 1, 1, 0], offset: 0, length: 2 });
  });

  test('in nested list items, numbered through the whole list', () => {
    const nested = listNode('bullet', 1, [listItemNode([text('Inner TK')], 1, 1)]);
    const items = check([listNode('number', 1, [listItemNode([text('Outer')], 1, 0), listItemNode([nested], 2, 0), listItemNode([text('Last TK')], 3, 0)])]);
    expect(items.map((item) => [item.message, item.target])).toEqual([
      ['Placeholder “TK” in item 2 of list 1', { path: [0, 1, 0, 0, 0], offset: 6, length: 2 }],
      ['Placeholder “TK” in item 3 of list 1', { path: [0, 2, 0], offset: 5, length: 2 }],
    ]);
  });
});

describe('figures', () => {
  test('without alt text or credit (errors), with an empty caption (warning)', () => {
    const items = check([PHOTO, figure({ alt: '  ', credit: '', caption: [] })]);
    expect(summary(items)).toEqual([
      'error figureAlt:1: Figure 2 has no alt text',
      'error figureCredit:1: Figure 2 has no credit',
      'warning figureCaption:1: Figure 2 has an empty caption',
    ]);
    expect(items.map((item) => item.target)).toEqual([
      { path: [1], part: 'alt' },
      { path: [1], part: 'credit' },
      { path: [1], part: 'caption' },
    ]);
  });

  test('a caption of spaces and empty runs is empty', () => {
    const items = check([figure({ alt: 'a', credit: 'b', caption: [text(' '), linkNode('https://example.org/', [])] })]);
    expect(items.map((item) => item.kind)).toEqual(['figureCaption']);
  });
});

describe('review comments', () => {
  test('one item for all open comments, pointing at the first open one’s mark', () => {
    const [open1, open2, done] = [thread(1, false), thread(2, false), thread(3, true)];
    const body = [p(text('Calm '), mark([done.id], text('seas'))), p(text('Then '), mark([open2.id, open1.id], text('storms')))];
    const items = check(body, { review: { comments: [done, open1, open2] } });
    expect(items).toEqual([
      { id: 'openComments:review', kind: 'openComments', severity: 'error', message: '2 review comments are still open', target: { path: [1, 1], thread: open1.id } },
    ]);
  });

  test('a thread whose text was deleted still counts, and points at the body', () => {
    const items = check([p(text('All rewritten.'))], { review: { comments: [thread(5, false)] } });
    expect(items).toMatchObject([{ message: '1 review comment is still open', target: { path: [], thread: thread(5, false).id } }]);
  });

  test('resolved comments are not on the list', () => {
    expect(check([p(text('Fine.'))], { review: { comments: [thread(1, true)] } })).toEqual([]);
  });
});

describe('lengths', () => {
  test('an empty headline is an error; a long one a warning, counted in characters', () => {
    expect(summary(check([p(text('Body.'))], { headline: '   ' }))).toEqual(['error headlineEmpty:headline: The headline is empty']);
    const long = 'Ш'.repeat(101);
    expect(summary(check([p(text('Body.'))], { headline: long }))).toEqual([
      'warning headlineLong:headline: The headline is 101 characters long; keep it to 100',
    ]);
    expect(check([p(text('Body.'))], { headline: '🌊'.repeat(100) })).toEqual([]);
  });

  test('SEO title over 60 and description over 160 characters; no description at all', () => {
    const items = check([p(text('Body.'))], { meta: { ...GOOD_META, seoTitle: 'a'.repeat(61), seoDescription: 'б'.repeat(161) } });
    expect(summary(items)).toEqual([
      'warning seoTitleLong:seoTitle: The SEO title is 61 characters long; search results show about 60',
      'warning seoDescriptionLong:seoDescription: The SEO description is 161 characters long; search results show about 160',
    ]);
    expect(check([p(text('Body.'))], { meta: { ...GOOD_META, seoTitle: 'a'.repeat(60), seoDescription: 'b'.repeat(160) } })).toEqual([]);
    expect(summary(check([p(text('Body.'))], { meta: { ...GOOD_META, seoTitle: '', seoDescription: ' ' } }))).toEqual([
      'warning seoDescriptionEmpty:seoDescription: There is no SEO description: search engines will pick a snippet themselves',
    ]);
  });
});

describe('typography', () => {
  test('straight quotes: the advice follows the language', () => {
    const body = [p(text('He said "no".'))];
    expect(check(body)[0]).toMatchObject({ id: 'straightQuotes:0', severity: 'warning', message: '2 straight quotes in paragraph 1: use “ ” and ‘ ’ in English', target: { path: [0, 0], offset: 8, length: 1 } });
    expect(check([p(text('Он сказал: "нет".'))], { meta: { ...GOOD_META, language: 'ru' } })[0]?.message).toBe('2 straight quotes in paragraph 1: use « » in Russian');
    expect(check([p(text('He said "no".'))], { language: 'ru' })[0]?.message).toMatch(/« » in Russian$/);
  });

  test('code keeps its straight quotes and spaces; alt text and SEO fields are not typeset', () => {
    const code = text('x = "a"  + \'b\'', TEXT_FORMAT.code);
    expect(check([p(text('Run '), code, text('.'))])).toEqual([]);
    expect(check([figure({ alt: 'A "storm"  sign', credit: 'c', caption: [text('d')] })])).toEqual([]);
    expect(check([p(text('Body.'))], { meta: { ...GOOD_META, seoTitle: 'The "storm"  arrives' } })).toEqual([]);
  });

  test('double spaces, counted per place', () => {
    const items = check([p(text('One.  Two.  Three.')), quote('Это  был хаос.', 'Мария')]);
    expect(summary(items)).toEqual(['warning doubleSpace:0: 2 double spaces in paragraph 1', 'warning doubleSpace:1.text: A double space in quote 1']);
    expect(items[1]?.target).toEqual({ path: [1], part: 'text', offset: 3, length: 2 });
  });
});

describe('appeals', () => {
  test('the same library entry placed twice is an error, pointing at the second', () => {
    const items = checkArticle({ ...input([]), body: bodyOf(appeal('morning-briefing', 2, 'newsletter'), p(text('Body.')), appeal('morning-briefing', 1, 'newsletter'), DONATION) });
    expect(summary(items)).toEqual(['error appealDuplicate:morning-briefing: The newsletter sign-up “morning-briefing” is placed twice']);
    expect(items[0]?.target).toEqual({ path: [2] });
    const thrice = checkArticle({ ...input([]), body: bodyOf(DONATION, DONATION, p(text('x')), DONATION) });
    expect(thrice[0]?.message).toBe('The donation appeal “support-us” is placed 3 times');
  });

  test('no donation appeal at the end: missing, or somewhere else; blank lines after it do not count', () => {
    const none = checkArticle({ ...input([]), body: bodyOf(p(text('Body.')), appeal('podcast', 1, 'banner')) });
    expect(none).toEqual([
      { id: 'donationAppealNotLast:body', kind: 'donationAppealNotLast', severity: 'warning', message: 'There is no donation appeal at the end of the article', target: { path: [0] } },
    ]);
    const early = checkArticle({ ...input([]), body: bodyOf(DONATION, p(text('Body.'))) });
    expect(early).toMatchObject([{ message: 'The donation appeal is not at the end of the article', target: { path: [0] } }]);
    expect(checkArticle({ ...input([]), body: bodyOf(p(text('Body.')), DONATION, p(), p(text(' '))) })).toEqual([]);
    // The site-wide banner comes after the closing appeal, as in the sample article.
    expect(checkArticle({ ...input([]), body: bodyOf(p(text('Body.')), DONATION, appeal('podcast', 1, 'banner')) })).toEqual([]);
    expect(checkArticle({ ...input([]), body: bodyOf() })).toMatchObject([{ kind: 'donationAppealNotLast', target: { path: [] } }]);
  });

  test('an appeal that fails its schema is not an appeal', () => {
    const items = checkArticle({ ...input([]), body: bodyOf(p(text('Body.')), { type: 'appeal', appealId: 'BAD ID', appealVersion: 0 }) });
    expect(items.map((item) => item.kind)).toEqual(['donationAppealNotLast']);
  });
});

describe('hostile bodies never throw', () => {
  const hostile: [string, unknown][] = [
    ['no root', {}],
    ['root without children', { root: { type: 'root' } }],
    ['children not a list', { root: { type: 'root', children: 'x' } }],
    ['null and numbers as nodes', { root: { type: 'root', children: [null, 3, 'text', []] } }],
    ['unknown node types', { root: { type: 'root', children: [{ type: 'table', children: [p(text('TK'))] }, { type: 'figure' }, { type: 'blockquote', text: 7 }] } }],
    ['text that is not a string', { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: { toString: 1 } }, { type: 'linebreak' }] }] } }],
    ['a caption that is an object', { root: { type: 'root', children: [{ type: 'figure', caption: { 0: 'TK' }, alt: ['TK'], credit: null }] } }],
  ];

  test.each(hostile)('%s', (_name, body) => {
    expect(() => checkArticle({ ...input([]), body: body as SerializedBody })).not.toThrow();
  });

  test('nesting far deeper than a body may be', () => {
    let inline: SerializedNode = text('TK');
    let list: SerializedNode = listNode('bullet', 1, [listItemNode([text('TK')], 1, 0)]);
    for (let level = 0; level < 50_000; level += 1) {
      inline = level % 2 ? mark([commentId(1)], inline) : linkNode('https://example.org/', [inline]);
      list = listNode('bullet', 1, [listItemNode([list], 1, 0)]);
    }
    const items = checkArticle({ ...input([]), body: bodyOf(p(inline), list), review: { comments: [thread(1, false)] } });
    expect(items.map((item) => item.kind)).toEqual(['donationAppealNotLast', 'openComments']);
    expect(MAX_BODY_DEPTH).toBeLessThan(50_000);
  });

  test('a huge text: one item per kind, at the first occurrence', LONG_RUN, () => {
    const huge = `${'word  "x" '.repeat(200_000)}TK`;
    const items = check([p(text(huge))]);
    expect(items.map((item) => [item.kind, item.message])).toEqual([
      ['placeholder', 'Placeholder “TK” in paragraph 1'],
      ['straightQuotes', '400000 straight quotes in paragraph 1: use “ ” and ‘ ’ in English'],
      ['doubleSpace', '200000 double spaces in paragraph 1'],
    ]);
  });

  test('random article bodies (300 runs)', LONG_RUN, () => {
    fc.assert(
      fc.property(articles, (article) => {
        const items = checkArticle({ ...article, body: parseBody(article.body), review: { comments: [] } });
        for (const item of items) expect(item.message).toMatch(/^[A-Z0-9]/);
        expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
      }),
      { numRuns: 300 },
    );
  });
});
