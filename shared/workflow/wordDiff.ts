import { diffSequences, interned, type EditOp, type WorkMeter } from './sequenceDiff';

export interface DiffSegment {
  op: EditOp;
  text: string;
}

// A word of any script (with its inner apostrophes and hyphens: "don't", "что-то"), a run of
// white space, or any other single character. Together they cover every character of a text.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*|\s+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The text cut into words, spaces and punctuation; joined, they give the text back. */
export const wordTokens = (text: string): string[] => text.match(TOKEN) ?? [];

const isChange = (segment: DiffSegment | undefined): boolean => segment !== undefined && segment.op !== 'same';

function mergeRuns(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (last?.op === segment.op) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}

/**
 * Segments a reader can follow: a space left between two changes joins them, and each stretch
 * of changes reads as what was removed, then what was added ("the big" → "a small" rather than
 * word by word in turn).
 */
function readable(tokens: readonly DiffSegment[]): DiffSegment[] {
  const merged = mergeRuns(tokens);
  const joined = merged.flatMap((segment, index): DiffSegment[] =>
    segment.op === 'same' && segment.text.trim() === '' && isChange(merged[index - 1]) && isChange(merged[index + 1])
      ? [{ op: 'removed', text: segment.text }, { op: 'added', text: segment.text }]
      : [segment],
  );
  const out: DiffSegment[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed !== '') out.push({ op: 'removed', text: removed });
    if (added !== '') out.push({ op: 'added', text: added });
    removed = added = '';
  };
  for (const segment of joined) {
    if (segment.op === 'removed') removed += segment.text;
    else if (segment.op === 'added') added += segment.text;
    else {
      flush();
      out.push(segment);
    }
  }
  flush();
  return startingAtWords(out);
}

/**
 * A one-sided change that starts with the space its next unchanged text also starts with is the
 * same change one space later: "Credit: [Jane Smith / ]Reuters" rather than "Credit:[ Jane Smith /] Reuters".
 */
function startingAtWords(segments: DiffSegment[]): DiffSegment[] {
  for (let index = 1; index + 1 < segments.length; index += 1) {
    const [before, change, after] = [segments[index - 1]!, segments[index]!, segments[index + 1]!];
    if (before.op !== 'same' || after.op !== 'same' || change.op === 'same') continue;
    let shift = 0;
    while (shift < change.text.length && shift < after.text.length && /\s/.test(change.text[shift]!) && change.text[shift] === after.text[shift]) shift += 1;
    if (shift === 0) continue;
    before.text += change.text.slice(0, shift);
    change.text = change.text.slice(shift) + after.text.slice(0, shift);
    after.text = after.text.slice(shift);
  }
  return segments.filter((segment) => segment.text !== '');
}

/**
 * A word-level diff of two texts: the `same` and `removed` segments spell `before`, the `same`
 * and `added` ones `after`. Not `exact` when the meter ran out: the part between the common
 * start and end is then shown removed whole and added whole.
 */
export function wordDiff(before: string, after: string, meter: WorkMeter): { segments: DiffSegment[]; exact: boolean } {
  const tokens = [wordTokens(before), wordTokens(after)] as const;
  const [a, b] = interned(tokens) as [number[], number[]];
  const { ops, exact } = diffSequences(a, b, meter);
  const raw: DiffSegment[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'added') raw.push({ op, text: tokens[1][j++]! });
    else {
      raw.push({ op, text: tokens[0][i++]! });
      if (op === 'same') j += 1;
    }
  }
  return { segments: readable(raw), exact };
}
