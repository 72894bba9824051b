import { test } from '../fixtures';
import { startWordPress, wordpressSkipReason, type Counts, type WordPressSite } from './site';

/**
 * The real WordPress for the spec file that calls this: started once for the file (or the file
 * skips and says why), reset before each test, and after each test the posts and media it created
 * are printed (the acceptance criteria ask for exactly the expected numbers, visibly). `created()`
 * gives the same figures to assert on. `tag` names the file in what it prints.
 */
export function wordpressForThisFile(tag: string): { readonly site: WordPressSite; created(): Promise<Counts> } {
  const skip = wordpressSkipReason();
  if (skip) console.log(`[${tag}] skipped: ${skip}`);
  test.skip(skip !== null, skip ?? '');

  let site: WordPressSite | undefined;
  let before: Counts = { posts: 0, media: 0 };
  const started = (): WordPressSite => {
    if (!site) throw new Error('WordPress starts before the first test');
    return site;
  };
  const created = async (): Promise<Counts> => {
    const now = await started().counts();
    return { posts: now.posts - before.posts, media: now.media - before.media };
  };

  test.beforeAll(async () => {
    test.setTimeout(120_000); // a cold machine installs WordPress' packages first
    site = await startWordPress();
  });
  test.afterAll(async () => site?.stop());
  test.beforeEach(async () => {
    await started().reset();
    before = await started().counts();
  });
  test.afterEach(async () => {
    const { posts, media } = await created();
    console.log(`[wordpress] ${test.info().title}: ${posts} posts, ${media} media created`);
  });

  return {
    get site() {
      return started();
    },
    created,
  };
}
