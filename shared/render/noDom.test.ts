import { expect, test } from 'vitest';
import { bodyPlainText } from '../article/plainText';
import { slugify } from '../text/slug';
import * as renderers from './index';
import { ENGLISH, context } from './testing/fixtures';

test('every renderer runs in plain Node, with no DOM', () => {
  // Read through globalThis: shared/'s tsconfig has no DOM types, and its lint bans DOM globals.
  const global = globalThis as { document?: unknown; window?: unknown };
  expect(typeof global.document).toBe('undefined');
  expect(typeof global.window).toBe('undefined');
  const markup = renderers.toGutenberg(ENGLISH, context);
  const results = [
    renderers.toHtml(ENGLISH, context),
    renderers.toHtmlArticle(ENGLISH, context),
    renderers.toHtmlDocument(ENGLISH, context, { stylesheet: renderers.ARTICLE_CSS }),
    markup,
    renderers.fromGutenberg(markup),
    JSON.stringify(renderers.toNinjs(ENGLISH, context)),
    renderers.toPlainText(ENGLISH),
    bodyPlainText(ENGLISH.body),
    slugify(ENGLISH.headline),
  ];
  for (const result of results) expect(result.length).toBeGreaterThan(0);
});
