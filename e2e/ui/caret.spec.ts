import type { LexicalEditor, RangeSelection } from 'lexical';
import { test, expect } from '../fixtures';
import { Desk } from './desk';

const FIRST = 'Councillors met on Tuesday to discuss the harbour wall.';
const SECOND = 'The repairs are expected to take until the spring.';

/**
 * Holds back the browser's own `selectionchange` events, as Chromium does when input events are
 * already waiting (it delivers them first): the page's caret moves, Lexical has not heard yet.
 */
async function delaySelectionChange(desk: Desk): Promise<void> {
  await desk.page.evaluate(() => {
    document.addEventListener('selectionchange', (event) => event.isTrusted && event.stopImmediatePropagation(), true);
  });
}

/** The caret as Lexical holds it: the text of the paragraph it is in, and the offset within it. */
function lexicalCaret(desk: Desk): Promise<{ block: string; offset: number } | null> {
  return desk.body.evaluate((root) => {
    const editor = (root as unknown as { __lexicalEditor: LexicalEditor }).__lexicalEditor;
    return editor.getEditorState().read(() => {
      const selection = editor.getEditorState()._selection;
      if (!selection || !('anchor' in selection)) return null;
      const { anchor } = selection as RangeSelection;
      return { block: anchor.getNode().getTopLevelElementOrThrow().getTextContent(), offset: anchor.offset };
    });
  });
}

test.describe('a key acts where the caret is, even before the browser reports the caret moved', () => {
  test('Enter right after a click and Ctrl+End starts a new paragraph at the end', async ({ app }) => {
    const desk = new Desk(app.page);
    const { page } = app;
    await desk.newDraft();
    await desk.typeParagraphs([FIRST, SECOND]);
    await page.keyboard.press('Control+Home');
    // Lexical has the caret at the start, where Enter would do the wrong thing.
    await expect.poll(() => lexicalCaret(desk)).toEqual({ block: FIRST, offset: 0 });
    await delaySelectionChange(desk);

    await desk.body.getByText(SECOND).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Work starts next week.');
    await expect(desk.body.locator('p')).toHaveText([FIRST, SECOND, 'Work starts next week.']);
  });

  test('Ctrl+V right after Ctrl+A, Ctrl+C and Ctrl+End pastes at the end', async ({ app }) => {
    const desk = new Desk(app.page);
    const { page } = app;
    await desk.newDraft();
    await desk.typeParagraphs([FIRST, SECOND]);
    await expect.poll(() => lexicalCaret(desk)).toEqual({ block: SECOND, offset: SECOND.length });
    await delaySelectionChange(desk);

    await desk.body.getByText(FIRST).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+v');
    await expect(desk.body.locator('p')).toHaveText([FIRST, `${SECOND}${FIRST}`, SECOND]);
  });
});
