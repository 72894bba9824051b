import { type TestProject } from 'vitest/node';
import { type ProvidedWordPress } from './provided';
import { startWordPress, wordpressSkipReason } from './site';

/** Vitest's global setup for the `wordpress` project: one site for the whole run. */
export default async function setup(project: TestProject) {
  const skip = wordpressSkipReason();
  if (skip) {
    console.log(`[wordpress] tests skipped: ${skip}`);
    project.provide('wordpress', { skip } satisfies ProvidedWordPress);
    return;
  }
  const started = performance.now();
  const site = await startWordPress();
  console.log(`[wordpress] ${site.url} ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const { url, rest, users, variants, local } = site;
  project.provide('wordpress', { site: { url, rest, users, variants, local } });
  return () => site.stop();
}
