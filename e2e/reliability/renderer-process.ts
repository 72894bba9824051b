import type { Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  args?: { data?: { frames?: { url: string; processId: number; isOutermostMainFrame?: boolean }[] } };
}

/**
 * The OS process id of the Chromium renderer that runs `page`. A trace of the page starts with
 * TracingStartedInBrowser, which lists every frame with the process it lives in (as DevTools
 * reads it); the id must also be one the browser reports as a renderer. Several renderers run at
 * once (site isolation, a spare), so guessing from the process tree could hit the wrong one.
 */
export async function rendererPid(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  try {
    session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
    await session.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
    await session.send('Tracing.end');
    await complete;
  } finally {
    await session.detach();
  }
  const frames = events.filter((event) => event.name === 'TracingStartedInBrowser').flatMap((event) => event.args?.data?.frames ?? []);
  const main = frames.filter((frame) => frame.isOutermostMainFrame && frame.url === page.url());
  const pids = [...new Set(main.map((frame) => frame.processId))];
  if (pids.length !== 1) throw new Error(`the trace names ${pids.length} processes for ${page.url()}: ${JSON.stringify(frames)}`);

  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser to ask for its processes');
  const browserSession = await browser.newBrowserCDPSession();
  try {
    const { processInfo } = (await browserSession.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] };
    const renderers = processInfo.filter((info) => info.type === 'renderer').map((info) => info.id);
    if (!renderers.includes(pids[0]!)) throw new Error(`process ${pids[0]} is not among the browser's renderers (${renderers.join(', ')})`);
  } finally {
    await browserSession.detach();
  }
  return pids[0]!;
}
