import { parseBody, type SerializedNode } from '../article/body';
import { canonicalBody } from '../render/canonicalBody';
import { inlineText } from '../render/inlineText';
import { listItemGroups } from '../render/lists';
import { diffSequences, interned, type WorkMeter } from './sequenceDiff';
import { wordDiff, wordTokens, type DiffSegment } from './wordDiff';

export type { DiffSegment } from './wordDiff';

/** The article as it stood at a moment of the review (see ReviewSnapshot). */
export interface DiffableArticle {
  headline: string;
  standfirst: string;
  /** Lexical's serialized editor state, as stored. */
  body: string;
}

export type BlockKind = 'Paragraph' | 'Heading' | 'List' | 'Figure' | 'Quote' | 'Pull quote' | 'Appeal';

export interface FieldDiff {
  changed: boolean;
  segments: DiffSegment[];
}

export interface BlockDiff {
  status: 'same' | 'added' | 'removed' | 'changed';
  kind: BlockKind;
  /**
   * The block's text: one `same`, `added` or `removed` segment, or for a changed block its words
   * compared. A figure reads as its caption, "Credit: …" and "Alt text: …" lines; a list as its
   * items, one a line, nested ones indented.
   */
  segments: DiffSegment[];
  /** What the words do not show. */
  note?: 'The photo was replaced.';
}

export interface ArticleDiff {
  headline: FieldDiff;
  standfirst: FieldDiff;
  blocks: BlockDiff[];
  /** Whether anything differs at all. */
  changed: boolean;
  /**
   * False when the articles were too different to compare everywhere within the work bound:
   * some text is then shown removed whole and added whole rather than word by word.
   */
  exact: boolean;
}

export interface DiffOptions {
  /** Comparison steps allowed for the whole diff (see WorkMeter); the default suits any article. */
  budget?: number;
}

/** About 16 MB and well under a second at worst, whatever the articles' size. */
export const DIFF_BUDGET = 2_000_000;

interface Block {
  kind: BlockKind;
  text: string;
  /** Compared blocks are the same when this is. */
  identity: string;
  /** What makes two blocks one block changed even when its words all differ: a figure's photo, an appeal's entry. */
  anchor?: string;
  /** Its distinct words, lower case, once pairing needed them. */
  words?: Set<string>;
}

const APPEAL_WORDS: Readonly<Record<string, string>> = { donation: 'Donation appeal', newsletter: 'Newsletter sign-up', banner: 'Banner' };

function listLines(list: SerializedNode, depth: number): string[] {
  return listItemGroups(list.children ?? []).flatMap(({ inline, lists }) => [
    `${'  '.repeat(depth)}${inlineText(inline)}`,
    ...lists.flatMap((nested) => listLines(nested, depth + 1)),
  ]);
}

const lines = (...parts: string[]): string => parts.filter((part) => part !== '').join('\n');

/** A canonical top-level node as a block to compare, or undefined for a blank line. */
function blockOf(node: SerializedNode): Block | undefined {
  const block = (kind: BlockKind, text: string, anchor?: string): Block => ({ kind, text, identity: `${node.type}\u0000${anchor ?? ''}\u0000${text}`, anchor });
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const text = inlineText(node.children ?? []);
      return text.trim() === '' ? undefined : block(node.type === 'paragraph' ? 'Paragraph' : 'Heading', text);
    }
    case 'list':
      return block('List', listLines(node, 0).join('\n'));
    case 'figure': {
      const credit = String(node.credit);
      const alt = String(node.alt);
      const text = lines(inlineText(node.caption as SerializedNode[]), credit && `Credit: ${credit}`, alt && `Alt text: ${alt}`);
      return block('Figure', text, (node.asset as { sha256: string }).sha256);
    }
    case 'blockquote':
      return block('Quote', lines(String(node.text), node.citation ? `— ${String(node.citation)}` : ''));
    case 'pullquote':
      return block('Pull quote', lines(String(node.text), node.attribution ? `— ${String(node.attribution)}` : ''));
    case 'appeal':
      return block('Appeal', `${APPEAL_WORDS[String(node.kind)]} “${String(node.appealId)}”, version ${String(node.appealVersion)}`, String(node.appealId));
    default:
      return undefined;
  }
}

/** The body's blocks as a reader sees them: canonical (comment marks and presentation gone), blank lines left out. */
const blocksOf = (body: string): Block[] => canonicalBody(parseBody(body)).root.children.flatMap((node) => blockOf(node) ?? []);

