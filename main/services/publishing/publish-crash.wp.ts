import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFaultProxy } from '../../../e2e/publishing/fault-proxy';
import { freshSitePerTest, providedWordPress } from '../../../e2e/wordpress/vitest';
import type { PublishJob } from '../../../shared/ipc/contract';
import { openProfile, siteRest } from './testing/wp-profile';
import { bundleChild, NODE_MODULES, type BundledChild } from '../testing/bundledChild';

const wp = providedWordPress();
const here = path.dirname(fileURLToPath(import.meta.url));
const KEYRING = 'crash test keyring';

interface Child {
  lines: Record<string, unknown>[];
  kill(): void;
  exited: Promise<number | null>;
}

// The process running the outbox is SIGKILLed while WordPress has made the post but its answer
// has not arrived (the fault proxy holds it). Started again, it must finish the same job and
// leave exactly one post.
describe.skipIf(!wp.site)(`the outbox killed mid-publish${wp.skip ? ` (skipped: ${wp.skip})` : ''}`, () => {
  const site = wp.site!;
  const { created } = freshSitePerTest(site);
  const rest = siteRest(site);
  beforeEach(() => rest.baseline());
  let bundled: BundledChild | undefined;

  beforeAll(async () => {
    bundled = await bundleChild(path.join(here, '../../../e2e/publishing/outbox-child.ts'), 'outbox-child');
  });
  afterAll(() => {
    if (bundled) rmSync(bundled.dir, { recursive: true, force: true });
  });

  function start(...args: string[]): Child {
    const child = spawn(process.execPath, [bundled!.script, ...args], {
      env: { ...process.env, NODE_PATH: NODE_MODULES, COPYDESK_TEST_KEYRING: KEYRING },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: Record<string, unknown>[] = [];
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) lines.push(JSON.parse(part) as Record<string, unknown>);
    });
    return {
      lines,
      kill: () => child.kill('SIGKILL'),
      exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    };
  }

  it('SIGKILL after the create was sent: restarted, the job completes with exactly one post', async () => {
    const proxy = await startFaultProxy(site.url);
    try {
      const setup = openProfile({ keyring: KEYRING });
      const draft = await setup.articleWithImage('Storm closes the harbour');
      const accountId = await setup.addAccount(proxy.url, site.users.editor);
      await setup.approve(draft.id);
      setup.close();

      proxy.inject({ method: 'POST', path: /\/wp\/v2\/posts(\?|$)/, fault: { kind: 'pause' } });
      const first = start(setup.profileDir, 'publish', draft.id, accountId);
      const gone = first.exited.then((code) => {
        throw new Error(`the child exited (${code}) before its create was sent: ${JSON.stringify(first.lines)}`);
      });
      await Promise.race([proxy.paused(), gone]);
      first.kill();
      expect(await first.exited).toBeNull();
      expect(first.lines.map((line) => (line.event as string | undefined) ?? 'queued')).toEqual([
        'queued',
        'publishProgress', // the upload
        'publishProgress', // the create, made by WordPress, its answer held
      ]);
      // What the crash left on the site: one draft under the marker slug.
      expect((await rest.posts()).map((post) => post.slug)).toEqual([expect.stringMatching(/^cd-[0-9a-f-]{36}$/)]);
      proxy.release();

      const second = start(setup.profileDir, 'resume');
      expect(await second.exited).toBe(0);
      expect(second.lines.at(-1)).toMatchObject({ event: 'publishFinished', payload: { draftId: draft.id } });
      const labels = second.lines.filter((line) => line.event === 'publishProgress').map((line) => (line.payload as { label: string }).label);
      // The upload is not repeated; the create is looked up, not sent again.
      expect(labels).toEqual(['Creating post', 'Attaching images', 'Publishing']);
      expect(proxy.seen.filter((r) => r.method === 'POST' && /\/wp\/v2\/(posts|media)(\?|$)/.test(r.path)).map((r) => r.path.split('?')[0])).toEqual([
        '/wp-json/wp/v2/media',
        '/wp-json/wp/v2/posts',
      ]);

      const posts = await rest.posts();
      expect(posts).toMatchObject([{ status: 'publish', title: { raw: 'Storm closes the harbour' }, slug: 'storm-closes-the-harbour' }]);
      expect(await rest.media()).toMatchObject([{ post: posts[0].id, alt_text: 'Boats at the quay' }]);
      const after = openProfile({ profileDir: setup.profileDir, keyring: KEYRING });
      expect(await after.ok<PublishJob[]>('listJobs', { draftId: draft.id })).toMatchObject([{ state: 'done', attempts: 2, url: posts[0].link }]);
      expect(await created()).toEqual({ posts: 1, media: 1 });
    } finally {
      await proxy.close();
    }
  });
});
