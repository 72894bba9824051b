import { errorMessage } from '../api/unwrap';

export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'dirty'; id: string }
  | { kind: 'saving'; id: string }
  | { kind: 'saved'; id: string; at: number }
  | { kind: 'failed'; id: string; message: string };

export interface AutosaveOptions<T> {
  /** Stores one draft's content and resolves to the time the store recorded; rejects to fail. */
  save(content: T): Promise<number>;
  onStatus(status: SaveStatus): void;
  /** How long the content must stay unchanged before it is saved on its own. */
  delayMs: number;
  /** The longest unsaved changes wait while typing never pauses; a crash loses no more than this. */
  maxWaitMs: number;
}

/**
 * Saves drafts in the background. It keeps only the newest content of each draft, saves after a
 * quiet moment or when flushed, and runs one save at a time, so an older write can never land
 * after a newer one. Content whose save fails stays pending: the next change or flush retries it.
 */
export class AutosaveQueue<T extends { id: string }> {
  private readonly pending = new Map<string, T>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest unsaved change was made, or undefined when nothing is waiting. */
  private dirtySince: number | undefined;
  private saving = false;
  /** Callers of flush() not yet answered; also the signal that another pass is wanted. */
  private waiters: Array<(saved: boolean) => void> = [];

  constructor(private readonly options: AutosaveOptions<T>) {}

  update(content: T): void {
    this.pending.set(content.id, content);
    this.options.onStatus({ kind: 'dirty', id: content.id });
    this.cancelTimer();
    this.dirtySince ??= Date.now();
    const waited = Date.now() - this.dirtySince;
    this.timer = setTimeout(() => void this.flush(), Math.max(0, Math.min(this.options.delayMs, this.options.maxWaitMs - waited)));
  }

  /** The newest content of a draft that is not stored yet, if any. */
  unsaved(id: string): T | undefined {
    return this.pending.get(id);
  }

  /** Saves everything pending now; resolves to whether it all reached the store. */
  flush(): Promise<boolean> {
    this.cancelTimer();
    this.dirtySince = undefined;
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    if (!this.saving) void this.drain();
    return done;
  }

  dispose(): void {
    this.cancelTimer();
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async drain(): Promise<void> {
    this.saving = true;
    let ok = true;
    while (ok && this.waiters.length > 0) {
      const answered = this.waiters.splice(0);
      for (const id of [...this.pending.keys()]) {
        // Read at the last moment: edits made while earlier drafts were saving are included.
        const content = this.pending.get(id);
        if (content === undefined) continue;
        this.pending.delete(id);
        ok = await this.store(content);
        if (!ok) break;
      }
      for (const resolve of answered) resolve(ok);
    }
    // After a failure, flushes asked for meanwhile are answered too; their content stays pending.
    for (const resolve of this.waiters.splice(0)) resolve(ok);
    this.saving = false;
  }

  private async store(content: T): Promise<boolean> {
    const { id } = content;
    this.options.onStatus({ kind: 'saving', id });
    try {
      const at = await this.options.save(content);
      if (!this.pending.has(id)) this.options.onStatus({ kind: 'saved', id, at });
      return true;
    } catch (error) {
      // Newer content typed during the save replaces this one; otherwise keep it for the retry.
      if (!this.pending.has(id)) this.pending.set(id, content);
      this.options.onStatus({ kind: 'failed', id, message: errorMessage(error) });
      return false;
    }
  }
}
