import type { Locator, Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import type { AppealVersion } from '../../shared/appeals/library';
import type { Draft } from '../../shared/article/draft';
import { parseBody } from '../../shared/article/body';
import { assetUrl } from '../../shared/blocks/figure/assetUrl';
import { canonicalBody, fromGutenberg, toGutenberg } from '../../shared/render';
import { Desk } from './desk';
import { TINY_JPEG, answerFileChooser } from './blocks/kinds';

// A local story, written for this test.
const HEADLINE = 'Riverside library reopens after eighteen months of roof repairs';
const STANDFIRST = 'The Mill Street building opens seven days a week from Saturday, with a children’s floor in the old reading room';
const BYLINE = 'Ruth Okafor';
const CAPTION = { before: 'Volunteers shelve the last copies of ', italic: 'The Riverside Almanac', after: ' on Thursday.' };
const CAPTION_TEXT = `${CAPTION.before}${CAPTION.italic}${CAPTION.after}`;
const CREDIT = 'Photo: Sam Adeyemi';
const ALT = 'Two volunteers lift a cardboard box of books onto a wooden shelf beneath tall arched windows.';
const PARAGRAPHS = [
  'Riverside’s central library will reopen on Saturday, eighteen months after water coming through the roof forced the council to move its books into storage.',
  'The Victorian building on Mill Street needed a new slate roof, new gutters and a lift, at a cost of £2.4 million, most of it from a heritage grant.',
  'It will now open seven days a week, up from five, and the ground floor that once held the reading room has been given over to children’s books.',
  'Staff spent the past fortnight bringing back about 40,000 books from a warehouse on the ring road, helped by more than sixty volunteers.',
  'The council says the longer hours are paid for until March, when it will decide whether to keep them, depending on how many people use the building.',
  'The library opens at 9am on Saturday, with readings for children at 11am and 2pm. Entry is free and no booking is needed.',
];
const QUOTE = ['We had people ringing every week to ask when they could come back.', 'Some of them have been coming here for sixty years & they missed it.'];
const CITATION = 'Maria Lindqvist, head librarian';
const PULL_QUOTE = 'Some of them have been coming here for sixty years.';
const ATTRIBUTION = 'Maria Lindqvist';

/** Types "/alias" on the empty line at the caret and takes the highlighted block with Enter. */
async function slashInsert(page: Page, alias: string, item: string | RegExp): Promise<void> {
  await page.keyboard.type(`/${alias}`);
  const option = page.getByRole('listbox', { name: 'Insert block' }).getByRole('option', { name: item, exact: true });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
}

/** The body's own paragraphs (not those of a caption editor inside a card). */
const bodyParagraphs = (desk: Desk): Locator => desk.body.locator(':scope > p');

/** Clicks the empty line the editor keeps below the last card, to write on under it. */
async function writeBelowLastCard(desk: Desk): Promise<void> {
  const last = bodyParagraphs(desk).last();
  await expect(last).toHaveText('');
  await last.click();
}

interface OutlineNode {
  tag: string;
  classes: string[];
  attributes: Record<string, string>;
  text: string;
  children: OutlineNode[];
}

/** The preview's HTML as an element tree, parsed by the browser's own HTML parser. */
function outline(page: Page, html: string): Promise<OutlineNode[]> {
  return page.evaluate((source) => {
    const walk = (element: Element): OutlineNode => ({
      tag: element.localName,
      classes: [...element.classList],
      attributes: Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value])),
      text: element.textContent ?? '',
      children: [...element.children].map(walk),
    });
    return [...new DOMParser().parseFromString(source, 'text/html').body.children].map(walk);
  }, html);
}

const label = (node: OutlineNode): string => [node.tag, ...node.classes].join('.');

/** The top-level blocks of WordPress markup, in order, with their attributes; inner blocks are not counted. */
function topLevelBlocks(markup: string): Array<{ name: string; attributes: Record<string, unknown> }> {
  const blocks: Array<{ name: string; attributes: Record<string, unknown> }> = [];
  let depth = 0;
  for (const [, closer, name, json, selfClosing] of markup.matchAll(/<!-- (\/)?wp:([a-z][a-z0-9/-]*)(?: (\{.*?\}))? (\/)?-->/g)) {
    if (closer) {
      depth -= 1;
      continue;
    }
    if (depth === 0) blocks.push({ name: name!, attributes: json ? (JSON.parse(json) as Record<string, unknown>) : {} });
    if (!selfClosing) depth += 1;
  }
  expect(depth, 'every block is closed').toBe(0);
  return blocks;
}

