import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../article/body';
import { fromGutenberg } from './fromGutenberg';
import { parseBlocks } from './parseBlocks';

describe('parseBlocks', () => {
  test('reads names, attributes, inner blocks and the own HTML without them', () => {
    const [quote] = parseBlocks(
      '<!-- wp:quote {"className":"x"} -->\n<blockquote><!-- wp:paragraph -->\n<p>a</p>\n<!-- /wp:paragraph --><cite>b</cite></blockquote>\n<!-- /wp:quote -->',
    );
    expect(quote).toMatchObject({ name: 'core/quote', attrs: { className: 'x' }, innerHTML: '\n<blockquote><cite>b</cite></blockquote>\n' });
    expect(quote?.innerBlocks.map((block) => [block.name, block.innerHTML])).toEqual([['core/paragraph', '\n<p>a</p>\n']]);
  });

  test('keeps namespaces, reads void blocks, and drops HTML between blocks', () => {
    const blocks = parseBlocks('<p>loose</p><!-- wp:acme/chart {"id":1} /--><!-- wp:block {"ref":3} /-->');
    expect(blocks.map((block) => [block.name, block.attrs])).toEqual([
      ['acme/chart', { id: 1 }],
      ['core/block', { ref: 3 }],
    ]);
  });

  test('survives malformed markup: bad JSON, stray closers, unclosed blocks', () => {
    const blocks = parseBlocks('<!-- /wp:list --><!-- wp:paragraph {"a":} -->\n<p>x</p>\n<!-- wp:list -->');
    expect(blocks.map((block) => [block.name, block.attrs])).toEqual([['core/paragraph', {}]]);
    expect(blocks[0]?.innerBlocks.map((block) => block.name)).toEqual(['core/list']);
  });

  test('reads a delimiter that is not well formed as HTML, as WordPress does', () => {
    expect(parseBlocks('<!-- wp:paragraph {"a": -->\n<p>x</p>')).toEqual([]);
  });
});

const PIECES = [
  '<!-- wp:paragraph -->', '<!-- /wp:paragraph -->', '<!-- wp:list {"ordered":true} -->', '<!-- /wp:list -->', '<!-- wp:list-item -->',
  '<!-- /wp:list-item -->', '<!-- wp:image {"copydesk":{"asset":1}} -->', '<!-- wp:block {"ref":1,"copydesk":{}} /-->', '<!-- wp:quote -->',
  '<!-- wp:heading {"level":9} -->', '<p>', '</p>', '<li>', '</li>', '<a href="javascript:x">', '</a>', '<strong>', '<br>', '&amp;', '&#0;', '&#x110000;', '{', '}', '"',
];

test('fromGutenberg never throws and always gives a body the editor loads (1000 runs)', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string()), { maxLength: 40 }), (parts) => {
      expect(() => parseBody(fromGutenberg(parts.join('')))).not.toThrow();
    }),
    { numRuns: 1000 },
  );
});

test('fromGutenberg reads deeply nested lists without exceeding the body depth limit', () => {
  const depth = 200;
  const markup = '<!-- wp:list --><ul><!-- wp:list-item --><li>x'.repeat(depth) + '</li><!-- /wp:list-item --></ul><!-- /wp:list -->'.repeat(depth);
  expect(() => parseBody(fromGutenberg(markup))).not.toThrow();
});
