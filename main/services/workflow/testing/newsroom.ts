// Test helpers: Copydesk profiles working as newsroom people, each signed in to a site with its own
// WordPress account, and article bodies with review comment marks.
import { onTestFinished } from 'vitest';
import type { Person, QueueItem, ReviewView } from '../../../../shared/ipc/workflow-channels';
import { bodyOf, paragraphNode, textNode } from '../../../../shared/render/lexicalNodes';
import { mark } from '../../../../shared/render/testing/commentMarks';
import { openProfile } from '../../publishing/testing/wp-profile';
import { startFakeWordPress, type FakeWordPress } from './fake-wordpress';

/** One paragraph whose middle part carries the comment mark `threadId`, as the renderer wraps a selection. */
export const markedBody = (threadId: string, before: string, quoted: string, after: string): string =>
  JSON.stringify(bodyOf([paragraphNode([textNode(before), mark([threadId], textNode(quoted)), textNode(after)])]));

interface Node {
  type: string;
  text?: string;
  children?: Node[];
}

/** The body with the first text run containing `phrase` split so the phrase sits in comment mark `threadId`. */
export function markPhrase(body: string, threadId: string, phrase: string): string {
  const parsed = JSON.parse(body) as { root: Node };
  let done = false;
  const visit = (node: Node): void => {
    if (!node.children || done) return;
    node.children = node.children.flatMap((child) => {
      const at = child.type === 'text' && !done ? (child.text ?? '').indexOf(phrase) : -1;
      if (at < 0) {
        visit(child);
        return [child];
      }
      done = true;
      const value = child.text!;
      const piece = (part: string) => ({ ...child, text: part });
      const before = value.slice(0, at);
      const after = value.slice(at + phrase.length);
      return [...(before ? [piece(before)] : []), mark([threadId], textNode(phrase)), ...(after ? [piece(after)] : [])];
    });
  };
  visit(parsed.root);
  if (!done) throw new Error(`"${phrase}" is not in the body`);
  return JSON.stringify(parsed);
}

export type Desk = Awaited<ReturnType<ReturnType<typeof deskOn>>>;

/** A profile working as `person`, with an account on `siteUrl` signed in as `login`. */
export const deskOn =
  (siteUrl: string) =>
  async (person: Person, credentials: { username: string; appPassword: string }) => {
    const profile = openProfile();
    await profile.ok('setPerson', person);
    const accountId = await profile.addAccount(siteUrl, credentials);
    return {
      ...profile,
      accountId,
      review: (id: string) => profile.ok<ReviewView>('getReview', { id }),
      act: (id: string, action: string, note = '', extra: Record<string, unknown> = {}) =>
        profile.ok<ReviewView>('transition', { id, action, note, ...extra }),
      queue: () => profile.ok<QueueItem[]>('reviewQueue', { accountId }),
    };
  };

/** A fake WordPress for the test, closed when it ends, and a way to open desks on it. */
export async function fakeNewsroom(): Promise<{ wp: FakeWordPress; desk: ReturnType<typeof deskOn> }> {
  const wp = await startFakeWordPress();
  onTestFinished(() => wp.close());
  return { wp, desk: deskOn(wp.url) };
}