test('an article composed by keyboard and mouse previews and exports in the right shape', async ({ app }) => {
  test.setTimeout(120_000);
  const desk = new Desk(app.page);
  const { page } = app;

  // Headline, standfirst and byline, moving between them with Tab.
  await desk.newDraft();
  await expect(desk.headline).toBeFocused();
  await page.keyboard.type(HEADLINE);
  await page.keyboard.press('Tab');
  await expect(desk.standfirst).toBeFocused();
  await page.keyboard.type(STANDFIRST);
  await page.keyboard.press('Tab');
  await expect(desk.byline).toBeFocused();
  await page.keyboard.type(BYLINE);

  // The lead photo, from the "/" menu and the file picker; then its caption, credit and alt text.
  await desk.body.click();
  await answerFileChooser(page, () => slashInsert(page, 'photo', 'Photo'), TINY_JPEG);
  const figure = page.getByRole('group', { name: 'Photo', exact: true });
  await expect(figure).toHaveCount(1);
  await figure.getByRole('textbox', { name: 'Caption', exact: true }).click();
  await page.keyboard.type(CAPTION.before);
  await page.keyboard.press('Control+i');
  await page.keyboard.type(CAPTION.italic);
  await page.keyboard.press('Control+i');
  await page.keyboard.type(CAPTION.after);
  await figure.getByRole('textbox', { name: 'Credit', exact: true }).click();
  await page.keyboard.type(CREDIT);
  await figure.getByRole('textbox', { name: 'Alt text' }).click();
  await page.keyboard.type(ALT);
  await expect(figure.getByText('Alt text missing')).toHaveCount(0);

  // Three paragraphs, then the newsletter sign-up.
  await writeBelowLastCard(desk);
  for (const paragraph of PARAGRAPHS.slice(0, 3)) {
    await page.keyboard.type(paragraph);
    await page.keyboard.press('Enter');
  }
  await slashInsert(page, 'newsletter', /^Newsletter sign-up/);
  await expect(page.getByRole('group', { name: 'Newsletter sign-up', exact: true })).toHaveCount(1);

  // The caret waits below the locked card: the fourth paragraph, then the quote, by Tab from field to field.
  await page.keyboard.type(PARAGRAPHS[3]!);
  await page.keyboard.press('Enter');
  await slashInsert(page, 'quote', 'Quote');
  const quote = page.getByRole('group', { name: 'Quote', exact: true });
  await expect(quote.getByRole('textbox', { name: 'Quote text' })).toBeFocused();
  await page.keyboard.type(QUOTE[0]!);
  await page.keyboard.press('Enter');
  await page.keyboard.type(QUOTE[1]!);
  await page.keyboard.press('Tab');
  await expect(quote.getByRole('textbox', { name: 'Who said it' })).toBeFocused();
  await page.keyboard.type(CITATION);

  await writeBelowLastCard(desk);
  await page.keyboard.type(PARAGRAPHS[4]!);
  await page.keyboard.press('Enter');
  await slashInsert(page, 'pull', 'Pull quote');
  const pullQuote = page.getByRole('group', { name: 'Pull quote', exact: true });
  await expect(pullQuote.getByRole('textbox', { name: 'Pull quote text' })).toBeFocused();
  await page.keyboard.type(PULL_QUOTE);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ATTRIBUTION);

  // The last paragraph, and the donation appeal from the toolbar's menu: opened with the mouse,
  // the item chosen with the arrow keys and Enter.
  await writeBelowLastCard(desk);
  await page.keyboard.type(PARAGRAPHS[5]!);
  await page.keyboard.press('Enter');
  await desk.button('Insert block').click();
  const menu = page.getByRole('menu', { name: 'Insert block' });
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  const donation = menu.getByRole('menuitem', { name: /^Donation appeal/ });
  for (let step = 0; step < 20 && !(await donation.evaluate((item) => item === document.activeElement)); step++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(donation).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Donation appeal', exact: true })).toHaveCount(1);
  await desk.saved();

  // The preview: the exact HTML that will be published, read from its shadow root.
  await desk.button('Preview').click();
  const host = page.getByRole('region', { name: 'Preview' }).locator('.preview-article');
  await expect(host.locator('aside.appeal--donation')).toHaveCount(1);
  const html = await host.evaluate((element) => element.shadowRoot?.innerHTML ?? '');
  const [article, ...outside] = await outline(page, html);
  expect(outside).toEqual([]);
  expect(article!.tag).toBe('article');
  const [header, ...blocks] = article!.children;
  expect(header!.children.map((node) => [label(node), node.text])).toEqual([
    ['h1', HEADLINE],
    ['p.standfirst', STANDFIRST],
    ['p.byline', BYLINE],
  ]);
  expect(blocks.map(label)).toEqual([
    'figure',
    'p',
    'p',
    'p',
    'aside.appeal.appeal--newsletter',
    'p',
    'blockquote',
    'p',
    'figure.pullquote',
    'p',
    'aside.appeal.appeal--donation',
  ]);
  expect(blocks.filter((node) => node.tag === 'p').map((node) => node.text)).toEqual(PARAGRAPHS);

  const [lead] = blocks;
  expect(lead!.children.map(label)).toEqual(['img', 'figcaption']);
  expect(lead!.children[0]!.attributes.alt).toBe(ALT);
  const figcaption = lead!.children[1]!;
  expect(figcaption.text).toBe(`${CAPTION_TEXT} ${CREDIT}`);
  expect(figcaption.children.map((node) => [label(node), node.text])).toEqual([
    ['em', CAPTION.italic],
    ['span.credit', CREDIT],
  ]);

  const blockquote = blocks[6]!;
  expect(blockquote.children.map((node) => [label(node), node.text])).toEqual([
    ['p', QUOTE[0]],
    ['p', QUOTE[1]],
    ['cite', CITATION],
  ]);
  const pull = blocks[8]!;
  expect(pull.children.map(label)).toEqual(['blockquote', 'figcaption']);
  expect(pull.children.map((node) => node.text)).toEqual([PULL_QUOTE, ATTRIBUTION]);
  expect(blocks[4]!.attributes).toMatchObject({ 'data-appeal-id': 'newsletter', 'data-appeal-version': '1' });
  expect(blocks[4]!.text).toContain('The Morning Briefing');
  expect(blocks[10]!.attributes).toMatchObject({ 'data-appeal-id': 'donation', 'data-appeal-version': '1' });
  expect(blocks[10]!.text).toContain('Keep local reporting free for everyone');

  // WordPress: rendered here, in the test, from the draft as main stored it.
  const stored = await page.evaluate(async () => {
    const list = await window.copydesk.listDrafts({});
    if (!list.ok) throw new Error(list.error.message);
    const draft = await window.copydesk.getDraft({ id: list.value[0]!.id });
    if (!draft.ok) throw new Error(draft.error.message);
    const refs = JSON.parse(draft.value.body).root.children
      .filter((node: { type: string }) => node.type === 'appeal')
      .map((node: { appealId: string; appealVersion: number }) => ({ id: node.appealId, version: node.appealVersion }));
    const versions = await window.copydesk.getAppealVersions({ ids: refs });
    if (!versions.ok) throw new Error(versions.error.message);
    return { draft: draft.value, appeals: versions.value };
  });
  const draft: Draft = stored.draft;
  const appeals: AppealVersion[] = stored.appeals;
  expect(draft.headline).toBe(HEADLINE);
  expect(appeals.map((appeal) => [appeal.id, appeal.version])).toEqual([
    ['newsletter', 1],
    ['donation', 1],
  ]);
  const markup = toGutenberg(draft, {
    appeal: (id, version) => appeals.find((appeal) => appeal.id === id && appeal.version === version),
    assetUrl,
  });
  const wp = topLevelBlocks(markup);
  expect(wp.map((block) => block.name)).toEqual([
    'image',
    'paragraph',
    'paragraph',
    'paragraph',
    'group',
    'paragraph',
    'quote',
    'paragraph',
    'pullquote',
    'paragraph',
    'group',
  ]);
  expect(wp[0]!.attributes).toMatchObject({ width: 8, height: 6, sizeSlug: 'large', copydesk: { asset: { mime: 'image/jpeg' } } });
  expect(wp[4]!.attributes).toMatchObject({ tagName: 'aside', className: 'appeal appeal--newsletter', copydesk: { appealId: 'newsletter', appealVersion: 1, kind: 'newsletter' } });
  expect(wp[10]!.attributes).toMatchObject({ tagName: 'aside', className: 'appeal appeal--donation', copydesk: { appealId: 'donation', appealVersion: 1, kind: 'donation' } });
  expect(markup).toContain(`alt="${ALT}"`);
  expect(markup).toContain(`<figcaption class="wp-element-caption">${CAPTION.before}<em>${CAPTION.italic}</em>${CAPTION.after} <span class="credit">${CREDIT}</span></figcaption>`);
  expect(markup).toContain(`<cite>${CITATION}</cite>`);
  expect(markup).toContain('sixty years &amp; they missed it.');
  expect(markup).toContain(`<blockquote><p>${PULL_QUOTE}</p><cite>${ATTRIBUTION}</cite></blockquote>`);

  // And back: WordPress's markup reads back to the body exactly as stored, in canonical form.
  expect(JSON.parse(fromGutenberg(markup))).toEqual(canonicalBody(parseBody(draft.body)));

  // Reopened, the article ends with the appeal, and there is still a line below it to write on.
  await page.reload();
  await desk.draftInList(new RegExp(HEADLINE)).click();
  const ending = await desk.body.evaluate((root) =>
    [...root.children]
      .filter((child) => child.localName !== 'img') // Lexical's caret helpers beside cards
      .slice(-2)
      .map((child) => `${child.localName}.${child.className}${child.textContent === '' ? ' (empty)' : ''}`),
  );
  expect(ending).toEqual(['div.block block-appeal', 'p.body-p (empty)']);
  await writeBelowLastCard(desk);
  await page.keyboard.type('Updated at 5pm with the opening times.');
  await desk.saved();
  await expect(desk.body.locator(':scope > p').last()).toHaveText('Updated at 5pm with the opening times.');
  expect(app.rejections).toEqual([]);
});
