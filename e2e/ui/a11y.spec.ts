import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { test, expect } from '../fixtures';
import { Desk } from './desk';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One line per offending element: rule, impact, the element and what axe says to fix. */
const describe = (violations: Result[]): string[] =>
  violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}) at ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`),
  );

/**
 * axe-core on the page as it is now: the serious and critical violations, described. The script is
 * evaluated through the DevTools protocol, which the page's CSP (no inline scripts) does not cover.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run(context: object, options: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return describe(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical'));
}

async function expectAccessible(page: Page, screen: string, scheme: 'light' | 'dark'): Promise<void> {
  expect(await seriousViolations(page), `${scheme}: ${screen}`).toEqual([]);
}

const sidebarButton = (page: Page, name: string): Locator => page.getByRole('button', { name, exact: true });

async function openScreen(page: Page, button: string, heading: string): Promise<void> {
  await sidebarButton(page, button).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

test('every main screen has no serious or critical axe violations, in the light theme and the dark', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;

  for (const scheme of ['light', 'dark'] as const) {
    const check = (screen: string) => expectAccessible(page, screen, scheme);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(app.bridge.url);
    if (scheme === 'light') {
      // The first run's welcome, then the sample article, which has every kind of block.
      await expect(page.getByRole('heading', { name: 'Welcome to Copydesk' })).toBeVisible();
      await check('welcome');
      await page.getByRole('button', { name: 'Open sample article' }).click();
    }
    // The sample is open again after the reload: it was the open draft.
    await expect(desk.headline).not.toHaveValue('');
    await expect(desk.body.locator('.block').first()).toBeVisible();
    await check('editor with the sample article');

    for (const panel of ['Preview', 'Article details', 'History', 'Comments', 'Changes', 'Checklist']) {
      await desk.button(panel).click();
      await expect(desk.button(panel)).toHaveAttribute('aria-expanded', 'true');
      await expect(page.locator('.side-panels')).toBeVisible();
      await check(panel);
      await desk.button(panel).click();
    }

    await page.keyboard.press('Control+h');
    await expect(page.getByRole('search', { name: 'Find in article' })).toBeVisible();
    await page.keyboard.type('the');
    await check('find and replace');
    await page.keyboard.press('Escape');

    for (const [keys, dialog] of [
      ['Control+/', 'Keyboard shortcuts'],
      ['Control+Shift+E', 'Export'],
      ['Control+Shift+Enter', 'Publish'],
    ] as const) {
      await page.keyboard.press(keys);
      await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
      await check(dialog);
      await page.getByRole('dialog', { name: dialog }).getByRole('button', { name: 'Close' }).click();
    }

    await page.getByRole('button', { name: 'Trash', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Trash' })).toBeVisible();
    await check('trash');
    await page.getByRole('button', { name: 'Drafts', exact: true }).click();

    for (const [button, heading] of [
      ['Appeals library', 'Appeals library'],
      ['Publishing', 'Publishing'],
      ['Review queue', 'Review queue'],
      ['You', 'You'],
      ['Settings', 'Settings'],
    ] as const) {
      await openScreen(page, button, heading);
      await check(heading);
    }
  }
});

test('the editor is a named, multi-line textbox, and focus is always visible', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  await desk.newDraft();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveAttribute('aria-multiline', 'true');

  // Tab through the window: every stop draws a visible focus indicator (an outline or a ring).
  const unmarked: string[] = [];
  for (let stop = 0; stop < 40; stop++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' || (element.parentElement ? getComputedStyle(element.parentElement).boxShadow !== 'none' : false);
      const frame = element.closest('.body-frame');
      const frameRing = frame ? getComputedStyle(frame).boxShadow !== 'none' : false;
      return { name: element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? element.tagName, visible: ring || shadow || frameRing };
    });
    if (focus && !focus.visible) unmarked.push(focus.name);
  }
  expect(unmarked).toEqual([]);
});

test('Settings → Theme keeps light or dark over the system’s choice, across a restart; System follows it', async ({ app }) => {
  const desk = new Desk(app.page);
  const { page } = app;
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const LIGHT = 'rgb(245, 245, 242)';
  const DARK = 'rgb(27, 27, 26)';
  await desk.newDraft();

  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(background).toBe(LIGHT);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(background).toBe(DARK);

  await openScreen(page, 'Settings', 'Settings');
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'Match the system' })).toBeChecked();
  await theme.getByRole('radio', { name: 'Light' }).check();
  await expect.poll(background).toBe(LIGHT);

  await page.reload();
  await expect(desk.headline).toBeVisible();
  await expect.poll(background).toBe(LIGHT);
  await page.emulateMedia({ colorScheme: 'light' });
  await openScreen(page, 'Settings', 'Settings');
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
  await expect.poll(background).toBe(DARK);
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Match the system' }).check();
  await expect.poll(background).toBe(LIGHT);
  expect(app.rejections).toEqual([]);
});
