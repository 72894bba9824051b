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

  /** A new draft with `headline` and `paragraphs`, written and saved. */
  async writeDraft(headline: string, paragraphs: string[]): Promise<void> {
    await this.newDraft();
    await this.headline.fill(headline);
    await this.typeParagraphs(paragraphs);
    await this.saved();
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

  /** Selects the first run of `words` in the body, as dragging the mouse over them would. */
  async selectWords(words: string): Promise<void> {
    await this.body.evaluate((element, wanted) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted) ?? -1;
        if (at < 0) continue;
        (element as HTMLElement).focus();
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`the body has no "${wanted}" in one run of text`);
    }, words);
    await expect.poll(() => this.page.evaluate(() => document.getSelection()?.toString())).toBe(words);
  }

  /** A side panel beside the editor (Comments, Changes, Preview…). */
  panel(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** A review comment thread in the Comments panel, by the words it is on. */
  thread(quote: string): Locator {
    return this.panel('Comments').getByRole('article', { name: `Comment on “${quote}”` });
  }

  /** Comments on the words selected in the body through the toolbar's Comment button and the panel's form. */
  async comment(words: string, text: string): Promise<void> {
    await this.selectWords(words);
    await this.button('Comment').click();
    const form = this.panel('Comments').getByRole('group', { name: 'New comment' });
    await form.getByLabel('Comment', { exact: true }).fill(text);
    await form.getByRole('button', { name: 'Save comment' }).click();
    await expect(form).toHaveCount(0);
    await expect(this.thread(words)).toContainText(text);
  }

  /** The open article's review bar: its state, site copy, workflow actions and audit log. */
  review(): Locator {
    return this.page.getByRole('region', { name: 'Review', exact: true });
  }

  /** Works as `name` in `role` from now on, through Settings → You, and returns to the editor (or the empty desk). */
  async workAs(name: string, role: 'Reporter' | 'Editor' | 'Publisher' | 'Admin'): Promise<void> {
    await this.button('You').click();
    const form = this.page.getByRole('form', { name: 'Who you are' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByRole('radio', { name: new RegExp(`^${role}\\b`) }).check();
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(form.getByRole('status')).toHaveText(/^Saved: /);
    await this.button('Close').click();
    await expect(form).toHaveCount(0);
  }

  /**
   * Adds a WordPress account and then its application password in Settings → Publishing (the
   * field is emptied once the password is saved), and answers the account's card, Settings open.
   */
  async saveWordPressAccount(label: string, siteUrl: string, login: { username: string; appPassword: string }): Promise<Locator> {
    await this.button('Publishing').click();
    await expect(this.page.getByRole('heading', { name: 'Publishing', level: 1 })).toBeVisible();
    await this.button('Add account').click();
    const form = this.page.getByRole('form', { name: 'Add an account' });
    await expect(form.getByLabel('Kind')).toHaveValue('wordpress');
    await form.getByLabel('Account name').fill(label);
    await form.getByLabel('Site URL').fill(siteUrl);
    await form.getByLabel('Username').fill(login.username);
    await form.getByRole('button', { name: 'Save account' }).click();
    const account = this.page.getByRole('region', { name: label });
    await expect(account.getByText('No password yet')).toBeVisible();
    const password = account.getByLabel('Application password', { exact: true });
    await password.fill(login.appPassword);
    await account.getByRole('button', { name: 'Save password' }).click();
    await expect(account.getByText('Password saved', { exact: true })).toBeVisible();
    await expect(password).toHaveValue('');
    return account;
  }

  /**
   * Adds a WordPress account and its application password in Settings → Publishing, checks the
   * connection and returns to the editor; answers what the connection doctor said.
   */
  async addWordPressAccount(label: string, siteUrl: string, login: { username: string; appPassword: string }): Promise<string> {
    const account = await this.saveWordPressAccount(label, siteUrl, login);
    await account.getByRole('button', { name: 'Check connection' }).click();
    const check = account.getByRole('status', { name: 'Connection check' });
    await expect(check).not.toBeEmpty();
    const said = (await check.textContent()) ?? '';
    await this.button('Close').click();
    return said;
  }

  /**
   * Inserts a block through the toolbar's Insert block menu on a new line at the end of the body;
   * a photo is given `file` through the picker it opens. Returns the new block's card.
   */
  async insertBlock(item: string | RegExp, card: string, file?: string): Promise<Locator> {
    const cards = this.page.getByRole('group', { name: card, exact: true });
    const before = await cards.count();
    // The first paragraph's text, not the middle of the body, where a card's field may be.
    await this.body.locator(':scope > p').first().click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.button('Insert block').click();
    const choice = this.page.getByRole('menu', { name: 'Insert block' }).getByRole('menuitem', { name: item, exact: true });
    if (file) {
      const chooser = this.page.waitForEvent('filechooser');
      await choice.click();
      await (await chooser).setFiles(file);
    } else {
      await choice.click();
    }
    await expect(cards).toHaveCount(before + 1);
    return cards.last();
  }

  /** Shows the Review queue and answers the row of `headline`. */
  async queueRow(headline: string): Promise<Locator> {
    await this.button('Review queue').click();
    return this.page.getByRole('row').filter({ has: this.page.getByRole('button', { name: `Open ${headline}`, exact: true }) });
  }

  /** Opens `headline` from the Review queue (its row must be in `state`) and waits for it in the editor. */
  async openFromQueue(headline: string, state: string): Promise<void> {
    const row = await this.queueRow(headline);
    await expect(row.getByRole('cell').first()).toHaveText(state);
    await row.getByRole('button', { name: `Open ${headline}`, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Review queue' })).toHaveCount(0);
    await expect(this.headline).toHaveValue(headline);
  }

  /** Opens the side panel `name` through its toolbar toggle, unless it is open already. */
  async showPanel(name: string): Promise<Locator> {
    const toggle = this.button(name);
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return this.panel(name);
  }

  /** The review bar's audit log, opened: its entries, newest first. */
  async auditLog(): Promise<Locator> {
    const toggle = this.review().getByRole('button', { name: /^Audit log \(\d+\)$/ });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    return this.review().getByRole('region', { name: 'Audit log' }).getByRole('listitem');
  }
}
