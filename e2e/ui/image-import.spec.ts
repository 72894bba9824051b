import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { parseBody } from '../../shared/article/body';
import { inspectImage } from '../../main/services/assets/inspect';
import { Desk } from './desk';
import { TINY_JPEG, TINY_PNG, answerFileChooser } from './blocks/kinds';

const OPENING = 'The council published the flood map on Friday.';

// The files a reporter picks, outside the profile (and outside test-results, which a run clears).
let pickDir = '';
test.beforeAll(async () => {
  pickDir = await mkdtemp(path.join(tmpdir(), 'copydesk-picks-'));
});
test.afterAll(async () => {
  await rm(pickDir, { recursive: true, force: true });
});

/** Writes a file for the picker, in a folder of the test's own. */
async function fileToPick(name: string, bytes: Uint8Array): Promise<string> {
  const folder = await mkdtemp(path.join(pickDir, 'test-'));
  const file = path.join(folder, name);
  await writeFile(file, bytes);
  return file;
}

/** Every file under the profile's asset store, as paths relative to it. */
async function assetFiles(profileDir: string): Promise<string[]> {
  const dir = path.join(profileDir, 'assets');
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
}

/** The open draft as main stores it. */
async function storedDraft(page: Page) {
  return page.evaluate(async () => {
    const list = await window.copydesk.listDrafts({});
    if (!list.ok) throw new Error(list.error.message);
    const draft = await window.copydesk.getDraft({ id: list.value[0]!.id });
    if (!draft.ok) throw new Error(draft.error.message);
    return draft.value;
  });
}

/** The sha256 of every figure in a stored body, in order. */
const figureHashes = (body: string): string[] =>
  parseBody(body)
    .root.children.filter((node) => node.type === 'figure')
    .map((node) => (node as unknown as { asset: { sha256: string } }).asset.sha256);

/** A new draft with one saved paragraph, the caret at its end. */
async function draftWithText(desk: Desk): Promise<void> {
  await desk.newDraft();
  await desk.headline.fill('Flood map published');
  await desk.typeParagraphs([OPENING]);
  await desk.saved();
}

/** Chooses `file` in the photo picker that the toolbar's Insert block → Photo opens. */
async function pickPhoto(desk: Desk, file: string): Promise<void> {
  await desk.body.getByText(OPENING).click();
  await desk.page.keyboard.press('End');
  await desk.button('Insert block').click();
  const photo = desk.page.getByRole('menu', { name: 'Insert block' }).getByRole('menuitem', { name: 'Photo', exact: true });
  await answerFileChooser(desk.page, () => photo.click(), file);
}

/** Main's own words for why it refuses `bytes` named `name`. */
function refusal(bytes: Uint8Array, name: string): string {
  try {
    inspectImage(bytes, name);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`main would accept ${name}`);
}

const refused: Array<{ name: string; file: string; bytes: () => Promise<Buffer>; says: RegExp }> = [
  {
    name: 'a text file named .png',
    file: 'notes.png',
    bytes: async () => Buffer.from('Call the harbourmaster back about the slipway before Friday.\n'),
    says: /not an image Copydesk can use: only JPEG, PNG, WebP and GIF files are accepted/,
  },
  {
    name: 'an HTML file',
    file: 'flood-map.html',
    bytes: async () => Buffer.from('<!doctype html><html><body><img src="map.png" onerror="alert(1)"><p>Flood map</p></body></html>'),
    says: /not an image Copydesk can use/,
  },
  {
    name: 'a truncated PNG',
    file: 'harbour.png',
    bytes: async () => (await readFile(TINY_PNG)).subarray(0, 100),
    says: /cannot be used: it is a PNG file, but .+ Try exporting or downloading it again\./,
  },
  {
    name: 'a truncated JPEG',
    file: 'harbour.jpg',
    bytes: async () => (await readFile(TINY_JPEG)).subarray(0, 500),
    says: /cannot be used: it is a JPEG file, but .+ Try exporting or downloading it again\./,
  },
];

