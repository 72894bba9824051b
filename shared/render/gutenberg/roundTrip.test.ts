import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseBody } from '../../article/body';
import type { GutenbergContext, RenderableArticle } from '../article';
import { canonicalBody } from '../canonicalBody';
import { articles } from '../testing/arbitraries';
import { ENGLISH, HOSTILE, RUSSIAN, context } from '../testing/fixtures';
import { fromGutenberg } from './fromGutenberg';
import { parseBlocks } from './parseBlocks';
import { toGutenberg } from './toGutenberg';

const RUNS = 300;

/** The documented normalization: canonicalBody (see its comment for the rules). */
const canonical = (article: RenderableArticle) => canonicalBody(parseBody(article.body));
const roundTrip = (article: RenderableArticle, ctx: GutenbergContext) => JSON.parse(fromGutenberg(toGutenberg(article, ctx))) as unknown;

const withPatterns: GutenbergContext = { ...context, syncedPatternRef: (id) => (id === 'support-us' ? 42 : undefined) };

describe('WordPress round trip', () => {
  test.each([
    ['English', ENGLISH],
    ['Russian', RUSSIAN],
    ['hostile', HOSTILE],
  ])('the %s fixture comes back as it went', (_name, article) => {
    expect(roundTrip(article, context)).toEqual(canonical(article));
    expect(roundTrip(article, withPatterns)).toEqual(canonical(article));
  });

  test(`random articles come back equal after normalization (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(articles, (article) => {
        expect(roundTrip(article, context)).toEqual(canonical(article));
      }),
      { numRuns: RUNS },
    );
  });

  test(`appeals as synced-pattern references come back too (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(articles, (article) => {
        expect(roundTrip(article, withPatterns)).toEqual(canonical(article));
      }),
      { numRuns: RUNS },
    );
  });

  test(`no text breaks out of its block (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(articles, (article) => {
        const markup = toGutenberg(article, context);
        const written = canonical(article).root.children.length;
        // Every comment in the markup is a block delimiter, and each top-level node is one block.
        const comments = markup.match(/<!--/g)?.length ?? 0;
        const delimiters = markup.match(/<!-- \/?wp:[a-z-]+(?: \{[^]*?\})? \/?-->/g)?.length ?? 0;
        expect(comments).toBe(delimiters);
        expect(parseBlocks(markup)).toHaveLength(written);
      }),
      { numRuns: RUNS },
    );
  });

  test('the result is a body the editor loads, stable under a second trip', () => {
    fc.assert(
      fc.property(articles, (article) => {
        const once = fromGutenberg(toGutenberg(article, context));
        expect(() => parseBody(once)).not.toThrow();
        expect(fromGutenberg(toGutenberg({ ...article, body: once }, context))).toBe(once);
      }),
      { numRuns: RUNS },
    );
  });
});
