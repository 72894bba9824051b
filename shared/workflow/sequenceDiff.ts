/** One step of an edit script: keep an item of both, drop one of `before`, take one of `after`. */
export type EditOp = 'same' | 'removed' | 'added';

/**
 * How much comparing may still be done, in steps (an item compared, a diagonal tried). Shared by
 * every comparison of one article diff, so the whole diff is bounded however large the article.
 */
export interface WorkMeter {
  left: number;
}

/**
 * Myers' O((N+M)·D) shortest edit script over the middle of two sequences (their common start
 * and end already taken off), or null when it would cost more than the meter has left. Keeps
 * the frontier of each round (O(D²) numbers, bounded by the meter too) to walk the path back.
 */
function myers(a: readonly number[], b: readonly number[], meter: WorkMeter): EditOp[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      const snakeStart = x;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      // Checked per diagonal, so the meter is never overrun by more than one diagonal's work.
      meter.left -= 1 + x - snakeStart;
      if (meter.left < 0) return null;
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, d, n, m);
    }
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], steps: number, n: number, m: number): EditOp[] {
  const ops: EditOp[] = [];
  let x = n;
  let y = m;
  for (let d = steps; d > 0; d -= 1) {
    const frontier = trace[d]!;
    const at = (k: number) => frontier[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    while (x > previousX && y > previousY) {
      ops.push('same');
      x -= 1;
      y -= 1;
    }
    ops.push(down ? 'added' : 'removed');
    x = previousX;
    y = previousY;
  }
  for (; x > 0; x -= 1) ops.push('same');
  return ops.reverse();
}

/**
 * The edit script turning `a` into `b` (items compared by identity), and whether it is a
 * shortest one: when the meter runs out, the part between the common start and end is given
 * as all of it removed, then all of it added.
 */
export function diffSequences(a: readonly number[], b: readonly number[], meter: WorkMeter): { ops: EditOp[]; exact: boolean } {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  meter.left -= start + end;
  const middleA = a.slice(start, a.length - end);
  const middleB = b.slice(start, b.length - end);
  const run = (op: EditOp, count: number): EditOp[] => new Array<EditOp>(count).fill(op);
  // With one side's middle empty, the rest is a plain removal or insertion: nothing to search.
  const plain = middleA.length === 0 || middleB.length === 0;
  const searched = plain || meter.left < 0 ? null : myers(middleA, middleB, meter);
  const middle = searched ?? [...run('removed', middleA.length), ...run('added', middleB.length)];
  return { ops: [...run('same', start), ...middle, ...run('same', end)], exact: plain || searched !== null };
}

/** Numbers standing for strings, equal exactly when the strings are, so comparing is cheap. */
export function interned(lists: readonly (readonly string[])[]): number[][] {
  const ids = new Map<string, number>();
  return lists.map((list) =>
    list.map((item) => {
      let id = ids.get(item);
      if (id === undefined) ids.set(item, (id = ids.size));
      return id;
    }),
  );
}
