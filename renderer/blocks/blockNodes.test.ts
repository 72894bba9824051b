import { describe, expect, test } from 'vitest';
import { $getRoot, createEditor, type LexicalNode } from 'lexical';
import type { ZodType } from 'zod';
import { AppealBlock } from '../../shared/blocks/appeal/schema';
import { FigureBlock } from '../../shared/blocks/figure/schema';
import { PullQuoteBlock } from '../../shared/blocks/pullquote/schema';
import { QuoteBlock } from '../../shared/blocks/quote/schema';
import { articleNodes } from '../editor/nodes';
import { $createAppealNode } from './appeal/AppealNode';
import { $createFigureNode } from './figure/FigureNode';
import { $createPullQuoteNode } from './pullquote/PullQuoteNode';
import { $createQuoteNode } from './quote/QuoteNode';

const SHA = 'a'.repeat(64);

const cases: Array<{ name: string; schema: ZodType; keys: string[]; create: () => LexicalNode; invalid: object }> = [
  {
    name: 'figure',
    schema: FigureBlock,
    keys: ['type', 'version', 'asset', 'alt', 'caption', 'credit', 'creditUrl'],
    create: () =>
      $createFigureNode({
        asset: { sha256: SHA, mime: 'image/jpeg', width: 1600, height: 900, bytes: 123_456 },
        alt: 'Sandbags stacked at the fire station',
        caption: [
          { type: 'text', text: 'Volunteers at work, ', format: 0 },
          { type: 'text', text: 'Tuesday', format: 2 },
          { type: 'link', url: 'https://example.org/flood', children: [{ type: 'text', text: ' (map)', format: 0 }] },
        ],
        credit: 'Ana Ruiz / Desk',
        creditUrl: 'https://example.org/ana',
      }),
    invalid: { type: 'figure', version: 1, asset: { sha256: 'nope' }, alt: '', caption: [], credit: '', creditUrl: '' },
  },
  {
    name: 'blockquote',
    schema: QuoteBlock,
    keys: ['type', 'version', 'text', 'citation'],
    create: () => $createQuoteNode({ text: 'We were not told.\nNobody came.', citation: 'A resident' }),
    invalid: { type: 'blockquote', version: 2, text: '', citation: '' },
  },
  {
    name: 'pullquote',
    schema: PullQuoteBlock,
    keys: ['type', 'version', 'text', 'attribution'],
    create: () => $createPullQuoteNode({ text: 'The water came in an hour', attribution: 'Fire chief' }),
    invalid: { type: 'pullquote', version: 1, text: 1, attribution: '' },
  },
  {
    name: 'appeal',
    schema: AppealBlock,
    keys: ['type', 'version', 'appealId', 'appealVersion', 'kind'],
    create: () => $createAppealNode({ appealId: 'donation', appealVersion: 3, kind: 'donation' }),
    invalid: { type: 'appeal', version: 1, appealId: 'Bad Id!', appealVersion: 0, kind: 'donation' },
  },
];

function editor() {
  return createEditor({ namespace: 'test', nodes: [...articleNodes], onError: (error) => { throw error; } });
}

describe.each(cases)('$name node', ({ schema, keys, create, invalid }) => {
  test('exportJSON is exactly the block schema', () => {
    let json: object = {};
    editor().update(() => (json = create().exportJSON()), { discrete: true });
    expect(schema.safeParse(json).success).toBe(true);
    expect(Object.keys(json).sort()).toEqual([...keys].sort());
    expect(json).toMatchObject({ version: 1 });
  });

  test('a body holding it survives a save and a load unchanged', () => {
    const first = editor();
    first.update(() => $getRoot().append(create()), { discrete: true });
    const saved = JSON.stringify(first.getEditorState().toJSON());
    const second = editor();
    second.setEditorState(second.parseEditorState(saved));
    expect(JSON.stringify(second.getEditorState().toJSON())).toBe(saved);
  });

  test('importJSON refuses what the schema refuses', () => {
    const body = JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [invalid] } });
    expect(() => editor().parseEditorState(body)).toThrow();
  });
});
