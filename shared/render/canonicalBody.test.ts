import { describe, expect, test } from 'vitest';
import { parseBody, type SerializedNode } from '../article/body';
import { canonicalBody } from './canonicalBody';
import { bodyOf, lineBreakNode, linkNode, listItemNode, listNode, paragraphNode, textNode } from './lexicalNodes';
import { LEAD_PHOTO, figure } from './testing/fixtures';

const canonical = (...nodes: SerializedNode[]) => canonicalBody(parseBody(JSON.stringify(bodyOf(nodes)))).root.children;
const item = (...children: SerializedNode[]) => listItemNode(children, 1, 0);

describe('canonicalBody', () => {
  test('merges same-format runs, drops empty ones and unknown format bits, reads tabs as text', () => {
    const [paragraph] = canonical(
      paragraphNode([textNode('a'), textNode(''), textNode('b', 128), { type: 'tab', text: '\t', format: 0 }, textNode('c', 1), lineBreakNode(), textNode('d')]),
    );
    expect(paragraph?.children).toEqual([textNode('ab\t'), textNode('c', 1), lineBreakNode(), textNode('d')]);
  });

  test('keeps safe links, turns autolinks into links, unwraps unsafe ones and drops empty ones', () => {
    const [paragraph] = canonical(
      paragraphNode([
        { ...linkNode('https://example.org', [textNode('web')]), type: 'autolink' },
        linkNode('javascript:alert(1)', [textNode(' script')]),
        textNode(' text'),
        linkNode('mailto:a@example.org', []),
      ]),
    );
    expect(paragraph?.children).toEqual([linkNode('https://example.org', [textNode('web')]), textNode(' script text')]);
  });

  test("writes nested lists as Lexical does and takes Lexical's defaults for presentation fields", () => {
    const nested = listNode('bullet', 7, [item(textNode('sub'))]);
    const [list] = canonical({ ...listNode('number', 2, [item(textNode('one'), nested), item()]), direction: 'ltr', indent: 3 });
    expect(list).toEqual(
      listNode('number', 2, [
        listItemNode([textNode('one')], 2, 0),
        listItemNode([listNode('bullet', 1, [listItemNode([textNode('sub')], 1, 1)])], 3, 0),
        listItemNode([], 4, 0),
      ]),
    );
  });

  test('reduces blocks to their schema fields and drops invalid ones and unknown nodes', () => {
    const nodes = canonical(figure({ extra: true, caption: [textNode('a'), textNode('b')] }), figure({ asset: { ...LEAD_PHOTO, bytes: 0 } }), { type: 'table', children: [] });
    expect(nodes).toEqual([
      { type: 'figure', version: 1, asset: LEAD_PHOTO, alt: '', caption: [textNode('ab')], credit: '', creditUrl: '' },
    ]);
  });
});
