import { describe, expect, test } from 'vitest';
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection, createEditor, type TextNode } from 'lexical';
import { $isMarkNode } from '@lexical/mark';
import { articleNodes } from '../../editor/nodes';
import {
  $commentAnchors,
  $markSelection,
  $selectThread,
  $unmarkThread,
  MAX_QUOTE_CHARS,
  anchoredThreadIds,
  quoteOf,
} from './commentMarks';

const FIRST = '11111111-1111-4111-8111-111111111111';
const SECOND = '22222222-2222-4222-8222-222222222222';

function editor() {
  return createEditor({ namespace: 'test', nodes: [...articleNodes], onError: (error) => { throw error; } });
}

/** Two paragraphs, one English and one Russian; returns their text nodes. */
function $article(): [TextNode, TextNode] {
  const english = $createTextNode('The ferry will not sail before Friday.');
  const russian = $createTextNode('Паром не выйдет в море до пятницы.');
  $getRoot().append($createParagraphNode().append(english), $createParagraphNode().append(russian));
  return [english, russian];
}

/** Marks the first run of `words` in the body (earlier marks split text nodes, so it is looked up afresh). */
function $markWords(words: string, threadId: string): void {
  const node = $getRoot().getAllTextNodes().find((candidate) => candidate.getTextContent().includes(words));
  if (!node) throw new Error(`no text node holds "${words}"`);
  const start = node.getTextContent().indexOf(words);
  node.select(start, start + words.length);
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) throw new Error('no range selection');
  $markSelection(selection, threadId);
}

const markTexts = () => $getRoot().getAllTextNodes().filter((node) => $isMarkNode(node.getParent())).map((node) => node.getTextContent());

describe('comment marks', () => {
  test('wrap exactly the selected words, in Latin and Cyrillic, and list threads in reading order', () => {
    const body = editor();
    body.update(
      () => {
        $article();
        // Marked second-paragraph-first: the order comes from the text, not from when.
        $markWords('до пятницы', SECOND);
        $markWords('before Friday', FIRST);
      },
      { discrete: true },
    );
    body.read(() => {
      expect(markTexts()).toEqual(['before Friday', 'до пятницы']);
      expect(anchoredThreadIds($commentAnchors())).toEqual([FIRST, SECOND]);
      expect($getRoot().getTextContent()).toBe('The ferry will not sail before Friday.\n\nПаром не выйдет в море до пятницы.');
    });
  });

  test('a comment across two paragraphs is one thread with two marks', () => {
    const body = editor();
    body.update(
      () => {
        const [english, russian] = $article();
        const selection = english.select(4, 4);
        selection.focus.set(russian.getKey(), 5, 'text');
        $markSelection(selection, FIRST);
      },
      { discrete: true },
    );
    body.read(() => {
      expect($commentAnchors()).toHaveLength(2);
      expect(anchoredThreadIds($commentAnchors())).toEqual([FIRST]);
      expect(markTexts()).toEqual(['ferry will not sail before Friday.', 'Паром']);
    });
  });

  test('a backward selection marks the same words', () => {
    const body = editor();
    body.update(
      () => {
        const [english] = $article();
        const selection = english.select(14, 4);
        expect(selection.isBackward()).toBe(true);
        $markSelection(selection, FIRST);
      },
      { discrete: true },
    );
    body.read(() => expect(markTexts()).toEqual(['ferry will']));
  });

  test('unmarking one thread keeps the text and the other thread on the same words', () => {
    const body = editor();
    body.update(
      () => {
        $article();
        $markWords('before Friday', FIRST);
        $markWords('Friday', SECOND);
      },
      { discrete: true },
    );
    body.update(() => $unmarkThread(FIRST), { discrete: true });
    body.read(() => {
      expect(anchoredThreadIds($commentAnchors())).toEqual([SECOND]);
      expect(markTexts()).toEqual(['Friday']);
      expect($getRoot().getTextContent()).toContain('The ferry will not sail before Friday.');
    });
  });

  test('selecting a thread selects all its words; a thread whose words are gone selects nothing', () => {
    const body = editor();
    body.update(
      () => {
        $article();
        $markWords('not sail', FIRST);
      },
      { discrete: true },
    );
    body.update(
      () => {
        expect($selectThread(FIRST)).not.toBeNull();
        expect($getSelection()?.getTextContent()).toBe('not sail');
        expect($selectThread(SECOND)).toBeNull();
      },
      { discrete: true },
    );
  });

  test('deleting the marked words removes the mark', () => {
    const body = editor();
    body.update(
      () => {
        $article();
        $markWords('not sail', FIRST);
      },
      { discrete: true },
    );
    body.update(() => $getRoot().getAllTextNodes().find((node) => node.getTextContent() === 'not sail')!.remove(), { discrete: true });
    body.read(() => expect($commentAnchors()).toEqual([]));
  });

  test('marks survive a save and a load with the editor’s nodes', () => {
    const first = editor();
    first.update(
      () => {
        $article();
        $markWords('Friday', FIRST);
      },
      { discrete: true },
    );
    const saved = JSON.stringify(first.getEditorState().toJSON());
    expect(saved).toContain(`"ids":["${FIRST}"]`);
    const second = editor();
    second.setEditorState(second.parseEditorState(saved));
    second.read(() => expect(anchoredThreadIds($commentAnchors())).toEqual([FIRST]));
    expect(JSON.stringify(second.getEditorState().toJSON())).toBe(saved);
  });
});

describe('quoteOf', () => {
  test('trims the selection', () => {
    expect(quoteOf('  до пятницы\n')).toBe('до пятницы');
    expect(quoteOf(' \n\t ')).toBe('');
  });

  test('cuts a long selection to the contract’s limit, marked with an ellipsis', () => {
    const long = 'слово '.repeat(1_000);
    const quote = quoteOf(long);
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(quote.endsWith('…')).toBe(true);
    expect(long.startsWith(quote.slice(0, -1))).toBe(true);
    const exact = 'x'.repeat(MAX_QUOTE_CHARS);
    expect(quoteOf(exact)).toBe(exact);
  });
});
