import { afterEach, beforeEach, inject } from 'vitest';
import { type ProvidedWordPress } from './provided';
import { connectWordPress, type Counts, type WordPressSite } from './site';

/** The site the global setup started, or why there is none (the suite then skips and says so). */
export function providedWordPress(): { site: WordPressSite; skip?: undefined } | { site?: undefined; skip: string } {
  const provided: ProvidedWordPress = inject('wordpress');
  return 'skip' in provided ? provided : { site: connectWordPress(provided.site) };
}

/**
 * Each test starts from the freshly set-up site and prints how many posts and media items it
 * created (the acceptance criteria ask for exactly the expected numbers, visibly). `created()`
 * gives the same figures to assert on.
 */
export function freshSitePerTest(site: WordPressSite): { created(): Promise<Counts> } {
  let before: Counts = { posts: 0, media: 0 };
  const created = async () => {
    const now = await site.counts();
    return { posts: now.posts - before.posts, media: now.media - before.media };
  };
  beforeEach(async () => {
    await site.reset();
    before = await site.counts();
  });
  afterEach(async ({ task }) => {
    const { posts, media } = await created();
    console.log(`[wordpress] ${task.name}: ${posts} posts, ${media} media created`);
  });
  return { created };
}
