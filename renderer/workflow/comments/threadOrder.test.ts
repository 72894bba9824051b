import { describe, expect, test } from 'vitest';
import type { CommentThread } from '../../../shared/workflow/review';
import { orderThreads } from './threadOrder';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function thread(n: number, startedAt: number): CommentThread {
  return {
    id: id(n),
    quote: `quote ${n}`,
    messages: [{ id: id(100 + n), author: { name: 'Olga', role: 'editor', cmsUser: '' }, at: startedAt, text: `comment ${n}` }],
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
  };
}

describe('orderThreads', () => {
  test('puts threads in the order of their words in the body, then those whose words were deleted, oldest first', () => {
    const threads = [thread(1, 10), thread(2, 20), thread(3, 30), thread(4, 5)];
    const ordered = orderThreads(threads, [id(3), id(1)]);
    expect(ordered.map(({ thread: t }) => t.id)).toEqual([id(3), id(1), id(4), id(2)]);
    expect(ordered.map(({ anchored }) => anchored)).toEqual([true, true, false, false]);
  });

  test('ignores anchors with no thread and does not change its input', () => {
    const threads = [thread(1, 10), thread(2, 20)];
    const ordered = orderThreads(threads, [id(9), id(2)]);
    expect(ordered.map(({ thread: t }) => t.id)).toEqual([id(2), id(1)]);
    expect(threads.map((t) => t.id)).toEqual([id(1), id(2)]);
  });

  test('no threads, no entries', () => {
    expect(orderThreads([], [id(1)])).toEqual([]);
  });
});