const wordsOf = (block: Block): Set<string> =>
  (block.words ??= new Set(wordTokens(block.text.toLowerCase()).filter((token) => /[\p{L}\p{N}]/u.test(token))));

/** Whether `after` reads as `before` edited rather than a different block: same kind, and the same photo or entry, or a third of their words shared. */
function isEditOf(before: Block, after: Block): boolean {
  if (before.kind !== after.kind) return false;
  if (before.anchor !== undefined && before.anchor === after.anchor) return true;
  const [a, b] = [wordsOf(before), wordsOf(after)];
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return (2 * shared) / (a.size + b.size) >= 1 / 3;
}

/** How far ahead pairing looks for a block's edited version: enough for blocks moved about nearby, never quadratic. */
const PAIRING_WINDOW = 8;

/** One diff in the making: the work left, and whether everything so far was compared exactly. */
interface Comparison {
  meter: WorkMeter;
  exact: boolean;
}

function compareWords(before: string, after: string, comparison: Comparison): DiffSegment[] {
  const words = wordDiff(before, after, comparison.meter);
  comparison.exact &&= words.exact;
  return words.segments;
}

/** The removed and added blocks between two unchanged stretches, onto `out`: as edits where they pair up. */
function gapDiffs(removed: readonly Block[], added: readonly Block[], comparison: Comparison, out: BlockDiff[]): void {
  const whole = (status: 'added' | 'removed', block: Block): BlockDiff => ({ status, kind: block.kind, segments: [{ op: status, text: block.text }] });
  let r = 0;
  let a = 0;
  for (let candidate = 0; candidate < removed.length; candidate += 1) {
    const before = removed[candidate]!;
    const limit = Math.min(added.length, a + PAIRING_WINDOW);
    let match = a;
    while (match < limit && !isEditOf(before, added[match]!)) match += 1;
    if (match === limit) continue;
    while (r < candidate) out.push(whole('removed', removed[r++]!));
    while (a < match) out.push(whole('added', added[a++]!));
    const after = added[a++]!;
    r += 1;
    const segments = compareWords(before.text, after.text, comparison);
    const replaced = before.kind === 'Figure' && before.anchor !== after.anchor;
    out.push({ status: 'changed', kind: after.kind, segments, ...(replaced ? { note: 'The photo was replaced.' } : {}) });
  }
  while (r < removed.length) out.push(whole('removed', removed[r++]!));
  while (a < added.length) out.push(whole('added', added[a++]!));
}

const fieldDiff = (before: string, after: string, comparison: Comparison): FieldDiff => ({
  changed: before !== after,
  segments: compareWords(before, after, comparison),
});

/**
 * What changed between two versions of an article, for "changes since submitted/approved":
 * headline and standfirst word by word, and the body block by block, aligned by a shortest edit
 * script over the blocks (kind and text); removed and added blocks that read as one block
 * edited are shown as changed, word by word. Words are letters and digits of any script.
 * Bounded: past `budget` comparison steps, what is left is compared coarsely (see `exact`).
 * Throws a readable Error when a body is not a Lexical document.
 */
export function diffArticles(before: DiffableArticle, after: DiffableArticle, options: DiffOptions = {}): ArticleDiff {
  const comparison: Comparison = { meter: { left: options.budget ?? DIFF_BUDGET }, exact: true };
  const headline = fieldDiff(before.headline, after.headline, comparison);
  const standfirst = fieldDiff(before.standfirst, after.standfirst, comparison);
  const [oldBlocks, newBlocks] = [blocksOf(before.body), blocksOf(after.body)];
  const [a, b] = interned([oldBlocks.map((block) => block.identity), newBlocks.map((block) => block.identity)]) as [number[], number[]];
  const script = diffSequences(a, b, comparison.meter);
  comparison.exact &&= script.exact;

  const blocks: BlockDiff[] = [];
  let i = 0;
  let j = 0;
  let removed: Block[] = [];
  let added: Block[] = [];
  const closeGap = () => {
    gapDiffs(removed, added, comparison, blocks);
    removed = [];
    added = [];
  };
  for (const op of script.ops) {
    if (op === 'removed') removed.push(oldBlocks[i++]!);
    else if (op === 'added') added.push(newBlocks[j++]!);
    else {
      closeGap();
      const block = newBlocks[j++]!;
      i += 1;
      blocks.push({ status: 'same', kind: block.kind, segments: [{ op: 'same', text: block.text }] });
    }
  }
  closeGap();
  return {
    headline,
    standfirst,
    blocks,
    changed: headline.changed || standfirst.changed || blocks.some((block) => block.status !== 'same'),
    exact: comparison.exact,
  };
}
