import { test, expect } from '../fixtures';
import { parseBody } from '../../shared/article/body';
import { toHtml } from '../../shared/render/html';
import { DEFAULT_META } from '../../shared/article/meta';
import { Desk } from './desk';
import { analyzeBody } from './paste/analyze';
import { googleDocsFixtures } from './paste/corpus-docs';
import { wordFixtures } from './paste/corpus-word';
import { xssFixtures } from './paste/corpus-xss';
import { EXECUTABLE, type PasteFixture } from './paste/fixture';

const corpus: PasteFixture[] = [...googleDocsFixtures, ...wordFixtures, ...xssFixtures];

test('the paste corpus has at least 30 fixtures', () => {
  expect(corpus.length).toBeGreaterThanOrEqual(30);
});

for (const fixture of corpus) {
  test(`paste: ${fixture.name}`, async ({ app }) => {
    const desk = new Desk(app.page);
    const { page } = app;
    await desk.newDraft();
    await desk.headline.fill(fixture.name);
    await desk.body.click();
    await desk.pasteHtml(fixture.html);
    await desk.saved();

    const stored = await page.evaluate(async () => {
      const list = await window.copydesk.listDrafts({});
      if (!list.ok) throw new Error(list.error.message);
      const draft = await window.copydesk.getDraft({ id: list.value[0]!.id });
      if (!draft.ok) throw new Error(draft.error.message);
      return draft.value;
    });
    const shape = analyzeBody(parseBody(stored.body).root);
    const { expect: want } = fixture;
    if (want.paragraphs) expect(shape.paragraphs).toEqual(want.paragraphs);
    if (want.headings) expect(shape.headings).toEqual(want.headings);
    if (want.listItems) expect(shape.listItems).toEqual(want.listItems);
    for (const bold of want.bold ?? []) expect(shape.bold.join('')).toContain(bold);
    for (const italic of want.italic ?? []) expect(shape.italic.join('')).toContain(italic);
    if (want.links) expect(shape.links).toEqual(want.links);
    for (const text of want.text ?? []) expect(shape.text.replace(/\s+/g, ' ')).toContain(text);

    const html = toHtml({ ...stored, meta: stored.meta ?? DEFAULT_META }, { appeal: () => undefined, assetUrl: (asset) => `assets/${asset.sha256}` });
    for (const place of [stored.body, html]) {
      for (const marker of EXECUTABLE) expect(place).not.toMatch(marker);
      for (const absent of want.absent ?? []) expect(place).not.toContain(absent);
    }
    // Nothing ran in the page: not during the paste, not while the editor rendered the result.
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });
}
