import { act } from 'react';
import { createEditor, type EditorState } from 'lexical';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, expect, onTestFinished, test, vi } from 'vitest';
// For React's act() environment.
import '../test/render';
import { StatusBar } from './StatusBar';

// The word count is worked out when typing pauses, not after every keystroke; a draft that has
// just been opened (or whose body has just loaded) is counted at once.

const text = (value: string) => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const stateOf = (...paragraphs: string[]): EditorState =>
  createEditor({ namespace: 'test', onError: (error) => { throw error; } }).parseEditorState(
    JSON.stringify({
      root: {
        type: 'root',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        children: paragraphs.map((p) => ({ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '', children: [text(p)] })),
      },
    }),
  );

const count = () => document.querySelector('.word-count')?.textContent;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** The bar in one root, re-rendered with new props as the workspace re-renders it. */
function mount(openId: string, body: EditorState | null) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const props = { status: { kind: 'idle' } as const, notice: null, heading: 'Ferry resumes' };
  const rerender = (id: string, state: EditorState | null) => act(() => root.render(<StatusBar {...props} openId={id} body={state} />));
  rerender(openId, body);
  onTestFinished(() => {
    act(() => root.unmount());
    container.remove();
  });
  return { rerender };
}

test('counted at once on opening, then again only once typing has paused', () => {
  const { rerender } = mount('a', null);
  expect(count()).toBe('2 words · 1 min read');
  rerender('a', stateOf('The ferry runs again.'));
  expect(count()).toBe('6 words · 1 min read');
  rerender('a', stateOf('The ferry runs again today.'));
  rerender('a', stateOf('The ferry runs again today, the council said.'));
  expect(count()).toBe('6 words · 1 min read');
  act(() => vi.advanceTimersByTime(300));
  expect(count()).toBe('10 words · 1 min read');
  // Another draft: its own count at once, not the last one's.
  rerender('b', stateOf('Паром снова ходит.'));
  expect(count()).toBe('5 words · 1 min read');
});
