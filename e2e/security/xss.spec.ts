import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { parseBody } from '../../shared/article/body';
import { DEFAULT_META } from '../../shared/article/meta';
import { toGutenberg, toHtml } from '../../shared/render';
import { Desk } from '../ui/desk';
import { executableIn, executableInBody } from './executable';
import { ownVectorCount, securityXssCorpus } from './xss-corpus';

// The hostile-paste corpus, in batches: each batch is pasted, payload after payload, into one new
// draft; then the stored editor state, the live editor, toHtml, toGutenberg and the Preview are
// searched for anything executable, and the page must never have run an injected handler
// (window.__pwned stays undefined: after the paste, after opening Preview, and after reloading
// and reopening the stored draft). While the Preview renders and after the reload, the CSP must
// also have had nothing to block: a script-src violation there would mean the sanitizer let a
// handler into a live document and only the CSP stopped it.

const BATCH = 25;
const batches: (typeof securityXssCorpus)[] = [];
for (let i = 0; i < securityXssCorpus.length; i += BATCH) batches.push(securityXssCorpus.slice(i, i + BATCH));

/** Records CSP violations as `directive blockedURI`; runs in the page. */
function watchViolations() {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`), true);
}

/**
 * window.__pwned and the violations recorded since the last call (which clears them), of the
 * directives that guard execution. `eval` is left out: zod probes `Function('')` once per page
 * load to decide whether it may compile validators (CSP refuses it, zod falls back), and pasted
 * markup cannot reach eval without a script already running, which script-src-elem/-attr catch.
 */
async function sinceLast(page: Page) {
  return page.evaluate(() => {
    const seen = (window as unknown as { __violations: string[] }).__violations;
    return { pwned: (window as { __pwned?: unknown }).__pwned, violations: seen.splice(0).filter((line) => /^(script-src|object-src|frame-src|child-src|base-uri|form-action)/.test(line) && !line.endsWith(' eval')) };
  });
}

test(`the security XSS corpus holds at least 100 payloads of its own (${ownVectorCount} own, ${securityXssCorpus.length} in all)`, () => {
  expect(ownVectorCount).toBeGreaterThanOrEqual(100);
  console.log(`[xss] ${ownVectorCount} own payloads + ${securityXssCorpus.length - ownVectorCount} composed from the paste corpus = ${securityXssCorpus.length}, in ${batches.length} batches`);
});

test('the checkers catch what they look for', async ({ app }) => {
  const hostile = `<img src=x onerror=1><a href="java&#x09;script:x">a</a><p style="background:url(x)">p</p><svg></svg><iframe srcdoc="x"></iframe><a href=" JAVASCRIPT:x">b</a><a href="https://example.org/">ok</a>`;
  expect((await app.page.evaluate(executableIn, hostile)).length).toBe(7);
  const body = { type: 'root', children: [{ type: 'link', url: ' javascript:x', children: [] }, { type: 'text', text: '<script>fine as text</script>' }] };
  expect(executableInBody(body)).toEqual(['root/link[0].url= javascript:x']);
});

for (const [index, batch] of batches.entries()) {
  test(`xss batch ${index + 1}/${batches.length}: ${batch.length} payloads`, async ({ app }) => {
    const { page } = app;
    const desk = new Desk(page);
    // Installed now and on every later load of the page (the reload below).
    await page.addInitScript(watchViolations);
    await page.evaluate(watchViolations);
    await desk.newDraft();
    await desk.headline.fill(`XSS batch ${index + 1}`);
    await desk.body.click();
    for (const fixture of batch) {
      await desk.pasteHtml(fixture.html);
    }
    await desk.saved();
    const names = batch.map((fixture) => fixture.name).join(' | ');

    const stored = await page.evaluate(async () => {
      const list = await window.copydesk.listDrafts({});
      if (!list.ok) throw new Error(list.error.message);
      const draft = await window.copydesk.getDraft({ id: list.value[0]!.id });
      if (!draft.ok) throw new Error(draft.error.message);
      return draft.value;
    });
    expect(executableInBody(parseBody(stored.body).root), `stored editor state (${names})`).toEqual([]);

    const article = { ...stored, meta: stored.meta ?? DEFAULT_META };
    const ctx = { appeal: () => undefined, assetUrl: (asset: { sha256: string }) => `assets/${asset.sha256}` };
    for (const [what, html] of [
      ['toHtml', toHtml(article, ctx)],
      ['toGutenberg', toGutenberg(article, ctx)],
      ['live editor', await desk.body.evaluate((element) => element.innerHTML)],
    ] as const) {
      expect(await page.evaluate(executableIn, html), `${what} (${names})`).toEqual([]);
    }

    // Sanitizing hostile HTML in DOMPurify's inert DOMParser document makes Chromium report
    // script-src-attr / base-uri violations (such documents inherit the page's CSP) though nothing
    // there can run. So the violation check starts after the paste: from here on, anything the
    // CSP has to block means executable content reached a live document.
    await page.waitForTimeout(200);
    expect((await sinceLast(page)).pwned, `window.__pwned after pasting ${names}`).toBeUndefined();

    const checkPreview = async (when: string) => {
      await desk.button('Preview').click();
      const preview = page.locator('#preview-panel .preview-article');
      await expect.poll(() => preview.evaluate((host) => host.shadowRoot?.innerHTML.length ?? 0)).toBeGreaterThan(0);
      const previewHtml = await preview.evaluate((host) => host.shadowRoot!.innerHTML);
      expect(await page.evaluate(executableIn, previewHtml), `preview ${when} (${names})`).toEqual([]);
      // Give anything queued (image errors, animations, focus) a moment to fire.
      await page.waitForTimeout(200);
      const { pwned, violations } = await sinceLast(page);
      expect(pwned, `window.__pwned after the preview ${when} (${names})`).toBeUndefined();
      expect(violations, `blocked only by the CSP, preview ${when} (${names})`).toEqual([]);
    };
    await checkPreview('after the paste');

    // The stored draft drawn again from the database in a fresh page: the stored-XSS path.
    await page.reload();
    await desk.draftInList(new RegExp(`XSS batch ${index + 1}\\b`)).first().click();
    await expect(desk.headline).toHaveValue(`XSS batch ${index + 1}`);
    await checkPreview('after reopening');
    expect(await page.evaluate(executableIn, await desk.body.evaluate((element) => element.innerHTML)), `reopened editor (${names})`).toEqual([]);
  });
}
