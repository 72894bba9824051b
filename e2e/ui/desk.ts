import { expect, type Locator, type Page } from '@playwright/test';

/** The Copydesk window as a reporter sees it, by accessible names only. */
export class Desk {
  readonly headline: Locator;
  readonly standfirst: Locator;
  readonly byline: Locator;
  readonly body: Locator;
  readonly search: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.headline = page.getByLabel('Headline', { exact: true });
    this.standfirst = page.getByLabel('Standfirst', { exact: true });
    this.byline = page.getByLabel('Byline', { exact: true });
    this.body = page.getByRole('textbox', { name: 'Article body' });
    this.search = page.getByRole('searchbox', { name: 'Search drafts' });
    this.status = page.getByRole('status').filter({ hasText: /Saved|Saving|Not saved/ });
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async newDraft(): Promise<void> {
    await this.button('New draft').first().click();
    await expect(this.headline).toBeVisible();
    await expect(this.headline).toHaveValue('');
  }

  /** Waits until the newest edit has been acknowledged by main. */
  async saved(): Promise<void> {
    await expect(this.status).toHaveText(/Saved \d{1,2}:\d{2}/);
  }

  /** Types into the body at the end, pressing Enter between paragraphs. */
  async typeParagraphs(paragraphs: string[]): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('Control+End');
    for (const [index, paragraph] of paragraphs.entries()) {
      if (index > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(paragraph);
    }
  }

  /** A real paste event on the body, with the clipboard's HTML and a plain-text fallback, as a browser sends it. */
  async pasteHtml(html: string): Promise<void> {
    await this.body.evaluate((element, clipboardHtml) => {
      const data = new DataTransfer();
      data.setData('text/html', clipboardHtml);
      data.setData('text/plain', clipboardHtml.replace(/<[^>]*>/g, ''));
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, html);
  }

  /** The draft buttons in the sidebar list. */
  draftInList(name: string | RegExp): Locator {
    return this.page.getByRole('navigation', { name: 'Drafts' }).getByRole('button', { name });
  }
}
