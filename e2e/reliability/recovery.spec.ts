import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, writeSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openBridge } from '../bridge/bridge';
import { test, expect } from '../fixtures';
import { Desk } from '../ui/desk';
import { openDraftStore } from '../../main/services/drafts/store';
import { bodyOf, paragraphNode, textNode } from '../../shared/render/lexicalNodes';

// A profile whose drafts database was damaged while Copydesk was closed (garbage over one page of
// the drafts table). Opening the window must tell the reporter, in the window, what came back and
// where the damaged file was kept, and the recovered drafts must be there to open.

const STORIES = 60;

/** STORIES drafts, English and Russian, long enough that the drafts table spans many pages. */
function writeStories(file: string): void {
  const store = openDraftStore({ file });
  try {
    for (let n = 0; n < STORIES; n += 1) {
      const { id } = store.create();
      const paragraph = n % 2 ? `Паром номер ${n} вышел из гавани на рассвете. `.repeat(30) : `Ferry number ${n} left the harbour at dawn. `.repeat(30);
      store.save(id, { headline: `Harbour story ${n}`, standfirst: `Standfirst ${n}`, byline: 'Staff', body: JSON.stringify(bodyOf([paragraphNode([textNode(paragraph)])])) });
    }
  } finally {
    store.close();
  }
}

/** Overwrites a leaf page in the middle of the drafts table with garbage, as a failing disk would. */
function damageDraftsPage(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'drafts' AND pagetype = 'leaf' ORDER BY pageno").pluck().all() as number[];
  db.close();
  expect(leaves.length).toBeGreaterThan(4);
  const fd = openSync(file, 'r+');
  try {
    writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (leaves[Math.floor(leaves.length / 2)]! - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

test('a damaged drafts database: the window says what was recovered and where the damaged file is', async ({ context, page }) => {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'copydesk-e2e-recovery-'));
  const file = path.join(profileDir, 'drafts.sqlite');
  writeStories(file);
  damageDraftsPage(file);
  const damaged = sha256(file);
  const logged: string[] = [];
  const bridge = await openBridge({ profileDir, log: { warn: (message) => logged.push(message), error: (message) => logged.push(`ERROR ${message}`) } });
  try {
    await bridge.attach(context);
    await page.goto(bridge.url);

    const alert = page.getByRole('alert').filter({ hasText: 'drafts database was damaged' });
    await expect(alert).toBeVisible();
    const sentence = (await alert.locator('p').textContent()) ?? '';
    const said = /^The drafts database was damaged\. Copydesk recovered (\d+) drafts and (\d+) saved versions into a new database\. Some text may be missing\. The damaged file was kept at (.+\.sqlite)\.$/.exec(sentence);
    expect(said, sentence).not.toBeNull();
    const [, drafts, versions, keptAt] = said!;

    // Part of the table was lost, the rest came back, and the window lists exactly what came back.
    expect(Number(drafts)).toBeGreaterThan(0);
    expect(Number(drafts)).toBeLessThan(STORIES);
    expect(Number(versions)).toBeGreaterThan(0);
    const desk = new Desk(page);
    await expect(desk.draftInList(/Harbour story \d+/)).toHaveCount(Number(drafts));
    // The damaged file is kept beside the new one, byte for byte as it was found.
    expect(path.dirname(keptAt!)).toBe(profileDir);
    expect(path.basename(keptAt!)).toMatch(/^drafts\.corrupt-[\dT-]+Z\.sqlite$/);
    expect(existsSync(keptAt!)).toBe(true);
    expect(sha256(keptAt!)).toBe(damaged);
    expect(logged).toEqual(['drafts database recovered']);

    // A recovered draft opens with its text.
    const [first] = await desk.draftInList(/Harbour story \d+/).all();
    await first!.click();
    await expect(desk.body).toContainText(/Ferry number|Паром номер/);

    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toHaveCount(0);
    console.log(`recovery banner: ${drafts} of ${STORIES} drafts and ${versions} versions recovered; damaged file kept at ${path.basename(keptAt!)}`);
  } finally {
    await bridge.close();
    await rm(profileDir, { recursive: true, force: true });
  }
});
