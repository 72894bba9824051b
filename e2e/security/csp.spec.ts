import { test, expect } from '../fixtures';
import { cspDirectives } from '../../shared/security/csp';

// The renderer's CSP (shared/security/csp.ts, sent by the bridge exactly as the app:// protocol
// sends it) refuses inline scripts and remote loads, and each refusal is reported as a
// securitypolicyviolation event naming the directive that blocked it. (eval is not tried here:
// code that page.evaluate runs is exempt from the CSP's eval rule in Chromium, so it would prove
// nothing; the renderer's own bundle is refused eval, as zod's Function('') probe shows.)

test('the CSP refuses an inline script, a remote image and a fetch, and reports each', async ({ app }) => {
  const { page } = app;
  // The policy under test is the one the app ships: nothing here relaxes it.
  expect(cspDirectives['script-src']).toEqual(["'self'"]);
  expect(cspDirectives['connect-src']).toEqual(["'none'"]);

  const outcome = await page.evaluate(async () => {
    const reports: { directive: string; effective: string; blocked: string; disposition: string }[] = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      reports.push({ directive: event.violatedDirective, effective: event.effectiveDirective, blocked: event.blockedURI, disposition: event.disposition }),
    );
    const win = window as unknown as { __pwned?: number };

    // 1. An inline <script> added to the live document.
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = (window.__pwned || 0) + 1';
    document.body.append(script);

    // 2. A remote image.
    const image = new Image();
    const imageLoaded = new Promise<string>((resolve) => {
      image.onload = () => resolve('loaded');
      image.onerror = () => resolve('error');
    });
    image.src = 'https://example.org/x.png';
    document.body.append(image);

    // 3. A fetch to anywhere (connect-src 'none').
    let fetched: string;
    try {
      await fetch('http://127.0.0.1:1/');
      fetched = 'answered';
    } catch (error) {
      fetched = `refused: ${(error as Error).name}`;
    }

    const image_ = await imageLoaded;
    // Reports are queued as tasks: let them arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    script.remove();
    image.remove();
    return { reports, pwned: win.__pwned, image: image_, fetched };
  });

  expect(outcome.pwned).toBeUndefined();
  expect(outcome.image).toBe('error');
  expect(outcome.fetched).toBe('refused: TypeError');
  const enforced = outcome.reports.filter((report) => report.disposition === 'enforce');
  expect(enforced).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ effective: 'script-src-elem', blocked: 'inline' }),
      expect.objectContaining({ effective: 'img-src', blocked: 'https://example.org/x.png' }),
      expect.objectContaining({ effective: 'connect-src', blocked: 'http://127.0.0.1:1/' }),
    ]),
  );
  // violatedDirective names the directive of the policy that was applied (script-src falls back
  // for script-src-elem, as the policy sets no script-src-elem of its own).
  const violated = (effective: string) => outcome.reports.find((report) => report.effective === effective)?.directive;
  expect(violated('script-src-elem')).toMatch(/^script-src(-elem)?$/);
  expect(violated('img-src')).toBe('img-src');
  expect(violated('connect-src')).toBe('connect-src');
  console.log(`[csp] blocked and reported: ${enforced.map((report) => `${report.effective} ${report.blocked}`).join(', ')}`);
});
