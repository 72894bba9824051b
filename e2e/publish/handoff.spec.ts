import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import type { ReviewField } from '../../shared/workflow/wire';
import { TINY_JPEG } from '../ui/blocks/kinds';
import type { Desk } from '../ui/desk';
import type { Credentials } from '../wordpress/site';
import { wordpressForThisFile } from '../wordpress/playwright';
import { openDraftId, openLaptop, restAs, type Laptop } from './newsroom';

// Issue 5's hand-off across laptops, through the interface alone: three Copydesk profiles, each
// signed in to the real WordPress (with the Copydesk Review plugin) as its own user, pass one
// article from reporter to editor to publisher, and every forbidden step on the way is refused.

const REPORTER = 'Маша Иванова';
const EDITOR = 'Tom Baker';
const PUBLISHER = 'Night Publisher';
const SITE = 'Newsroom site';

// A local story, written for this test.
const HEADLINE = 'Night ferry returns to the north pier';
const STANDFIRST = 'The harbour board restores the crossing after two winters without it';
const COMMENTED = 'at 6.15am on weekdays';
const OPENING = `The first sailing leaves the north pier ${COMMENTED}, the harbour board said on Tuesday.`;
const RUSSIAN = 'Паром будет ходить круглый год, сообщили в управлении порта.';
const CAPTION = 'The ferry Marta at the north pier';
const CREDIT = 'Photo: Ines Dahl';
const ALT = 'A small white ferry moored beside a stone pier at dawn';
const QUOTE = 'We waited two winters for this boat to come back.';
const CITED = 'Olga Sorensen, ferry passenger';
const COMMENT = 'Is 6.15am the summer timetable or all year round?';
const NOTE = 'Please check the first sailing time with the harbour board.';

let laptops: Laptop[] = [];
// Declared before the site's hooks, so that the laptops close before the site is counted.
test.afterEach(async () => {
  await Promise.all(laptops.map((laptop) => laptop.close()));
  laptops = [];
});
const wordpress = wordpressForThisFile('handoff');

/** Who a laptop works as, and its WordPress account, set up through Settings → You and → Publishing. */
async function setUp(desk: Desk, name: string, role: 'Reporter' | 'Editor' | 'Publisher', login: Credentials): Promise<string> {
  await desk.workAs(name, role);
  return desk.addWordPressAccount(SITE, wordpress.site.url, login);
}

/** Text as compared here: WordPress curls quotes in what it shows (wptexturize), and spacing is the layout's. */
const plain = (text: string | null): string => (text ?? '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

/** What a reader is given of an article: its images, captions, quotes and text, read by the browser's HTML parser. */
async function readArticle(page: Page, html: string) {
  const found = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    return {
      images: [...doc.querySelectorAll('figure img')].map((img) => ({ src: img.getAttribute('src') ?? '', alt: img.getAttribute('alt') ?? '' })),
      captions: [...doc.querySelectorAll('figcaption')].map((caption) => caption.textContent),
      quotes: [...doc.querySelectorAll('blockquote')].map((quote) => quote.textContent),
      text: doc.body.textContent,
    };
  }, html);
  return { images: found.images, captions: found.captions.map(plain), quotes: found.quotes.map(plain), text: plain(found.text) };
}

/** The toolbar's Publish dialog shows why publishing is refused, refuses the click too, and is closed again. */
async function publishDialogRefuses(desk: Desk, why: RegExp | string): Promise<void> {
  await desk.button('Publish').click();
  const dialog = desk.page.getByRole('dialog', { name: 'Publish' });
  await expect(dialog.getByRole('group', { name: 'Workflow' })).toHaveText(why);
  await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(why);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await expect(dialog).toHaveCount(0);
}

/** Publishes the draft with the laptop's account straight through the window's API, past every button. */
function publishPastTheButtons(page: Page, draftId: string) {
  return page.evaluate(async (id) => {
    const accounts = await window.copydesk.listAccounts({});
    if (!accounts.ok) throw new Error(accounts.error.message);
    return window.copydesk.publishDraft({ draftId: id, accountId: accounts.value[0]!.id, status: 'publish' });
  }, draftId);
}

const refusal = (message: RegExp | string) => ({ ok: false, error: { code: 'not_allowed', message: typeof message === 'string' ? message : expect.stringMatching(message) } });

