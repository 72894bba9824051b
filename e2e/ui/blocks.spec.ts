import { test, expect } from '../fixtures';
import { Desk } from './desk';
import { BLOCK_KINDS, answerFileChooser, type BlockKind } from './blocks/kinds';

const OPENING = 'The opening paragraph of the story.';

/**
 * Puts the caret on a fresh empty paragraph at the end of the body. It clicks the opening
 * paragraph's text, not the middle of the body, where a card's field may be.
 */
async function emptyLineAtEnd(desk: Desk): Promise<void> {
  await desk.body.getByText(OPENING).first().click();
  await desk.page.keyboard.press('Control+End');
  await desk.page.keyboard.press('Enter');
}

async function insertBySlash(desk: Desk, kind: BlockKind): Promise<void> {
  await emptyLineAtEnd(desk);
  const menu = desk.page.getByRole('listbox', { name: 'Insert block' });
  const run = async () => {
    await desk.page.keyboard.type(`/${kind.alias}`);
    // The kind is offered, highlighted, so that Enter takes it.
    const option = menu.getByRole('option', { name: kind.item, exact: true });
    await expect(option).toBeVisible();
    await expect(option).toHaveAttribute('aria-selected', 'true');
    await desk.page.keyboard.press('Enter');
  };
  if (kind.name === 'photo') await answerFileChooser(desk.page, run);
  else await run();
  await expect(menu).toHaveCount(0);
  // The "/word" line is replaced by the card, not left behind.
  await expect(desk.body.getByText(`/${kind.alias}`)).toHaveCount(0);
}

async function insertByToolbar(desk: Desk, kind: BlockKind): Promise<void> {
  await emptyLineAtEnd(desk);
  await desk.button('Insert block').click();
  const menu = desk.page.getByRole('menu', { name: 'Insert block' });
  const item = menu.getByRole('menuitem', { name: kind.item, exact: true });
  if (kind.name === 'photo') await answerFileChooser(desk.page, () => item.click());
  else await item.click();
  await expect(menu).toHaveCount(0);
}

for (const kind of BLOCK_KINDS) {
  test(`${kind.name}: insert by "/" and by the toolbar, edit, undo, redo, copy, paste, reload, render`, async ({ app }) => {
    const desk = new Desk(app.page);
    const { page } = app;
    const cards = page.getByRole('group', { name: kind.card, exact: true });
    await desk.newDraft();
    await desk.headline.fill(`Block test: ${kind.name}`);
    await desk.typeParagraphs([OPENING]);

    await insertBySlash(desk, kind);
    await expect(cards).toHaveCount(1);
    await kind.fill(cards.first());
    await kind.check(cards.first());

    // Undo and redo an edit from inside the card's field: the body's history has it.
    if (kind.lastEdit) {
      const field = cards.first().getByRole('textbox', { name: kind.lastEdit.name, exact: true });
      await field.click();
      await page.keyboard.press('Control+z');
      await expect(field).toHaveValue('');
      await page.keyboard.press('Control+Shift+z');
      await expect(field).toHaveValue(kind.lastEdit.value);
      await kind.check(cards.first());
    }

    // Undo and redo the toolbar insertion from inside the body.
    await insertByToolbar(desk, kind);
    await expect(cards).toHaveCount(2);
    await desk.body.getByText(OPENING).click();
    await page.keyboard.press('Control+z');
    await expect(cards).toHaveCount(1);
    await kind.check(cards.first());
    await page.keyboard.press('Control+Shift+z');
    await expect(cards).toHaveCount(2);

    // Copy the whole body and paste it at the end: every card comes back as a card, filled in.
    await desk.body.getByText(OPENING).click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+v');
    await expect(cards).toHaveCount(4);
    await expect(desk.body.getByText(OPENING)).toHaveCount(2);
    await kind.check(cards.nth(2));
    await desk.saved();

    await page.reload();
    await desk.draftInList(new RegExp(`Block test: ${kind.name}`)).click();
    await expect(cards).toHaveCount(4);
    await kind.check(cards.first());
    await kind.check(cards.nth(2));

    await desk.button('Preview').click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.locator(kind.preview)).toHaveCount(4);
    // The filled-in card and its pasted copy; a locked appeal's four cards all carry the library's text.
    await expect(kind.filled(preview)).toHaveCount(kind.lastEdit ? 2 : 4);
    expect(app.rejections).toEqual([]);
  });
}
