import { describe, expect, test } from 'vitest';
import { findDoubleSpaces, findPlaceholders, findStraightQuotes } from './textProblems';

const found = (matches: { found: string }[]) => matches.map((match) => match.found);

describe('placeholders', () => {
  test.each([
    ['The minister said TK people were hurt.', ['TK']],
    ['TKTK: quote from the mayor', ['TKTK']],
    ['Погибли ТК человек.', ['ТК']],
    ['Mixed layouts: TК and ТK.', ['TК', 'ТK']],
    ['Around XX people, XXX dollars.', ['XX', 'XXX']],
    ['В ХХ веке и в XX в. — но XX человек пострадали.', ['XX']],
    ['Lorem ipsum dolor sit amet. LOREM IPSUM again.', ['Lorem ipsum', 'LOREM IPSUM']],
    ['Said by [NAME], see [link to come] and [ФОТО].', ['[NAME]', '[link to come]', '[ФОТО]']],
    ['Нужна [ссылка на документ] и [уточнить цифру].', ['[ссылка на документ]', '[уточнить цифру]']],
  ])('%s', (text, expected) => {
    expect(found(findPlaceholders(text))).toEqual(expected);
  });

  test.each([
    'TKO in the third round; the TK-421 and ТК-шник; an atk and a TKx.',
    'Статья 81 ТК РФ; ТКАНИ; утка.',
    'The XX century, XIX–XX вв., the XXL shirt and Super Bowl XXI.',
    '"He [the minister] said it was [sic] fine," in 2023 [1].',
    'Он [министр] сказал, что всё в порядке.',
    'tk and xx in lower case are words, not markers.',
  ])('leaves real text alone: %s', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });

  test('reports where each is, in order', () => {
    expect(findPlaceholders('[TBC] then TK')).toEqual([
      { index: 0, length: 5, found: '[TBC]' },
      { index: 11, length: 2, found: 'TK' },
    ]);
  });

  test('reads a huge text in one pass', () => {
    const huge = `${'[a '.repeat(200_000)}${"'x ".repeat(200_000)}TK`;
    expect(found(findPlaceholders(huge))).toEqual(['TK']);
    expect(findStraightQuotes(huge)).toEqual([]);
  });
});

describe('straight quotes', () => {
  test('double quotes, and single ones used as quotation marks', () => {
    expect(findStraightQuotes('He said "no" and \'maybe\'.').map((match) => match.index)).toEqual([8, 11, 17, 23]);
    expect(found(findStraightQuotes('Он сказал: "нет".'))).toEqual(['"', '"']);
  });

  test.each(["don't", "the students' books", "the '90s and the '80s", "O'Brien's", 'curly “quotes” and ‘these’ and «ёлочки»'])('apostrophes and curly quotes pass: %s', (text) => {
    expect(findStraightQuotes(text)).toEqual([]);
  });
});

describe('double spaces', () => {
  test('two or more spaces, no-break ones too', () => {
    expect(findDoubleSpaces('One.  Two.\u00a0 Three. Four.')).toEqual([
      { index: 4, length: 2, found: '  ' },
      { index: 10, length: 2, found: '\u00a0 ' },
    ]);
    expect(findDoubleSpaces('Single spaces only; a\u00a0no-break one.')).toEqual([]);
  });
});
