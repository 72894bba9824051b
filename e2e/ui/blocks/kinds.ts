import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

export const TINY_PNG = fileURLToPath(new URL('../../../main/services/assets/fixtures/tiny.png', import.meta.url));
export const TINY_JPEG = path.join(path.dirname(TINY_PNG), 'tiny.jpg');

/** One field of a card and what fill() leaves in it: the edit that undo and redo are tried on. */
export interface FieldEdit {
  /** The field's accessible name. */
  name: string;
  value: string;
}

/** One block type as a reporter meets it: how to call it up, fill it in and recognise it. */
export interface BlockKind {
  name: string;
  /** What to type after "/" on an empty line. */
  alias: string;
  /** The item's name in the toolbar's "Insert block" menu and the "/" list (a string is matched exactly). */
  item: string | RegExp;
  /** The card's accessible group name. */
  card: string;
  /** Fills the card in (appeals are locked: it checks that instead). */
  fill(card: Locator): Promise<void>;
  /** Asserts that what fill() entered is in the card, after a reload. */
  check(card: Locator): Promise<void>;
  /** The last plain field fill() typed into, for undo and redo; none for a locked card. */
  lastEdit?: FieldEdit;
  /** Every block of this type in the preview of the published HTML. */
  preview: string;
  /** Those of them that carry what fill() entered. */
  filled(preview: Locator): Locator;
}

/** Opens the file chooser the photo inserter raises and hands it our own test image. */
export async function answerFileChooser(page: Page, trigger: () => Promise<void>, file = TINY_PNG): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await trigger();
  await (await chooser).setFiles(file);
}

/** An appeal's text comes from the library: the card shows it locked, with its pinned version, and has nothing to type in. */
async function lockedAppeal(card: Locator, text: string): Promise<void> {
  await expect(card.getByText('Locked')).toBeVisible();
  await expect(card.getByText(/version 1\b/)).toBeVisible();
  await expect(card).toContainText(text);
  await expect(card.getByRole('textbox')).toHaveCount(0);
}

const DONATION_HEADING = 'Keep local reporting free for everyone';
const NEWSLETTER_HEADING = 'The Morning Briefing';
const BANNER_TEXT = 'Independent local journalism survives because its readers pay for it.';

export const BLOCK_KINDS: BlockKind[] = [
  {
    name: 'photo',
    alias: 'photo',
    item: 'Photo',
    card: 'Photo',
    async fill(card) {
      await card.getByRole('textbox', { name: 'Caption', exact: true }).click();
      await card.page().keyboard.type('Boats in the harbour');
      await card.getByRole('textbox', { name: 'Alt text' }).fill('Fishing boats moored in the harbour at dusk');
      await card.getByRole('textbox', { name: 'Credit', exact: true }).fill('Lena Ortiz');
    },
    async check(card) {
      await expect(card.getByRole('textbox', { name: 'Caption', exact: true })).toHaveText('Boats in the harbour');
      await expect(card.getByRole('textbox', { name: 'Alt text' })).toHaveValue('Fishing boats moored in the harbour at dusk');
      await expect(card.getByRole('textbox', { name: 'Credit', exact: true })).toHaveValue('Lena Ortiz');
    },
    lastEdit: { name: 'Credit', value: 'Lena Ortiz' },
    preview: 'figure:not(.pullquote)',
    filled: (preview) =>
      preview
        .locator('figure:not(.pullquote)')
        .filter({ has: preview.page().locator('img[alt="Fishing boats moored in the harbour at dusk"]') })
        .filter({ has: preview.page().locator('figcaption span.credit', { hasText: 'Lena Ortiz' }) })
        .filter({ hasText: 'Boats in the harbour' }),
  },
  {
    name: 'quote',
    alias: 'quote',
    item: 'Quote',
    card: 'Quote',
    async fill(card) {
      await card.getByRole('textbox', { name: 'Quote text' }).fill('We rebuilt the pier with our own hands.');
      await card.getByRole('textbox', { name: 'Who said it' }).fill('Harbourmaster Ines Dahl');
    },
    async check(card) {
      await expect(card.getByRole('textbox', { name: 'Quote text' })).toHaveValue('We rebuilt the pier with our own hands.');
      await expect(card.getByRole('textbox', { name: 'Who said it' })).toHaveValue('Harbourmaster Ines Dahl');
    },
    lastEdit: { name: 'Who said it', value: 'Harbourmaster Ines Dahl' },
    preview: 'blockquote:not(.pullquote blockquote)',
    filled: (preview) =>
      preview
        .locator('blockquote:not(.pullquote blockquote)')
        .filter({ has: preview.page().locator('p', { hasText: 'We rebuilt the pier with our own hands.' }) })
        .filter({ has: preview.page().locator('cite', { hasText: 'Harbourmaster Ines Dahl' }) }),
  },
  {
    name: 'pull quote',
    alias: 'pull',
    item: 'Pull quote',
    card: 'Pull quote',
    async fill(card) {
      await card.getByRole('textbox', { name: 'Pull quote text' }).fill('Nobody expected the tide to turn so fast.');
      await card.getByRole('textbox', { name: 'Attribution' }).fill('a ferry passenger');
    },
    async check(card) {
      await expect(card.getByRole('textbox', { name: 'Pull quote text' })).toHaveValue('Nobody expected the tide to turn so fast.');
      await expect(card.getByRole('textbox', { name: 'Attribution' })).toHaveValue('a ferry passenger');
    },
    lastEdit: { name: 'Attribution', value: 'a ferry passenger' },
    preview: 'figure.pullquote',
    filled: (preview) =>
      preview
        .locator('figure.pullquote')
        .filter({ has: preview.page().locator('blockquote', { hasText: 'Nobody expected the tide to turn so fast.' }) })
        .filter({ has: preview.page().locator('figcaption', { hasText: 'a ferry passenger' }) }),
  },
  {
    name: 'donation appeal',
    alias: 'donate',
    item: /^Donation appeal/,
    card: 'Donation appeal',
    fill: (card) => lockedAppeal(card, DONATION_HEADING),
    check: (card) => lockedAppeal(card, DONATION_HEADING),
    preview: 'aside.appeal.appeal--donation',
    filled: (preview) => preview.locator('aside.appeal.appeal--donation[data-appeal-id="donation"][data-appeal-version="1"]', { hasText: DONATION_HEADING }),
  },
  {
    name: 'newsletter sign-up',
    alias: 'newsletter',
    item: /^Newsletter sign-up/,
    card: 'Newsletter sign-up',
    fill: (card) => lockedAppeal(card, NEWSLETTER_HEADING),
    check: (card) => lockedAppeal(card, NEWSLETTER_HEADING),
    preview: 'aside.appeal.appeal--newsletter',
    filled: (preview) =>
      preview.locator('aside.appeal.appeal--newsletter[data-appeal-id="newsletter"][data-appeal-version="1"]', { hasText: NEWSLETTER_HEADING }),
  },
  {
    name: 'banner',
    alias: 'banner',
    item: /^Banner/,
    card: 'Banner',
    fill: (card) => lockedAppeal(card, BANNER_TEXT),
    check: (card) => lockedAppeal(card, BANNER_TEXT),
    preview: 'aside.appeal.appeal--banner',
    filled: (preview) =>
      preview.locator('aside.appeal.appeal--banner[data-appeal-id="support-banner"][data-appeal-version="1"]', { hasText: BANNER_TEXT }),
  },
];
