// Main-thread time of a page, read from a Chromium trace: the top-level tasks (RunTask) its
// renderer's main thread ran between two performance marks, clipped to them. Idle time (waiting
// for main's answer, for the next frame) is not counted; every task that ran is, whoever queued it.
import type { Page } from 'playwright-core';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
}

export interface MainThreadTrace {
  /** Milliseconds the page's main thread spent in tasks between the two marks. */
  busyBetween(startMark: string, endMark: string): number;
}

/** Runs `body` while tracing `page`; `body` places the marks with performance.mark(). */
export async function traceMainThread(page: Page, body: () => Promise<void>): Promise<MainThreadTrace> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  try {
    session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    await session.send('Tracing.start', {
      traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline', 'blink.user_timing'] },
      transferMode: 'ReportEvents',
    });
    try {
      await body();
    } finally {
      const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
      await session.send('Tracing.end');
      await complete;
    }
  } finally {
    await session.detach();
  }

  const marks = new Map(events.filter((e) => e.cat === 'blink.user_timing').map((e) => [e.name, e]));
  const anyMark = marks.values().next().value;
  if (!anyMark) throw new Error('the trace holds no performance marks');
  // The marks are made on the page's main thread: its tasks are the ones on that thread.
  const tasks = events
    .filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === anyMark.pid && e.tid === anyMark.tid && e.dur !== undefined)
    .map((e) => ({ start: e.ts, end: e.ts + e.dur! }));
  const at = (name: string): number => {
    const mark = marks.get(name);
    if (!mark) throw new Error(`the trace has no mark "${name}"`);
    return mark.ts;
  };
  return {
    busyBetween(startMark, endMark) {
      const from = at(startMark);
      const to = at(endMark);
      let busy = 0;
      for (const task of tasks) busy += Math.max(0, Math.min(task.end, to) - Math.max(task.start, from));
      return busy / 1000;
    },
  };
}
