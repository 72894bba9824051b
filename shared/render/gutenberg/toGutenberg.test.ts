import { describe, expect, test } from 'vitest';
import { headingNode, listItemNode, listNode } from '../lexicalNodes';
import { outline } from '../testing/htmlOutline';
import { ENGLISH, LEAD_PHOTO, appeal, article, context, figure, text } from '../testing/fixtures';
import { parseBlocks } from './parseBlocks';
import { toGutenberg } from './toGutenberg';

const blocksOf = (markup: string) => parseBlocks(markup);
const markupOf = (...body: Parameters<typeof article>[0]) => toGutenberg(article(body), context);

describe('toGutenberg', () => {
  test('writes the English article as core blocks, in order', () => {
    expect(blocksOf(toGutenberg(ENGLISH, context)).map((block) => block.name)).toEqual([
      'core/image', 'core/paragraph', 'core/paragraph', 'core/paragraph', 'core/group', 'core/heading', 'core/paragraph',
      'core/quote', 'core/list', 'core/pullquote', 'core/paragraph', 'core/group',
    ]);
  });

  test('a figure is a core/image with its size, the asset and credit link under "copydesk", the credit in the caption', () => {
    const [image] = blocksOf(toGutenberg(ENGLISH, context));
    expect(image?.attrs).toEqual({ width: 2400, height: 1600, sizeSlug: 'large', copydesk: { asset: LEAD_PHOTO, creditUrl: 'https://www.reuters.com/' } });
    expect(outline(image!.innerHTML)).toBe('figure.wp-block-image.size-large(img figcaption.wp-element-caption(span.credit(a)))');
    expect(image?.innerHTML).toContain('alt="Grey waves breaking over a stone harbour wall"');
    expect(image?.innerHTML).toContain('Tuesday. <span class="credit"><a href="https://www.reuters.com/">Jane Smith / Reuters</a></span>');
  });

  test('headings say their level when it is not 2; ordered lists say so; nested lists sit inside their item', () => {
    const [h2, h3, list] = blocksOf(
      markupOf(
        headingNode('h2', [text('Two')]),
        headingNode('h3', [text('Three')]),
        listNode('number', 3, [listItemNode([text('one')], 3, 0), listItemNode([listNode('bullet', 1, [listItemNode([text('sub')], 1, 1)])], 4, 0)]),
      ),
    );
    expect(h2?.attrs).toEqual({});
    expect(h3?.attrs).toEqual({ level: 3 });
    expect(h3?.innerHTML).toBe('\n<h3 class="wp-block-heading">Three</h3>\n');
    expect(list?.attrs).toEqual({ ordered: true, start: 3 });
    const [item] = list!.innerBlocks;
    expect(item?.innerHTML).toBe('\n<li>one</li>\n');
    expect(item?.innerBlocks.map((block) => [block.name, block.attrs])).toEqual([['core/list', {}]]);
  });

  test('a quote holds paragraph blocks and a cite; a pull quote a p and a cite', () => {
    const [quote, pull] = blocksOf(toGutenberg(ENGLISH, context)).filter((block) => block.name.endsWith('quote'));
    expect(outline(quote!.innerHTML)).toBe('blockquote.wp-block-quote(cite)');
    expect(quote?.innerBlocks.map((block) => block.innerHTML)).toEqual(['\n<p>It was chaos.</p>\n', '\n<p>Nobody told us anything for six hours.</p>\n']);
    expect(outline(pull!.innerHTML)).toBe('figure.wp-block-pullquote(blockquote(p cite))');
  });

  test('an appeal is a synced pattern reference when the site has one, else a group with its text', () => {
    const body = [appeal('support-us', 3, 'donation')];
    const reference = toGutenberg(article(body), { ...context, syncedPatternRef: (id) => (id === 'support-us' ? 42 : undefined) });
    expect(reference).toBe('<!-- wp:block {"ref":42,"copydesk":{"appealId":"support-us","appealVersion":3,"kind":"donation"}} /-->');

    const [group] = blocksOf(toGutenberg(article(body), context));
    expect(group?.attrs).toEqual({ tagName: 'aside', className: 'appeal appeal--donation', copydesk: { appealId: 'support-us', appealVersion: 3, kind: 'donation' } });
    expect(group?.innerBlocks.map((block) => `${block.name}.${String(block.attrs.className)}`)).toEqual([
      'core/heading.appeal__heading', 'core/paragraph.appeal__body', 'core/buttons.appeal__frequencies', 'core/buttons.appeal__actions', 'core/paragraph.appeal__remind',
    ]);
    const frequencies = group!.innerBlocks[2]!.innerBlocks.map((button) => button.attrs.className);
    expect(frequencies).toEqual(['appeal__frequency is-style-outline', 'appeal__frequency appeal__frequency--default', 'appeal__frequency is-style-outline']);
  });

  test('an appeal the library lacks is left out unless the site has a pattern for it', () => {
    const body = [appeal('gone', 1, 'donation'), figure({ asset: { sha256: 'not a hash' } })];
    expect(toGutenberg(article(body), context)).toBe('');
    expect(toGutenberg(article(body), { ...context, syncedPatternRef: () => 9 })).toContain('"ref":9');
  });
});
