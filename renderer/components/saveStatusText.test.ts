import { expect, test } from 'vitest';
import { translator } from '../../shared/i18n/translate';
import { saveStatusText } from './saveStatusText';

const en = translator('en');

test('describes the open draft’s save, and any failure', () => {
  const at = new Date(2025, 0, 2, 9, 5).getTime();
  expect(saveStatusText(en, { kind: 'idle' }, 'a')).toBe('');
  expect(saveStatusText(en, { kind: 'dirty', id: 'a' }, 'a')).toBe('Unsaved changes');
  expect(saveStatusText(en, { kind: 'saving', id: 'a' }, 'a')).toBe('Saving…');
  expect(saveStatusText(en, { kind: 'saved', id: 'a', at }, 'a')).toBe('Saved 09:05');
  expect(saveStatusText(en, { kind: 'saved', id: 'b', at }, 'a')).toBe('');
  expect(saveStatusText(en, { kind: 'failed', id: 'b', message: 'the disk is full' }, 'a')).toBe('Not saved: the disk is full');
});

test('says the same in Russian, with main’s own reason as main sent it', () => {
  const ru = translator('ru');
  expect(saveStatusText(ru, { kind: 'saved', id: 'a', at: new Date(2025, 0, 2, 9, 5).getTime() }, 'a')).toBe('Сохранено в 09:05');
  expect(saveStatusText(ru, { kind: 'failed', id: 'b', message: 'The drafts database is full.' }, 'a')).toBe('Не сохранено: The drafts database is full.');
});