test('a reporter, an editor and a publisher hand one article over through WordPress', async ({ browser }) => {
  test.setTimeout(120_000);
  laptops = await Promise.all(['reporter', 'editor', 'publisher'].map((who) => openLaptop(browser, who)));
  const [reporter, editor, publisher] = laptops as [Laptop, Laptop, Laptop];
  const { contributor, editor: editorLogin, publisher: publisherLogin } = wordpress.site.users;
  const r = reporter.desk;
  const e = editor.desk;
  const p = publisher.desk;

  await test.step('three laptops: who each one is, and its own WordPress account', async () => {
    const [reporterCheck, editorCheck, publisherCheck] = await Promise.all([
      setUp(r, REPORTER, 'Reporter', contributor),
      setUp(e, EDITOR, 'Editor', editorLogin),
      setUp(p, PUBLISHER, 'Publisher', publisherLogin),
    ]);
    // A contributor may not publish, and the connection doctor says so in plain words.
    expect(reporterCheck).toMatch(/ as .+ \(contributor\), but this account cannot publish posts/);
    expect(editorCheck).toMatch(/^Connected to .+ as .+ \(editor\)\.$/);
    expect(publisherCheck).toMatch(/^Connected to .+ as .+ \(editor\)\.$/);
    await expect(r.page.getByRole('button', { name: `Working as Reporter · ${REPORTER}` })).toBeVisible();
  });

  const photoSha = createHash('sha256').update(await readFile(TINY_JPEG)).digest('hex');
  let draftId = '';
  let postId = 0;

  await test.step('the reporter writes the article with a photo, a quote and two appeals, and submits it to the site', async () => {
    await r.newDraft();
    await r.headline.fill(HEADLINE);
    await r.standfirst.fill(STANDFIRST);
    await r.typeParagraphs([OPENING, RUSSIAN]);
    const photo = await r.insertBlock('Photo', 'Photo', TINY_JPEG);
    await photo.getByRole('textbox', { name: 'Caption', exact: true }).click();
    await r.page.keyboard.type(CAPTION);
    await photo.getByRole('textbox', { name: 'Credit', exact: true }).fill(CREDIT);
    await photo.getByRole('textbox', { name: 'Alt text' }).fill(ALT);
    const quote = await r.insertBlock('Quote', 'Quote');
    await quote.getByRole('textbox', { name: 'Quote text' }).fill(QUOTE);
    await quote.getByRole('textbox', { name: 'Who said it' }).fill(CITED);
    for (const [item, card] of [[/^Newsletter sign-up/, 'Newsletter sign-up'], [/^Donation appeal/, 'Donation appeal']] as const) {
      await expect((await r.insertBlock(item, card)).getByText('Locked')).toBeVisible();
    }
    await expect(photo.getByRole('textbox', { name: 'Caption', exact: true })).toHaveText(CAPTION);
    await r.saved();

    await r.review().getByRole('button', { name: 'Submit for review' }).click();
    const submit = r.page.getByRole('dialog', { name: 'Submit for review' });
    await expect(submit.getByRole('radio', { name: new RegExp(`^${SITE} `) })).toBeChecked();
    await submit.getByRole('button', { name: 'Submit for review' }).click();
    await expect(submit).toHaveCount(0, { timeout: 30_000 });
    await expect(r.review().getByText('Submitted', { exact: true })).toBeVisible();
    await expect(r.review().getByRole('link', { name: 'Site copy' })).toBeVisible();

    draftId = await openDraftId(r.page);
    const view = await r.page.evaluate((id) => window.copydesk.getReview({ id }), draftId);
    if (!view.ok || !view.value.link) throw new Error(`the submitted article has no post: ${JSON.stringify(view)}`);
    postId = view.value.link.postId;
    console.log(`[handoff] submitted as post ${postId}`);
  });

  await test.step('the reporter may not approve or publish: the buttons say why, main refuses, WordPress refuses', async () => {
    const approve = r.review().getByRole('button', { name: 'Approve', exact: true });
    await expect(approve).toBeDisabled();
    await expect(approve).toHaveAccessibleDescription(/^A reporter may not approve/);
    const publish = r.review().getByRole('button', { name: 'Publish…' });
    await expect(publish).toBeDisabled();
    await expect(publish).toHaveAccessibleDescription(/^A reporter may not publish/);

    // The toolbar's Publish dialog shows the same refusal and sends nothing.
    await publishDialogRefuses(r, /^A reporter may not publish/);

    // Past the buttons, straight through the window's API: main decides, and refuses.
    const approved = await r.page.evaluate((id) => window.copydesk.transition({ id, action: 'approve', note: '' }), draftId);
    expect(approved).toMatchObject(refusal(/^A reporter may not approve/));
    expect(await publishPastTheButtons(r.page, draftId)).toMatchObject(refusal(/^A reporter may not publish/));

    // Past Copydesk, straight to WordPress with the contributor's own password: the plugin refuses.
    const asContributor = restAs(wordpress.site, contributor);
    const own = await asContributor('GET', `wp/v2/posts/${postId}`, { context: 'edit' });
    expect(own.status).toBe(200);
    const field = own.json.copydesk_review as ReviewField;
    expect(field.review.state).toBe('submitted');
    const actor = { name: REPORTER, role: 'editor' as const, cmsUser: contributor.username };
    const at = Date.now();
    const forged: ReviewField = {
      ...field,
      review: {
        ...field.review,
        state: 'approved',
        approval: { by: actor, at },
        audit: [
          ...field.review.audit,
          { id: randomUUID(), at, actor, action: 'approve', from: 'submitted', to: 'approved', note: '', override: false, correctionNumber: null },
        ],
      },
    };
    const selfApproved = await asContributor('POST', `wp/v2/posts/${postId}`, {}, { copydesk_review: forged });
    expect([selfApproved.status, selfApproved.json.code]).toEqual([403, 'copydesk_forbidden']);
    const after = await asContributor('GET', `wp/v2/posts/${postId}`, { context: 'edit' });
    expect(after.json.status).toBe('pending');
    expect((after.json.copydesk_review as ReviewField).review).toEqual(field.review);
  });

  await test.step('the editor finds it in the review queue, comments on a sentence and returns it with a note', async () => {
    const row = await e.queueRow(HEADLINE);
    await expect(row.getByRole('cell')).toHaveText(['Submitted', REPORTER, /\S/, '0', 'Open']);
    await e.openFromQueue(HEADLINE, 'Submitted');
    await expect(e.body).toContainText(OPENING);
    // The photo came with it, from the site's media library.
    const image = e.page.getByRole('group', { name: 'Photo', exact: true }).getByRole('img', { name: ALT });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

    await e.comment(COMMENTED, COMMENT);
    await e.review().getByRole('button', { name: 'Return to reporter' }).click();
    const dialog = e.page.getByRole('dialog', { name: 'Return to reporter' });
    await dialog.getByLabel('Note to the reporter').fill(NOTE);
    await dialog.getByRole('button', { name: 'Return to reporter' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(e.review().getByText('Draft', { exact: true })).toBeVisible();
    expect((await restAs(wordpress.site, editorLogin)('GET', `wp/v2/posts/${postId}`, { context: 'edit' })).json.status).toBe('draft');
  });

  await test.step('the reporter refreshes from the site, sees the comment and the note, fixes the text, resolves and resubmits', async () => {
    await r.review().getByRole('button', { name: 'Refresh from site' }).click();
    await expect(r.review().getByRole('status')).toHaveText(/^Up to date with the site at /);
    await expect(r.review().getByText('Draft', { exact: true })).toBeVisible();
    await expect(r.body.locator('mark[data-comment="open"]')).toHaveText([COMMENTED]);
    const log = await r.auditLog();
    await expect(log).toHaveCount(2);
    await expect(log.first()).toContainText('Return to reporter');
    await expect(log.first()).toContainText(`${EDITOR} (editor)`);
    await expect(log.first()).toContainText(NOTE);

    await r.showPanel('Comments');
    const thread = r.thread(COMMENTED);
    await expect(thread).toContainText(COMMENT);
    await expect(thread).toContainText(EDITOR);

    await r.selectWords('6.15am');
    await r.page.keyboard.type('6.30am');
    await expect(r.body.locator('mark[data-comment="open"]')).toHaveText(['at 6.30am on weekdays']);
    await r.saved();
    await thread.getByRole('button', { name: 'Resolve' }).click();
    await expect(thread).toContainText(`Resolved by ${REPORTER}`);
    await r.review().getByRole('button', { name: 'Submit for review' }).click();
    await expect(r.review().getByText('Submitted', { exact: true })).toBeVisible();
  });

  await test.step('the publisher may not publish before the editor approves', async () => {
    await p.openFromQueue(HEADLINE, 'Submitted');
    const needsApproval = 'Cannot publish: it needs approval first (it is submitted).';
    const publish = p.review().getByRole('button', { name: 'Publish…' });
    await expect(publish).toBeDisabled();
    await expect(publish).toHaveAccessibleDescription(needsApproval);

    await publishDialogRefuses(p, needsApproval);
    expect(await publishPastTheButtons(p.page, await openDraftId(p.page))).toMatchObject(refusal(needsApproval));
    expect((await restAs(wordpress.site, publisherLogin)('GET', `wp/v2/posts/${postId}`, { context: 'edit' })).json.status).toBe('pending');
  });

  await test.step('the editor opens the resubmitted article and approves it', async () => {
    const row = await e.queueRow(HEADLINE);
    await expect(row.getByRole('rowheader')).toContainText('you have a working copy');
    await e.openFromQueue(HEADLINE, 'Submitted');
    await expect(e.body).toContainText('at 6.30am on weekdays');
    await e.showPanel('Comments');
    await expect(e.thread(COMMENTED)).toContainText(`Resolved by ${REPORTER}`);
    await e.review().getByRole('button', { name: 'Approve', exact: true }).click();
    await expect(e.review().getByText('Approved', { exact: true })).toBeVisible();
    await expect(e.review()).toContainText(`approved by ${EDITOR} (editor)`);
  });

  let threadId = '';
  await test.step('the publisher finds it approved in the queue and publishes it', async () => {
    await p.openFromQueue(HEADLINE, 'Approved');
    await p.review().getByRole('button', { name: 'Publish…' }).click();
    const dialog = p.page.getByRole('dialog', { name: 'Publish' });
    await expect(dialog.getByRole('radio', { name: 'Publish now' })).toBeChecked();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await expect(dialog.locator('output')).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\//, { timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await expect(p.review().getByText('Published', { exact: true })).toBeVisible();
    const view = await p.page.evaluate((id) => window.copydesk.getReview({ id }), await openDraftId(p.page));
    if (!view.ok) throw new Error(view.error.message);
    threadId = view.value.review.comments[0]!.id;
  });

  await test.step('the public post has every photo, caption, credit, quote and appeal, and nothing of the review', async () => {
    const live = await restAs(wordpress.site, null)('GET', `wp/v2/posts/${postId}`);
    expect(live.status).toBe(200);
    const rendered = (live.json.content as { rendered: string }).rendered;
    const link = live.json.link as string;
    const publicPage = await (await fetch(link)).text();
    const library = await r.page.evaluate(() => window.copydesk.listAppeals({}));
    if (!library.ok) throw new Error(library.error.message);
    const appealTexts = library.value.flatMap((appeal) => {
      if (appeal.kind === 'donation') return [appeal.variants.en.heading, appeal.variants.en.body, appeal.variants.en.buttonLabel];
      if (appeal.kind === 'newsletter') return [appeal.variants.en.heading, appeal.variants.en.description, appeal.variants.en.buttonLabel];
      return [];
    });
    expect(appealTexts).toHaveLength(6);

    for (const [where, html] of [['content.rendered', rendered], ['the public page', publicPage]] as const) {
      const article = await readArticle(p.page, html);
      expect(article.images, where).toEqual([{ src: expect.stringContaining(`cd-${photoSha.slice(0, 16)}`), alt: ALT }]);
      expect(article.captions, where).toEqual([`${CAPTION} ${CREDIT}`]);
      expect(article.quotes, where).toEqual([expect.stringContaining(QUOTE)]);
      expect(article.quotes[0], where).toContain(CITED);
      for (const text of [OPENING.replace('6.15am', '6.30am'), RUSSIAN, ...appealTexts]) expect(article.text, where).toContain(plain(text));
      for (const secret of [COMMENT, NOTE, threadId, 'copydesk_review', '6.15am', 'data-comment', '<mark']) expect(html, where).not.toContain(secret);
    }
    console.log(`[handoff] published post ${postId} at ${link}, with ${(await readArticle(p.page, rendered)).images.map((image) => image.src).join(', ')}`);
    const anonymous = JSON.stringify(live.json);
    for (const secret of [COMMENT, NOTE, threadId, 'copydesk_review']) expect(anonymous).not.toContain(secret);
  });

  await test.step('every laptop, refreshed from the site, shows the whole history in the same order', async () => {
    const who = (name: string, role: string, login: Credentials, from: string, to: string) => `${name} (${role}) as ${login.username} on the site · ${from} → ${to}`;
    const newestFirst = [
      ['Publish', who(PUBLISHER, 'publisher', publisherLogin, 'Approved', 'Published')],
      ['Approve', who(EDITOR, 'editor', editorLogin, 'Submitted', 'Approved')],
      ['Submit for review', who(REPORTER, 'reporter', contributor, 'Draft', 'Submitted')],
      ['Return to reporter', who(EDITOR, 'editor', editorLogin, 'Submitted', 'Draft')],
      ['Submit for review', who(REPORTER, 'reporter', contributor, 'Draft', 'Submitted')],
    ] as const;
    for (const { desk } of laptops) {
      await desk.review().getByRole('button', { name: 'Refresh from site' }).click();
      await expect(desk.review().getByRole('status')).toHaveText(/^Up to date with the site at /);
      await expect(desk.review().getByText('Published', { exact: true })).toBeVisible();
      const log = await desk.auditLog();
      await expect(log).toHaveCount(newestFirst.length);
      await expect(log).toContainText(newestFirst.map(([action]) => action));
      await expect(log).toContainText(newestFirst.map(([, line]) => line));
      await expect(log.nth(3)).toContainText(NOTE);
    }
    expect(await wordpress.created()).toEqual({ posts: 1, media: 1 });
    for (const { rejections } of laptops) expect(rejections.filter((line) => !line.includes('"code":"not_allowed"'))).toEqual([]);
  });
});
