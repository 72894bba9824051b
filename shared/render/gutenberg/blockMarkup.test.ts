import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { blockMarkup, encodeBlockAttributes } from './blockMarkup';
import { parseBlocks } from './parseBlocks';

const RUNS = 500;

describe('block attributes in a comment', () => {
  test('escape what could end the comment or open a tag, as WordPress does', () => {
    expect(encodeBlockAttributes({ text: 'a --> <b> & "c"' })).toBe('{"text":"a \\u002d\\u002d\\u003e \\u003cb\\u003e \\u0026 \\u0022c\\u0022"}');
  });

  test('keep a trailing backslash intact (WordPress turns `"a\\\\"` into broken JSON)', () => {
    const encoded = encodeBlockAttributes({ text: 'a\\' });
    expect(encoded).toBe('{"text":"a\\\\"}');
    expect(JSON.parse(encoded)).toEqual({ text: 'a\\' });
  });

  test('leave Cyrillic, emoji and slashes readable', () => {
    expect(encodeBlockAttributes({ text: 'Привет 😀 https://example.org/a' })).toBe('{"text":"Привет 😀 https://example.org/a"}');
  });

  test(`any JSON value survives, and the comment never holds "--", "<" or ">" (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'grapheme' }), (value, html) => {
        const markup = blockMarkup('paragraph', { value }, html.replace(/<!--/g, ''));
        const comment = markup.slice(0, markup.indexOf('-->'));
        expect(comment.slice('<!--'.length)).not.toMatch(/--|<|>/);
        const [block] = parseBlocks(markup);
        expect(block?.attrs).toEqual({ value: JSON.parse(JSON.stringify(value)) as unknown });
      }),
      { numRuns: RUNS },
    );
  });
});

test('a void block has no closer; attributes that are all undefined are left out', () => {
  expect(blockMarkup('block', { ref: 7 }, null)).toBe('<!-- wp:block {"ref":7} /-->');
  expect(blockMarkup('paragraph', { className: undefined }, '<p>x</p>')).toBe('<!-- wp:paragraph -->\n<p>x</p>\n<!-- /wp:paragraph -->');
});
