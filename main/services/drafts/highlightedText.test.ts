import { describe, expect, test } from 'vitest';
import { BLANK_CHARS, leadSnippet, MATCH_END as E, MATCH_START as S, segmentsFromMarked, SNIPPET_CHARS } from './highlightedText';

test('BLANK_CHARS holds exactly the characters \\s matches, which oneLine() collapses', () => {
  const matched: number[] = [];
  for (let code = 0; code <= 0x10ffff; code += 1) if (/\s/u.test(String.fromCodePoint(code))) matched.push(code);
  expect([...BLANK_CHARS].map((c) => c.codePointAt(0))).toEqual(matched);
  expect(BLANK_CHARS).not.toMatch(/'/);
});

describe('segmentsFromMarked', () => {
  test('splits marked text into plain and matched segments', () => {
    expect(segmentsFromMarked(`The ${S}ferry${E} to the ${S}islands${E}`)).toEqual([
      { text: 'The ', match: false },
      { text: 'ferry', match: true },
      { text: ' to the ', match: false },
      { text: 'islands', match: true },
    ]);
  });
  test('puts text on one line and drops empty segments', () => {
    expect(segmentsFromMarked(`${S}Паром${E}\n\n  не ходит…`)).toEqual([
      { text: 'Паром', match: true },
      { text: ' не ходит…', match: false },
    ]);
    expect(segmentsFromMarked('')).toEqual([]);
  });
});

describe('leadSnippet', () => {
  test('prefers the standfirst, else the body', () => {
    expect(leadSnippet('Standfirst.', 'Body.')).toEqual([{ text: 'Standfirst.', match: false }]);
    expect(leadSnippet('  ', 'Body\nsecond line.')).toEqual([{ text: 'Body second line.', match: false }]);
    expect(leadSnippet('', '')).toEqual([]);
  });
  test('cuts a single overlong word where it is', () => {
    const [segment] = leadSnippet('x'.repeat(500), '');
    expect(segment?.text).toBe(`${'x'.repeat(SNIPPET_CHARS)}…`);
  });
});