for (const { name, file, bytes, says } of refused) {
  test(`${name} is refused with main's message, and nothing is added`, async ({ app }) => {
    const desk = new Desk(app.page);
    const { page } = app;
    const content = await bytes();
    const message = refusal(content, file);
    expect(message).toMatch(says);
    const onDisk = await fileToPick(file, content);

    await draftWithText(desk);
    const before = await storedDraft(page);
    await pickPhoto(desk, onDisk);

    const alert = page.getByRole('alert').filter({ hasText: message });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(`“${file}” was not added`);
    await expect(page.getByRole('status').filter({ hasText: 'Adding photo…' })).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Photo', exact: true })).toHaveCount(0);
    await expect(desk.body.locator(':scope > p')).toHaveText([OPENING]);
    // Leaving the body saves anything pending: there is nothing, and main holds the draft as it was.
    await desk.headline.click();
    await expect(desk.status).toHaveText(/Saved \d{1,2}:\d{2}/);
    const after = await storedDraft(page);
    expect(after.body).toBe(before.body);
    expect(after.updatedAt).toBe(before.updatedAt);
    expect(await assetFiles(app.profileDir)).toEqual([]);

    // The alert can be dismissed; the editor still takes a real photo afterwards.
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    await pickPhoto(desk, TINY_PNG);
    await expect(page.getByRole('group', { name: 'Photo', exact: true })).toHaveCount(1);
  });
}

test('the same photo imported twice is stored once, and both figures point at it', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  const figures = page.getByRole('group', { name: 'Photo', exact: true });
  await draftWithText(desk);
  await pickPhoto(desk, TINY_JPEG);
  await expect(figures).toHaveCount(1);
  // The second time under another name, as a copy from another folder would be.
  const copy = await fileToPick('harbour-copy.jpg', await readFile(TINY_JPEG));
  await pickPhoto(desk, copy);
  await expect(figures).toHaveCount(2);
  await desk.saved();

  const sha256 = createHash('sha256').update(await readFile(TINY_JPEG)).digest('hex');
  await expect.poll(async () => figureHashes((await storedDraft(page)).body)).toEqual([sha256, sha256]);
  expect(await assetFiles(app.profileDir)).toEqual([path.join(sha256.slice(0, 2), sha256)]);
  expect(await readFile(path.join(app.profileDir, 'assets', sha256.slice(0, 2), sha256))).toEqual(await readFile(TINY_JPEG));
  // Both cards show the stored image, served by main.
  for (const image of await figures.locator('img').all()) {
    await expect(image).toHaveAttribute('src', `assets/${sha256}`);
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(8);
  }
});

/** Hands the page a file, made there from `bytes`, and runs `deliver` with it (a drop or a paste). */
async function deliverFile(page: Page, bytes: Buffer, name: string, type: string, how: 'drop' | 'paste'): Promise<void> {
  await page.getByRole('textbox', { name: 'Article body' }).evaluate(
    (body, { base64, name, type, how }) => {
      const data = new DataTransfer();
      data.items.add(new File([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], name, { type }));
      const target = body.querySelector('p') ?? body;
      if (how === 'paste') {
        target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        return;
      }
      const box = target.getBoundingClientRect();
      const at = { clientX: box.right - 2, clientY: box.top + box.height / 2, bubbles: true, cancelable: true, dataTransfer: data };
      for (const kind of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(kind, at));
    },
    { base64: bytes.toString('base64'), name, type, how },
  );
}

for (const how of ['drop', 'paste'] as const) {
  test(`a photo file ${how === 'drop' ? 'dropped onto' : 'pasted into'} the body becomes a figure`, async ({ app }) => {
    const desk = new Desk(app.page);
    const { page } = app;
    const figures = page.getByRole('group', { name: 'Photo', exact: true });
    await draftWithText(desk);
    // A paste goes in at the caret, a drop where the file is let go: both at the end of the paragraph.
    await desk.body.getByText(OPENING).click();
    await page.keyboard.press('End');
    const bytes = await readFile(TINY_PNG);
    await deliverFile(page, bytes, 'flood-map.png', 'image/png', how);

    await expect(figures).toHaveCount(1);
    await expect(figures.locator('img')).toHaveAttribute('width', '8');
    await expect(desk.body.getByText(OPENING)).toHaveCount(1);
    await desk.saved();
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await expect.poll(async () => figureHashes((await storedDraft(page)).body)).toEqual([sha256]);
    expect(await assetFiles(app.profileDir)).toEqual([path.join(sha256.slice(0, 2), sha256)]);
  });
}

test('a dropped file that is not an image is refused with main’s message', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await draftWithText(desk);
  const bytes = Buffer.from('<html><body><script>window.__pwned = 1</script></body></html>');
  // Named and typed as an image, as a renamed file would be: main looks at the bytes.
  await deliverFile(page, bytes, 'map.png', 'image/png', 'drop');
  await expect(page.getByRole('alert').filter({ hasText: refusal(bytes, 'map.png') })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Photo', exact: true })).toHaveCount(0);
  expect(await assetFiles(app.profileDir)).toEqual([]);
});
