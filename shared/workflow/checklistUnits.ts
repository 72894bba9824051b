import { MAX_BODY_DEPTH } from '../article/body';
import { TEXT_FORMAT } from '../blocks/inline';

/** The article fields outside the body that the checklist reads. */
export type ArticleField = 'headline' | 'standfirst' | 'seoTitle' | 'seoDescription';

/** A block's own fields: a figure's caption, credit and alt text; a quote's text and citation; a pull quote's text and attribution. */
export type BlockPart = 'caption' | 'credit' | 'alt' | 'text' | 'citation' | 'attribution';

/** Where, within a field or node's text, the problem is (UTF-16 code units, as JavaScript and Lexical count). */
export interface TextRange {
  offset?: number;
  length?: number;
}

/**
 * Where a checklist item takes the editor. `path` is the child indexes from the body's root to
 * the node (the stored body, comment marks included, so the editor finds the same Lexical node);
 * with `part`, a field of that block rather than the node itself; [] is the body as a whole.
 * For a text problem in body text, `path` leads to the text node and the range is within its
 * text; in a field or a block part, the range is within that text. `thread` names a comment thread.
 */
export type ChecklistTarget =
  | ({ field: ArticleField } & TextRange)
  | ({ path: number[]; part?: BlockPart; thread?: string } & TextRange);

/**
 * A piece of text the checklist reads, with what it needs to say where a problem is: `key` for
 * item ids, `where` for messages ("paragraph 3", "the caption of figure 1"), and `prose`, the
 * text with code-formatted runs blanked (straight quotes and spacing are right in code).
 */
export interface TextUnit {
  key: string;
  where: string;
  text: string;
  prose: string;
  /** Whether quotes and spacing matter here: not in alt text or SEO fields, which readers do not see set. */
  typography: boolean;
  locate(index: number, length: number): ChecklistTarget;
}

interface Run {
  path: number[];
  start: number;
  length: number;
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Blanks that no check reads as a quote, a space or a letter, one per UTF-16 unit. */
const blank = (text: string): string => '\u0000'.repeat(text.length);

/** The text runs of inline nodes (through links, comment marks and other inline wrappers; not nested lists). */
function inlineRuns(nodes: unknown, path: number[], depth: number, out: { text: string; prose: string; runs: Run[] }): void {
  if (!Array.isArray(nodes) || depth > MAX_BODY_DEPTH) return;
  nodes.forEach((node: unknown, index) => {
    if (!isRecord(node)) return;
    const here = [...path, index];
    if (node.type === 'linebreak') {
      out.text += '\n';
      out.prose += '\n';
    } else if ((node.type === 'text' || node.type === 'tab') && typeof node.text === 'string') {
      const code = typeof node.format === 'number' && (node.format & TEXT_FORMAT.code) !== 0;
      out.runs.push({ path: here, start: out.text.length, length: node.text.length });
      out.text += node.text;
      out.prose += code ? blank(node.text) : node.text;
    } else if (node.type !== 'list') {
      inlineRuns(node.children, here, depth + 1, out);
    }
  });
}

export function fieldUnit(field: ArticleField, where: string, text: string, typography: boolean): TextUnit {
  return { key: field, where, text, prose: text, typography, locate: (offset, length) => ({ field, offset, length }) };
}

/** The inline text of the body node at `path` (a paragraph, heading or list item). */
export function inlineUnit(path: number[], where: string, children: unknown): TextUnit {
  const out = { text: '', prose: '', runs: [] as Run[] };
  inlineRuns(children, path, path.length, out);
  return {
    key: path.join('.'),
    where,
    text: out.text,
    prose: out.prose,
    typography: true,
    locate(index, length) {
      const run = out.runs.find((candidate) => index >= candidate.start && index < candidate.start + candidate.length);
      if (!run) return { path };
      const offset = index - run.start;
      return { path: run.path, offset, length: Math.min(length, run.length - offset) };
    },
  };
}

/** A field of the block at `path`: plain text, or rich text (a caption) given as inline nodes. */
export function partUnit(path: number[], part: BlockPart, where: string, content: unknown): TextUnit {
  let text = typeof content === 'string' ? content : '';
  let prose = text;
  if (Array.isArray(content)) {
    const out = { text: '', prose: '', runs: [] };
    inlineRuns(content, [], path.length, out);
    ({ text, prose } = out);
  }
  return { key: `${path.join('.')}.${part}`, where, text, prose, typography: part !== 'alt', locate: (offset, length) => ({ path, part, offset, length }) };
}
