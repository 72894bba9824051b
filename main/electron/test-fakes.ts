// Small stand-ins for the Electron objects the wiring touches, for unit tests in plain Node.
// They follow Electron's documented event order, not its internals.
import { EventEmitter } from 'node:events';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export const fakeEvent = <T extends object>(fields?: T): FakeEvent & T => ({
  defaultPrevented: false,
  preventDefault() {
    this.defaultPrevented = true;
  },
  ...(fields as T),
});

export class FakeWebContents extends EventEmitter {
  readonly sent: Array<[string, unknown]> = [];
  destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send(channel: string, payload: unknown): void {
    this.sent.push([channel, payload]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  destroyed = false;
  shown = false;
  maximized = false;
  normalBounds = { x: 10, y: 20, width: 1000, height: 700 };

  constructor(readonly options: unknown = {}) {
    super();
  }
  /** Like BrowserWindow.close(): 'close' first, and the window goes only if nobody prevented it. */
  close(): void {
    if (this.destroyed) return;
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  /** Like the page calling window.close(): Electron closes without a 'close' event. */
  closeFromRenderer(): void {
    this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {
    this.shown = true;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  getNormalBounds() {
    return this.normalBounds;
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
}

export class FakeApp extends EventEmitter {
  quits = 0;
  /** Like app.quit(): 'before-quit' first; the quit goes ahead only if nobody prevented it. */
  quit(): void {
    const event = fakeEvent();
    this.emit('before-quit', event);
    if (event.defaultPrevented) return;
    this.quits += 1;
    this.emit('will-quit', fakeEvent());
  }
}

/** Timers the test advances by hand, so the flush timeout needs no real waiting. */
export function manualTimers() {
  const pending = new Map<number, { callback: () => void; ms: number }>();
  let next = 1;
  return {
    setTimer: (callback: () => void, ms: number) => {
      pending.set(next, { callback, ms });
      return next++;
    },
    clearTimer: (timer: unknown) => {
      pending.delete(timer as number);
    },
    pending: () => [...pending.values()].map(({ ms }) => ms),
    fireAll: () => {
      const due = [...pending.values()];
      pending.clear();
      for (const { callback } of due) callback();
    },
  };
}
