import { describe, expect, test } from 'vitest';
import { $getRoot, createEditor, type SerializedEditorState } from 'lexical';
import { articleNodes } from './nodes';
import { $ensureCaretLine, withoutCaretLine } from './caretLine';

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const paragraph = (...children: string[]) => ({
  type: 'paragraph',
  version: 1,
  children: children.map(text),
  direction: null,
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
});
const appeal = { type: 'appeal', version: 1, appealId: 'donation', appealVersion: 1, kind: 'donation' };
const quote = { type: 'blockquote', version: 1, text: 'We were not told.', citation: 'A resident' };

const body = (...children: object[]) =>
  ({ root: { type: 'root', version: 1, children, direction: null, format: '', indent: 0 } }) as unknown as SerializedEditorState;

const editor = () => createEditor({ namespace: 'test', nodes: [...articleNodes], onError: (error) => { throw error; } });

/** The top-level node types of `json` once loaded as LoadBodyPlugin loads it. */
function loaded(json: SerializedEditorState): string[] {
  const state = editor().parseEditorState(JSON.stringify(json), $ensureCaretLine);
  return state.read(() =>
    $getRoot()
      .getChildren()
      .map((node) => (node.getType() === 'paragraph' && node.getTextContent() === '' ? 'paragraph()' : node.getType())),
  );
}

describe('the caret line below a closing card', () => {
  test('is left out of the stored body', () => {
    expect(withoutCaretLine(body(paragraph('Lede.'), appeal, paragraph()))).toEqual(body(paragraph('Lede.'), appeal));
  });

  test('is the only thing left out: text after the card, blank lines elsewhere and a lone blank line stay', () => {
    for (const kept of [
      body(paragraph('Lede.'), appeal, paragraph('More.')),
      body(appeal, paragraph(), paragraph('More.')),
      body(paragraph('Lede.'), paragraph()),
      body(paragraph()),
      body(quote, appeal),
      // Blank lines the reporter made after the card: the last of them is not below the card.
      body(quote, paragraph(), paragraph()),
    ]) {
      expect(withoutCaretLine(kept)).toEqual(kept);
    }
  });

  test('is put back when a body that ends with a card is loaded, and an empty body gets one line', () => {
    expect(loaded(body(paragraph('Lede.'), appeal))).toEqual(['paragraph', 'appeal', 'paragraph()']);
    expect(loaded(body(quote))).toEqual(['blockquote', 'paragraph()']);
    expect(loaded(body())).toEqual(['paragraph()']);
    expect(loaded(body(paragraph('Lede.'), quote, paragraph('More.')))).toEqual(['paragraph', 'blockquote', 'paragraph']);
  });

  test('makes the round trip: stored, loaded, stored again, the body is unchanged', () => {
    const stored = body(paragraph('Lede.'), quote, paragraph('More.'), appeal);
    const state = editor().parseEditorState(JSON.stringify(stored), $ensureCaretLine);
    expect(state.toJSON().root.children).toHaveLength(5);
    expect(JSON.parse(JSON.stringify(withoutCaretLine(state.toJSON())))).toEqual(stored);
  });
});
