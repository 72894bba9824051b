import { describe, expect, test } from 'vitest';
import { cleanHtml } from './cleanHtml';
import { googleDocsSamples } from './fixtures/googleDocs';
import { webSamples } from './fixtures/web';
import { wordSamples } from './fixtures/word';

const samples = [...googleDocsSamples, ...wordSamples, ...webSamples];
const ALLOWED = new Set(['P', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'B', 'STRONG', 'I', 'EM', 'A']);

describe.each(samples)('$name', ({ html, clean }) => {
  test('comes out as expected', () => {
    expect(cleanHtml(html)).toBe(clean);
  });

  test('holds only allowed elements, and no attribute but a web or mail href', () => {
    const body = new DOMParser().parseFromString(cleanHtml(html), 'text/html').body;
    for (const element of body.querySelectorAll('*')) {
      expect(ALLOWED.has(element.tagName)).toBe(true);
      for (const attribute of element.attributes) {
        expect(attribute.name).toBe('href');
        expect(attribute.value).toMatch(/^(https?:\/\/|mailto:)/);
      }
    }
  });
});
