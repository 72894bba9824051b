import { expect, test } from 'vitest';
import { saveStatusText } from './saveStatusText';

test('describes the open draft’s save, and any failure', () => {
  const at = new Date(2025, 0, 2, 9, 5).getTime();
  expect(saveStatusText({ kind: 'idle' }, 'a')).toBe('');
  expect(saveStatusText({ kind: 'dirty', id: 'a' }, 'a')).toBe('Unsaved changes');
  expect(saveStatusText({ kind: 'saving', id: 'a' }, 'a')).toBe('Saving…');
  expect(saveStatusText({ kind: 'saved', id: 'a', at }, 'a')).toBe('Saved 09:05');
  expect(saveStatusText({ kind: 'saved', id: 'b', at }, 'a')).toBe('');
  expect(saveStatusText({ kind: 'failed', id: 'b', message: 'the disk is full' }, 'a')).toBe('Not saved: the disk is full');
});
