import { describe, expect, test } from 'vitest';
import { bodyPlainText } from './plainText';
import { countWords } from '../text/wordCount';

const text = (t: string) => ({ type: 'text', text: t, version: 1 });
const paragraph = (...children: object[]) => ({ type: 'paragraph', children, version: 1 });
const body = (...children: object[]) => JSON.stringify({ root: { type: 'root', children, version: 1 } });

describe('bodyPlainText', () => {
  test('puts each block on its own line and runs inline nodes together', () => {
    const json = body(
      paragraph(text('Rain closed '), { type: 'link', url: 'https://example.org', children: [text('the ferry')] }, text('.')),
      { type: 'list', children: [{ type: 'listitem', children: [text('one')] }, { type: 'listitem', children: [text('two')] }] },
      paragraph(text('a'), { type: 'linebreak' }, text('b')),
    );
    expect(bodyPlainText(json)).toBe('Rain closed the ferry.\none\ntwo\na\nb');
  });
  test('counts Cyrillic words', () => {
    expect(countWords(bodyPlainText(body(paragraph(text('Паром не ходит уже третий день.')))), 'ru')).toBe(6);
  });
});
