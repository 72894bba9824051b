import { describe, expect, test } from 'vitest';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  HISTORY_PUSH_TAG,
  UNDO_COMMAND,
  createEditor,
  type LexicalEditor,
} from 'lexical';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createMarkNode } from '@lexical/mark';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createPullQuoteNode } from '../../blocks/pullquote/PullQuoteNode';
import { articleNodes } from '../../editor/nodes';
import { $findInArticle, $replaceInArticle } from './articleMatches';

const ANY = { matchCase: false, wholeWord: false };

function editorWith(build: () => void): LexicalEditor {
  const editor = createEditor({ namespace: 'find-test', nodes: [...articleNodes], onError: (error) => { throw error; } });
  editor.update(build, { discrete: true });
  return editor;
}

const text = (value: string, format = 0) => $createTextNode(value).setFormat(format);
const paragraph = (...children: Parameters<ReturnType<typeof $createParagraphNode>['append']>) => $createParagraphNode().append(...children);
const blocks = (editor: LexicalEditor) => editor.getEditorState().read(() => $getRoot().getChildren().map((node) => node.getTextContent()));
const find = (editor: LexicalEditor, query: string, options = ANY) => editor.getEditorState().read(() => $findInArticle(query, options));

/** A story with bold inside a word, a link, a comment mark, a heading, a list and a card. */
function story(): LexicalEditor {
  return editorWith(() => {
    $getRoot().append(
      $createHeadingNode('h2').append(text('Порт открыт')),
      paragraph(text('The harbour'), text('mas', 1), text('ter said the порт will open.')),
      paragraph(text('Read the '), $createLinkNode('https://example.org').append(text('порт report')), text(' and the '), $createMarkNode(['c1']).append(text('harbourmaster')), text(' notes.')),
      $createPullQuoteNode({ text: 'The порт is ours', attribution: 'Mayor' }),
      $createListNode('bullet').append($createListItemNode().append(text('порт one')), $createListItemNode().append(text('two'), $createLineBreakNode(), text('порт'))),
    );
  });
}

describe('$findInArticle', () => {
  test('finds in headings, paragraphs, links, marks and list items, in reading order; cards keep their own text', () => {
    const editor = story();
    const found = find(editor, 'порт');
    expect(found.map((match) => match.block)).toEqual([0, 1, 2, 3, 4]);
    expect(found).toHaveLength(5);
  });

  test('a match across bold and plain text covers each node’s part', () => {
    const [match] = find(story(), 'harbourmaster');
    expect(match!.parts.map(({ from, to }) => [from, to])).toEqual([
      [4, 11],
      [0, 3],
      [0, 3],
    ]);
    expect(find(story(), 'harbourmaster')).toHaveLength(2);
  });

  test('no match runs across a line break', () => {
    expect(find(story(), 'two порт')).toEqual([]);
    expect(find(story(), 'twoпорт')).toEqual([]);
  });
});

describe('$replaceInArticle', () => {
  test('replaces every match, keeping the first node’s formatting and dropping emptied nodes', () => {
    const editor = story();
    editor.update(() => $replaceInArticle($findInArticle('harbourmaster', ANY), 'harbour master'), { discrete: true });
    expect(blocks(editor)[1]).toBe('The harbour master said the порт will open.');
    expect(blocks(editor)[2]).toBe('Read the порт report and the harbour master notes.');
    const boldLeft = editor.getEditorState().read(() => $getRoot().getAllTextNodes().filter((node) => node.hasFormat('bold')));
    expect(boldLeft).toEqual([]);
  });

  test('several matches in one node, replaced by something longer or by nothing', () => {
    const editor = editorWith(() => $getRoot().append(paragraph(text('cat cat cat'))));
    editor.update(() => $replaceInArticle($findInArticle('cat', ANY), 'tiger'), { discrete: true });
    expect(blocks(editor)).toEqual(['tiger tiger tiger']);
    editor.update(() => $replaceInArticle($findInArticle('tiger', ANY), ''), { discrete: true });
    expect(blocks(editor)).toEqual(['  ']);
  });

  test('a replacement that contains the query is not searched again', () => {
    const editor = editorWith(() => $getRoot().append(paragraph(text('port port'))));
    editor.update(() => $replaceInArticle($findInArticle('port', ANY), 'seaport'), { discrete: true });
    expect(blocks(editor)).toEqual(['seaport seaport']);
  });

  test('replacing all in one update is one step of undo', async () => {
    const editor = story();
    const root = document.createElement('div');
    root.contentEditable = 'true';
    document.body.append(root);
    editor.setRootElement(root);
    const history = createEmptyHistoryState();
    const stop = registerHistory(editor, history, 1_000);
    // An edit first, as a reporter's typing would be, so the history has a state to go back to.
    editor.update(() => $getRoot().append(paragraph(text('порт at the end'))), { discrete: true });
    const before = blocks(editor);
    const depth = history.undoStack.length;
    editor.update(() => $replaceInArticle($findInArticle('порт', ANY), 'гавань'), { discrete: true, tag: HISTORY_PUSH_TAG });
    expect(find(editor, 'порт')).toEqual([]);
    expect(find(editor, 'гавань')).toHaveLength(6);
    expect(history.undoStack).toHaveLength(depth + 1);
    editor.dispatchCommand(UNDO_COMMAND, undefined);
    // The undo is committed with the editor's next update cycle.
    await new Promise((resolve) => setTimeout(resolve));
    expect(blocks(editor)).toEqual(before);
    stop();
    editor.setRootElement(null);
    root.remove();
  });
});
