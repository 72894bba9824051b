import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AutosaveQueue, type SaveStatus } from './autosaveQueue';

interface Doc {
  id: string;
  text: string;
}

/** A save the test finishes by hand, to see what happens while it is in flight. */
interface PendingSave {
  content: Doc;
  resolve(at: number): void;
  reject(error: Error): void;
}

function setup() {
  const saves: PendingSave[] = [];
  const statuses: SaveStatus[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const queue = new AutosaveQueue<Doc>({
    delayMs: 1_000,
    maxWaitMs: 5_000,
    onStatus: (status) => statuses.push(status),
    save: (content) =>
      new Promise<number>((resolve, reject) => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        saves.push({
          content,
          resolve(at) {
            inFlight -= 1;
            resolve(at);
          },
          reject(error) {
            inFlight -= 1;
            reject(error);
          },
        });
      }),
  });
  return { queue, saves, statuses, maxInFlight: () => maxInFlight };
}

const lastStatus = (statuses: SaveStatus[]) => statuses.at(-1);
// Lets the queue's awaits run after a save settles.
const tick = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('AutosaveQueue', () => {
  test('saves within the maximum wait even while typing never pauses', async () => {
    const { queue, saves } = setup();
    // A keystroke every 200 ms for six seconds: the quiet second never comes.
    for (let typed = 1; typed <= 30; typed++) {
      queue.update({ id: 'a', text: 'x'.repeat(typed) });
      await vi.advanceTimersByTimeAsync(200);
    }
    // Five seconds after the first unsaved keystroke, what was typed by then (25 keys) is saved.
    expect(saves.map((save) => save.content.text.length)).toEqual([25]);
  });

  test('waits for a quiet second after the last change, then saves only the latest content', async () => {
    const { queue, saves, statuses } = setup();
    queue.update({ id: 'a', text: 'H' });
    await vi.advanceTimersByTimeAsync(600);
    queue.update({ id: 'a', text: 'He' });
    await vi.advanceTimersByTimeAsync(600);
    queue.update({ id: 'a', text: 'Hello' });
    await vi.advanceTimersByTimeAsync(999);
    expect(saves).toHaveLength(0);
    expect(lastStatus(statuses)).toEqual({ kind: 'dirty', id: 'a' });

    await vi.advanceTimersByTimeAsync(1);
    expect(saves.map((save) => save.content.text)).toEqual(['Hello']);
    expect(lastStatus(statuses)).toEqual({ kind: 'saving', id: 'a' });

    saves[0]!.resolve(1234);
    await tick();
    expect(lastStatus(statuses)).toEqual({ kind: 'saved', id: 'a', at: 1234 });
  });

  test('flush saves at once and resolves true when everything is stored', async () => {
    const { queue, saves } = setup();
    queue.update({ id: 'a', text: 'now' });
    const flushed = queue.flush();
    expect(saves).toHaveLength(1);
    saves[0]!.resolve(1);
    await expect(flushed).resolves.toBe(true);
    // The debounce timer was cancelled by the flush: nothing is saved twice.
    await vi.advanceTimersByTimeAsync(5_000);
    expect(saves).toHaveLength(1);
  });

  test('flush with nothing pending resolves true without saving', async () => {
    const { queue, saves } = setup();
    await expect(queue.flush()).resolves.toBe(true);
    expect(saves).toHaveLength(0);
  });

  test('never runs two saves at once; edits made during a save are saved after it, latest only', async () => {
    const { queue, saves, statuses, maxInFlight } = setup();
    queue.update({ id: 'a', text: 'v1' });
    void queue.flush();
    queue.update({ id: 'a', text: 'v2' });
    queue.update({ id: 'a', text: 'v3' });
    const second = queue.flush();
    await tick();
    expect(saves).toHaveLength(1);

    saves[0]!.resolve(1);
    await tick();
    // v1 is stored but v3 is still pending, so "saved" is not claimed yet.
    expect(statuses.filter((status) => status.kind === 'saved')).toHaveLength(0);
    expect(saves.map((save) => save.content.text)).toEqual(['v1', 'v3']);

    saves[1]!.resolve(2);
    await expect(second).resolves.toBe(true);
    expect(maxInFlight()).toBe(1);
    expect(lastStatus(statuses)).toEqual({ kind: 'saved', id: 'a', at: 2 });
  });

  test('a change during a save waits for its own quiet second rather than saving straight after', async () => {
    const { queue, saves } = setup();
    queue.update({ id: 'a', text: 'v1' });
    await vi.advanceTimersByTimeAsync(1_000);
    queue.update({ id: 'a', text: 'v2' });
    saves[0]!.resolve(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(500);
    expect(saves.map((save) => save.content.text)).toEqual(['v1', 'v2']);
  });

  test('a failed save keeps its content, reports the message, and is retried with the next change', async () => {
    const { queue, saves, statuses } = setup();
    queue.update({ id: 'a', text: 'first' });
    const flushed = queue.flush();
    saves[0]!.reject(new Error('the disk is full'));
    await expect(flushed).resolves.toBe(false);
    expect(lastStatus(statuses)).toEqual({ kind: 'failed', id: 'a', message: 'the disk is full' });
    expect(queue.unsaved('a')).toEqual({ id: 'a', text: 'first' });

    queue.update({ id: 'a', text: 'first, then more' });
    await vi.advanceTimersByTimeAsync(1_000);
    expect(saves.map((save) => save.content.text)).toEqual(['first', 'first, then more']);
    saves[1]!.resolve(9);
    await tick();
    expect(lastStatus(statuses)).toEqual({ kind: 'saved', id: 'a', at: 9 });
    expect(queue.unsaved('a')).toBeUndefined();
  });

  test('a failed save does not put back content older than what was typed during it', async () => {
    const { queue, saves } = setup();
    queue.update({ id: 'a', text: 'old' });
    const flushed = queue.flush();
    queue.update({ id: 'a', text: 'new' });
    saves[0]!.reject(new Error('offline'));
    await flushed;
    expect(queue.unsaved('a')).toEqual({ id: 'a', text: 'new' });
  });

  test('a flush retries a failed save even without a new change', async () => {
    const { queue, saves } = setup();
    queue.update({ id: 'a', text: 'kept' });
    const first = queue.flush();
    saves[0]!.reject(new Error('busy'));
    await first;
    const second = queue.flush();
    expect(saves.map((save) => save.content.text)).toEqual(['kept', 'kept']);
    saves[1]!.resolve(3);
    await expect(second).resolves.toBe(true);
  });

  test('keeps each draft separately, so switching drafts loses nothing', async () => {
    const { queue, saves } = setup();
    queue.update({ id: 'a', text: 'story A' });
    queue.update({ id: 'b', text: 'story B' });
    const flushed = queue.flush();
    saves[0]!.resolve(1);
    await tick();
    saves[1]!.resolve(2);
    await expect(flushed).resolves.toBe(true);
    expect(saves.map((save) => save.content)).toEqual([
      { id: 'a', text: 'story A' },
      { id: 'b', text: 'story B' },
    ]);
  });
});
