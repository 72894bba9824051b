import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { Desk } from '../ui/desk';

// The reporter types, an autosave is acknowledged, the typing goes on, and then the window goes
// away (reloaded, closed, its process killed). Whatever main had acknowledged as saved before
// that moment must be there when the draft is opened again.

const HEADLINE = 'Night shift at the sorting office';
const words = (from: number, count: number): string => Array.from({ length: count }, (_, i) => `word${from + i}`).join(' ');
const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** The body text main holds for the test's draft, read from the profile's database behind the app's back. */
export function storedText(profileDir: string): string {
  const db = new Database(path.join(profileDir, 'drafts.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare('SELECT body_text FROM drafts WHERE headline = ?').get(HEADLINE) as { body_text: string } | undefined;
    return row?.body_text ?? '';
  } finally {
    db.close();
  }
}

/**
 * Types a first stretch and waits for "Saved HH:MM", then keeps typing word after word without
 * pausing and returns (while still typing) with the text main had acknowledged. `stop()` ends the
 * typing after the word in flight, so the interruption lands in the middle of a word.
 */
export async function typeUntilInterrupted(desk: Desk, profileDir: string): Promise<{ acknowledged: string; stop: () => Promise<void> }> {
  await desk.newDraft();
  await desk.headline.fill(HEADLINE);
  await desk.typeParagraphs([words(0, 40).trimEnd()]);
  await desk.saved();
  const acknowledged = storedText(profileDir);
  expect(acknowledged).toContain('word39');
  let stopped = false;
  const typing = (async () => {
    for (let n = 40; !stopped && n < 2_000; n += 1) await desk.page.keyboard.type(` word${n}`, { delay: 15 });
  })().catch(() => {
    // The page went away under the keystroke: that is the point.
  });
  await desk.page.waitForTimeout(1_500);
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await typing;
    },
  };
}

/** Opens the draft again on `page` and checks that nothing acknowledged was lost. */
export async function reopenAndCheck(page: Page, profileDir: string, acknowledged: string): Promise<void> {
  const desk = new Desk(page);
  await desk.draftInList(new RegExp(HEADLINE)).click();
  await expect(desk.headline).toHaveValue(HEADLINE);
  const stored = storedText(profileDir);
  // Everything acknowledged is stored, and the editor shows exactly what is stored.
  expect(stored.startsWith(acknowledged.trimEnd())).toBe(true);
  await expect(desk.body).toHaveText(stored);
  const lostWords = acknowledged.split(/\s+/).filter((w) => w && !stored.includes(w));
  expect(lostWords).toEqual([]);
  console.log(`acknowledged ${wordCount(acknowledged)} words before the interruption; ${wordCount(stored)} stored after`);
}
