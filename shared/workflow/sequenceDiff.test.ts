import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diffSequences, interned, type EditOp } from './sequenceDiff';

const RUNS = 500;

/** The length of a longest common subsequence, by the textbook table: the independent reference. */
function lcsLength(a: readonly number[], b: readonly number[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const next = [0];
    b.forEach((y, j) => next.push(x === y ? row[j]! + 1 : Math.max(row[j + 1]!, next[j]!)));
    row = next;
  }
  return row[b.length]!;
}

/** Applies an edit script, proving it turns `a` into `b`. */
function apply(ops: readonly EditOp[], a: readonly number[], b: readonly number[]): { from: number[]; to: number[] } {
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  let j = 0;
  for (const op of ops) {
    if (op === 'same') {
      expect(a[i]).toBe(b[j]);
      from.push(a[i++]!);
      to.push(b[j++]!);
    } else if (op === 'removed') from.push(a[i++]!);
    else to.push(b[j++]!);
  }
  return { from, to };
}

const small = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 40 });

describe('diffSequences', () => {
  test(`gives a shortest edit script: as many kept as the longest common subsequence (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(small, small, (a, b) => {
        const { ops, exact } = diffSequences(a, b, { left: 1_000_000 });
        expect(exact).toBe(true);
        expect(apply(ops, a, b)).toEqual({ from: a, to: b });
        expect(ops.filter((op) => op === 'same')).toHaveLength(lcsLength(a, b));
      }),
      { numRuns: RUNS },
    );
  });

  test(`never works more than its budget plus one diagonal and the common ends (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(small, small, fc.integer({ min: 0, max: 300 }), (a, b, budget) => {
        const meter = { left: budget };
        const { ops, exact } = diffSequences(a, b, meter);
        expect(budget - meter.left).toBeLessThanOrEqual(budget + 2 * (a.length + b.length) + 1);
        // Exact or not, the script is a correct one.
        expect(apply(ops, a, b)).toEqual({ from: a, to: b });
        if (exact) expect(ops.filter((op) => op === 'same')).toHaveLength(lcsLength(a, b));
      }),
      { numRuns: RUNS },
    );
  });

  test('out of budget: keeps the common start and end, and gives the middle removed then added', () => {
    const { ops, exact } = diffSequences([1, 2, 3, 4, 9], [1, 5, 3, 6, 9], { left: 3 });
    expect(exact).toBe(false);
    expect(ops).toEqual(['same', 'removed', 'removed', 'removed', 'added', 'added', 'added', 'same']);
  });

  test('empty and identical sequences cost no search', () => {
    expect(diffSequences([], [], { left: 0 })).toEqual({ ops: [], exact: true });
    const meter = { left: 10 };
    expect(diffSequences([1, 2], [1, 2], meter)).toEqual({ ops: ['same', 'same'], exact: true });
    expect(meter.left).toBe(8);
  });
});

test('interned: equal strings get the same number, different ones different numbers', () => {
  expect(interned([['a', 'b', 'a'], ['b', 'c']])).toEqual([
    [0, 1, 0],
    [1, 2],
  ]);
});
