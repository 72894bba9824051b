import { describe, expect, test } from 'vitest';
import { isAllowedLinkUrl, linkUrlFromInput } from './linkUrl';

describe('links', () => {
  test.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['http://example.org', 'http://example.org'],
    ['  example.org/story ', 'https://example.org/story'],
    ['desk@example.org', 'mailto:desk@example.org'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
  ])('accepts %j as %j', (input, url) => {
    expect(linkUrlFromInput(input)).toBe(url);
  });

  test.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'tel:+44123456', '/relative', '#top', '', '   ', 'https://'])(
    'refuses %j',
    (input) => {
      expect(linkUrlFromInput(input)).toBeNull();
    },
  );

  test('the editor-level check allows only http(s) and mailto', () => {
    expect(isAllowedLinkUrl('https://example.org')).toBe(true);
    expect(isAllowedLinkUrl('mailto:a@example.org')).toBe(true);
    expect(isAllowedLinkUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedLinkUrl('example.org')).toBe(false);
  });
});
