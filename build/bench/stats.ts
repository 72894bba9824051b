// Figures as the bench reports them: median and p95 of a sample, and the ratio to a baseline
// measured in the same run.

export interface Figure {
  median: number;
  p95: number;
  n: number;
}

/** Nearest-rank percentile of an already sorted list. */
const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

export function figure(samples: readonly number[]): Figure {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length };
}

/** A single number (a size) as a figure: median and p95 are the number itself. */
export const single = (value: number): Figure => ({ median: value, p95: value, n: 1 });

export interface Row {
  section: string;
  name: string;
  unit: 'ms' | 'KiB' | 'MiB';
  subject: Figure;
  baseline: Figure;
  baselineName: string;
  ratio: { median: number; p95: number };
  target?: string;
}

export function row(section: string, name: string, unit: Row['unit'], subject: Figure, baseline: Figure, baselineName: string, target?: string): Row {
  return {
    section,
    name,
    unit,
    subject,
    baseline,
    baselineName,
    ratio: { median: subject.median / baseline.median, p95: subject.p95 / baseline.p95 },
    ...(target ? { target } : {}),
  };
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, returning each run's milliseconds. */
export function timeSync(fn: (i: number) => unknown, runs: number, warmup = 3): number[] {
  for (let i = 0; i < warmup; i += 1) fn(i);
  const out: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn(i);
    out.push(performance.now() - start);
  }
  return out;
}

const num = (value: number): string => (Number.isNaN(value) ? '–' : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));
const pair = (f: Figure, unit: string): string => (f.n === 1 ? `${num(f.median)} ${unit}` : `${num(f.median)} / ${num(f.p95)} ${unit}`);
const ratio = (r: Row): string => (r.subject.n === 1 ? `${r.ratio.median.toFixed(2)}×` : `${r.ratio.median.toFixed(2)}× / ${r.ratio.p95.toFixed(2)}×`);

/** A Markdown table: every figure as median / p95, the baseline beside it, and the ratios. */
export function table(rows: readonly Row[]): string {
  const lines = [
    '| section | measure | Copydesk median / p95 | baseline median / p95 | ratio median / p95 | n | target |',
    '|---|---|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    lines.push(
      `| ${r.section} | ${r.name} | ${pair(r.subject, r.unit)} | ${pair(r.baseline, r.unit)} (${r.baselineName}) | ${ratio(r)} | ${r.subject.n} | ${r.target ?? ''} |`,
    );
  }
  return lines.join('\n');
}
