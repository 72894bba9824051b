/// <reference lib="dom" />
// Instrumentation injected into both pages (Copydesk's renderer and the bare Lexical page) before
// their own scripts run, bundled by the bench into one init script. Everything is measured in the
// page, on its own clock (performance.now(), whose zero is the navigation start), so Playwright's
// round trips never enter a figure.

export {};

interface Pending {
  t0: number;
  dom: number | null;
  frame: number | null;
}

interface BenchProbe {
  /** Milliseconds from navigation start to the first frame after the whole document is in the editor. */
  loaded(marker: string): Promise<number>;
  placeCaret(): Promise<string>;
  armTyping(): void;
  /** The newest keystroke's keydown → DOM updated and keydown → next frame, in ms, and when its keydown was. */
  collect(): Promise<{ dom: number | null; frame: number | null; at: number }>;
  paste(html: string, text: string, marker: string): Promise<{ dom: number; frame: number }>;
  /** Copydesk: saves at once, as when the window loses focus (the autosave flushes on blur). */
  saveNow(): void;
  /** Copydesk: resolves on the frame after the status line, changing after saveNow(), reads "Saved …". */
  saved(): Promise<void>;
  /** Resolves after the next frame has been produced. */
  nextFrame(): Promise<number>;
}

declare global {
  interface Window {
    __bench: BenchProbe;
  }
}

const editorRoot = (): HTMLElement | null => document.querySelector<HTMLElement>('[aria-label="Article body"][contenteditable="true"]');

/** Resolves after the next frame has been produced: rAF, then a task queued from it (after paint). */
const afterNextFrame = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );

const endsWith = (root: HTMLElement, marker: string): boolean => {
  let node = root.lastElementChild;
  for (let i = 0; i < 4 && node; i += 1, node = node.previousElementSibling) {
    if (node.textContent?.includes(marker)) return true;
  }
  return false;
};

let pending: Pending | null = null;
let observer: MutationObserver | null = null;
let currentSave: Promise<void> | null = null;
let statusWatch: MutationObserver | null = null;
let statusTimer: ReturnType<typeof setTimeout> | undefined;

const statusSaysSaved = (): boolean => Array.from(document.querySelectorAll('[role="status"]')).some((el) => /^Saved /.test(el.textContent ?? ''));

window.addEventListener(
  'keydown',
  (event) => {
    if (!observer) return;
    const entry: Pending = { t0: event.timeStamp, dom: null, frame: null };
    pending = entry;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        entry.frame = performance.now() - entry.t0;
      };
      channel.port2.postMessage(0);
    });
  },
  true,
);

window.__bench = {
  loaded: (marker) =>
    new Promise((resolve) => {
      const poll = () => {
        const root = editorRoot();
        if (root && endsWith(root, marker)) void afterNextFrame().then(resolve);
        else requestAnimationFrame(poll);
      };
      poll();
    }),

  async placeCaret() {
    const root = editorRoot();
    if (!root) throw new Error('no editor');
    const paragraphs = Array.from(root.querySelectorAll<HTMLElement>(':scope > p')).filter((p) => (p.textContent ?? '').length > 40);
    const middle = paragraphs[Math.floor(paragraphs.length / 2)];
    if (!middle) throw new Error('no paragraph to type in');
    const walker = document.createTreeWalker(middle, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node as Text;
    if (!last) throw new Error('no text in the middle paragraph');
    middle.scrollIntoView({ block: 'center' });
    root.focus();
    window.getSelection()!.collapse(last, last.length);
    await afterNextFrame();
    await afterNextFrame();
    return (middle.textContent ?? '').slice(-40);
  },

  armTyping() {
    const root = editorRoot();
    if (!root) throw new Error('no editor');
    observer?.disconnect();
    observer = new MutationObserver(() => {
      if (pending && pending.dom === null) pending.dom = performance.now() - pending.t0;
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  },

  collect: () =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        const entry = pending;
        if (entry && entry.frame !== null && (entry.dom !== null || performance.now() - started > 1_000)) {
          pending = null;
          resolve({ dom: entry.dom, frame: entry.frame, at: entry.t0 });
        } else setTimeout(check, 1);
      };
      check();
    }),

  saveNow() {
    // Watched from before the save starts, so a "Saved" left by the previous save does not count.
    statusWatch?.disconnect();
    clearTimeout(statusTimer);
    currentSave = new Promise((resolve, reject) => {
      statusTimer = setTimeout(() => reject(new Error('the status line never said "Saved"')), 30_000);
      const watch = new MutationObserver(() => {
        if (!statusSaysSaved()) return;
        watch.disconnect();
        clearTimeout(statusTimer);
        void afterNextFrame().then(() => resolve());
      });
      statusWatch = watch;
      watch.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    // Only saved() reports a save that never finished; a save superseded by typing never says "Saved".
    currentSave.catch(() => {});
    window.dispatchEvent(new Event('blur'));
  },

  saved: () => currentSave ?? Promise.reject(new Error('saved() before saveNow()')),

  nextFrame: afterNextFrame,

  paste: (html, text, marker) =>
    new Promise((resolve, reject) => {
      const root = editorRoot();
      if (!root) throw new Error('no editor');
      observer?.disconnect();
      observer = null;
      let t0 = 0;
      let seen = 0;
      const timer = setTimeout(() => reject(new Error(`the pasted text never appeared (${seen} mutations; in the text: ${String(root.textContent?.includes(marker))})`)), 60_000);
      const watch = new MutationObserver((records) => {
        seen += records.length;
        const found = records.some((record) =>
          record.type === 'characterData'
            ? (record.target as Text).data.includes(marker)
            : Array.from(record.addedNodes).some((node) => node.textContent?.includes(marker)),
        );
        if (!found) return;
        watch.disconnect();
        const dom = performance.now() - t0;
        void afterNextFrame().then((at) => {
          clearTimeout(timer);
          resolve({ dom, frame: at - t0 });
        });
      });
      watch.observe(root, { childList: true, subtree: true, characterData: true });
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', text);
      t0 = performance.now();
      root.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }),
};
