/** Median and spread of repeated timings: the machine is noisy, so medians are what we quote. */
export type Timing = {
  readonly name: string;
  readonly medianUs: number;
  readonly p10Us: number;
  readonly p90Us: number;
  readonly runs: number;
};

/** Times `fn` in batches until `ms` have passed (after a warm-up), one sample per batch. */
export function measure(name: string, fn: () => unknown, ms = 1500, batch = 20): Timing {
  const warmEnd = performance.now() + ms / 5;
  while (performance.now() < warmEnd) fn();
  const samples: number[] = [];
  const end = performance.now() + ms;
  while (performance.now() < end) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    samples.push(((performance.now() - t0) * 1000) / batch);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  return { name, medianUs: at(0.5), p10Us: at(0.1), p90Us: at(0.9), runs: samples.length * batch };
}

/** One line per timing, with its target when there is one. */
export function report(t: Timing, targetUs?: number): string {
  const fmt = (us: number) => (us >= 1000 ? `${(us / 1000).toFixed(2)} ms` : `${us.toFixed(1)} µs`);
  const verdict =
    targetUs === undefined
      ? ''
      : t.medianUs <= targetUs
        ? `  ✓ target ${fmt(targetUs)}`
        : `  ✗ target ${fmt(targetUs)}`;
  return `${t.name.padEnd(58)} median ${fmt(t.medianUs).padStart(10)}  (p10 ${fmt(t.p10Us)}, p90 ${fmt(t.p90Us)}, ${t.runs} runs)${verdict}`;
}

/** One figure of a benchmark, for `npm run bench`'s comparison (bench/compare.ts) to read. */
export type Metric = {
  /** Stable across commits: the comparison pairs base and current figures by suite and name. */
  readonly name: string;
  readonly value: number;
  /** Display unit of `value` (`µs`, `ms`, `KB`, `/s`). */
  readonly unit: string;
  readonly better: 'lower' | 'higher';
  readonly target?: number | undefined;
};

/** The line prefix bench/compare.ts looks for; everything after it on the line is JSON. */
export const BENCH_JSON_PREFIX = 'BENCH_JSON ';

/** Prints a suite's figures as one machine-readable line (last, after the human-readable report). */
export function reportMetrics(suite: string, metrics: readonly Metric[]): void {
  console.log(`${BENCH_JSON_PREFIX}${JSON.stringify({ suite, metrics })}`);
}

/** A figure where lower is better (a time, a size). */
export function lowerIsBetter(name: string, value: number, unit: string, target?: number): Metric {
  return { name, value, unit, better: 'lower', target };
}
