import { describe, expect, test } from 'vitest';
import { decodeBase64Strict } from './base64';

describe('decodeBase64Strict', () => {
  test.each([
    ['', ''],
    ['Zg==', 'f'],
    ['Zm8=', 'fo'],
    ['Zm9v', 'foo'],
    ['/+8=', '\xff\xef'],
  ])('decodes %j', (text, expected) => {
    const decoded = decodeBase64Strict(text);
    expect('bytes' in decoded && decoded.bytes.toString('latin1')).toBe(expected);
  });

  test.each([
    ['a data: URL', 'data:image/png;base64,iVBORw0KGgo=', /data: URL/],
    ['a length that is not a multiple of 4', 'Zm9vY', /multiple of 4/],
    ['line breaks', 'Zm9v\nYmFy', /multiple of 4|alphabet/],
    ['spaces', 'Zm9v YmE', /alphabet/],
    ['URL-safe letters', 'Zm-_', /alphabet/],
    ['padding in the middle', 'Zg==Zm9v', /alphabet/],
    ['three padding characters', 'Z===', /alphabet/],
    ['non-ASCII', 'Zm9vЖ===', /alphabet/],
    ['a NUL', 'Zm9\0', /alphabet/],
    ['stray bits in the last character', 'Zh==', /non-canonical/],
  ])('refuses %s', (_case, text, problem) => {
    const decoded = decodeBase64Strict(text);
    expect('problem' in decoded && decoded.problem).toMatch(problem);
  });
});
