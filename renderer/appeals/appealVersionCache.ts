import type { AppealVersion } from '../../shared/appeals/library';

export type PinnedAppeal = { state: 'loading' } | { state: 'found'; appeal: AppealVersion } | { state: 'missing' } | { state: 'failed'; message: string };

type Ref = { id: string; version: number };

const keyOf = (id: string, version: number) => `${id}@${version}`;
const LOADING: PinnedAppeal = { state: 'loading' };

/**
 * The library versions articles pin. A version never changes once saved, so each is fetched once;
 * the requests of all cards rendered together go out as one.
 */
export class AppealVersionCache {
  private readonly entries = new Map<string, PinnedAppeal>();
  private readonly queued = new Map<string, Ref>();
  private readonly listeners = new Set<() => void>();
  /** Changes whenever anything is learned, for subscribers that read many versions at once. */
  revision = 0;

  constructor(private readonly fetch: (refs: Ref[]) => Promise<AppealVersion[]>) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get(id: string, version: number): PinnedAppeal {
    return this.entries.get(keyOf(id, version)) ?? LOADING;
  }

  /** A version, if it has arrived. */
  found(id: string, version: number): AppealVersion | undefined {
    const entry = this.get(id, version);
    return entry.state === 'found' ? entry.appeal : undefined;
  }

  /** Versions already at hand (the library's latest), so they are not fetched again. */
  remember(appeals: AppealVersion[]): void {
    for (const appeal of appeals) this.entries.set(keyOf(appeal.id, appeal.version), { state: 'found', appeal });
    this.notify();
  }

  request(id: string, version: number): void {
    const key = keyOf(id, version);
    const known = this.entries.get(key);
    if ((known && known.state !== 'failed') || this.queued.has(key)) return;
    if (this.queued.size === 0) queueMicrotask(() => void this.flush());
    this.queued.set(key, { id, version });
  }

  private async flush(): Promise<void> {
    const refs = [...this.queued.values()];
    this.queued.clear();
    const settle = (ref: Ref, entry: PinnedAppeal) => this.entries.set(keyOf(ref.id, ref.version), entry);
    try {
      const found = await this.fetch(refs);
      for (const ref of refs) settle(ref, { state: 'missing' });
      for (const appeal of found) settle(appeal, { state: 'found', appeal });
    } catch (error) {
      for (const ref of refs) settle(ref, { state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
    this.notify();
  }

  private notify(): void {
    this.revision += 1;
    for (const listener of this.listeners) listener();
  }
}
