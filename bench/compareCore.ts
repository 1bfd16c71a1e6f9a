/**
 * The pure parts of `npm run bench` (bench/compare.ts): its arguments, the `BENCH_JSON` lines the
 * bench scripts print, and the base-vs-current table with its ratios and flags. No I/O here.
 */
import { BENCH_JSON_PREFIX, type Metric } from './measure';

export type CompareOptions = {
  /** The commit to compare with; null when `--no-compare` (measure the current tree only). */
  readonly base: string | null;
  /** Interleaved rounds: each suite runs this many times in each tree, alternating trees. */
  readonly rounds: number;
  /** Suites to run (`--only`); all when not given. */
  readonly only: readonly string[];
  /** A ratio beyond 1 + threshold (or below 1 / (1 + threshold) for the better) is flagged. */
  readonly threshold: number;
  /** Whose bench scripts measure the base tree: the current tree's (default) or the base commit's own. */
  readonly harness: 'current' | 'base';
  /** Stream each run's own output instead of one progress line per run. */
  readonly verbose: boolean;
  readonly help: boolean;
};

export const USAGE = `Usage: npm run bench -- [options]
  --base <rev>         commit to compare with (default HEAD~1)
  --no-compare         measure the current tree only
  --only <a,b>         suites to run: SUITES
  --rounds <n>         interleaved runs per suite and tree (default 3; 1 with --no-compare)
  --threshold <x>      flag ratios beyond 1 + x (default 0.10)
  --harness <h>        current (default): the current tree's bench scripts measure both trees;
                       base: each tree's own scripts (a base without BENCH_JSON output is not measured)
  --verbose            show each run's own output`;

/** Parses `npm run bench -- …`'s arguments; `suites` are the known suite ids, for `--only`. */
export function parseCompareArgs(
  argv: readonly string[],
  suites: readonly string[],
): { ok: true; options: CompareOptions } | { ok: false; error: string } {
  let base: string | null = 'HEAD~1';
  let rounds: number | undefined;
  let only: readonly string[] = suites;
  let threshold = 0.1;
  let harness: CompareOptions['harness'] = 'current';
  let verbose = false;
  let help = false;
  const args = argv.flatMap((a) =>
    a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a],
  );
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const value = (): string => {
      const v = args[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${flag} needs a value`);
      return v;
    };
    try {
      if (flag === '--base') base = value();
      else if (flag === '--no-compare') base = null;
      else if (flag === '--verbose') verbose = true;
      else if (flag === '--help' || flag === '-h') help = true;
      else if (flag === '--rounds') {
        const v = value();
        rounds = Number(v);
        if (!Number.isInteger(rounds) || rounds < 1)
          return { ok: false, error: `--rounds: "${v}" is not a whole number ≥ 1` };
      } else if (flag === '--threshold') {
        const v = value();
        threshold = Number(v);
        if (!Number.isFinite(threshold) || threshold <= 0 || threshold >= 10)
          return { ok: false, error: `--threshold: "${v}" is not a fraction > 0 (0.10 = 10 %)` };
      } else if (flag === '--harness') {
        const v = value();
        if (v !== 'current' && v !== 'base') return { ok: false, error: `--harness: "${v}" is not current or base` };
        harness = v;
      } else if (flag === '--only') {
        const names = value()
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        const unknown = names.filter((n) => !suites.includes(n));
        if (unknown.length > 0 || names.length === 0)
          return { ok: false, error: `--only: unknown suite "${unknown.join(', ')}" (suites: ${suites.join(', ')})` };
        only = suites.filter((s) => names.includes(s));
      } else return { ok: false, error: `unknown argument "${flag}"` };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }
  return {
    ok: true,
    options: { base, rounds: rounds ?? (base === null ? 1 : 3), only, threshold, harness, verbose, help },
  };
}

export type SuiteReport = { readonly suite: string; readonly metrics: readonly Metric[] };

/** The last `BENCH_JSON` line of a run's output, checked; null when there is none or it is malformed. */
export function parseBenchJson(output: string): SuiteReport | null {
  const line = output
    .split('\n')
    .map((l) => l.trim())
    .findLast((l) => l.startsWith(BENCH_JSON_PREFIX));
  if (line === undefined) return null;
  let data: unknown;
  try {
    data = JSON.parse(line.slice(BENCH_JSON_PREFIX.length));
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null) return null;
  const { suite, metrics } = data as { suite?: unknown; metrics?: unknown };
  if (typeof suite !== 'string' || !Array.isArray(metrics)) return null;
  const out: Metric[] = [];
  for (const m of metrics as unknown[]) {
    if (typeof m !== 'object' || m === null) return null;
    const { name, value, unit, better, target } = m as Record<string, unknown>;
    if (typeof name !== 'string' || typeof unit !== 'string') return null;
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    if (better !== 'lower' && better !== 'higher') return null;
    if (target !== undefined && (typeof target !== 'number' || !Number.isFinite(target))) return null;
    out.push({ name, value, unit, better, target });
  }
  return { suite, metrics: out };
}

/** Median and range of one metric's values over the rounds. */
export type Summary = { readonly median: number; readonly min: number; readonly max: number; readonly n: number };

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('no values to summarise');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { median, min: s[0]!, max: s[s.length - 1]!, n: s.length };
}

export type Flag = 'worse' | 'worse?' | 'better' | 'better?' | '';

/**
 * current / base of the medians, and a flag when it moves past the threshold in either direction:
 * `worse`/`better` when the two ranges over the rounds do not overlap, `worse?`/`better?` when they
 * do or a side has one round only (the move may be noise). The ratio is null when the base is 0 and the current is not.
 */
export function compareSummaries(
  base: Summary,
  current: Summary,
  better: Metric['better'],
  threshold: number,
): { ratio: number | null; flag: Flag } {
  const ratio = base.median === 0 ? (current.median === 0 ? 1 : null) : current.median / base.median;
  // How much worse, as a factor > 1: lower-is-better metrics grow, higher-is-better ones shrink.
  const worseBy = ratio === null ? (better === 'lower' ? Infinity : 0) : better === 'lower' ? ratio : 1 / ratio;
  const [lowTree, highTree] = current.median >= base.median ? [base, current] : [current, base];
  // One round has no range: the move cannot be told from the noise.
  const separated = base.n > 1 && current.n > 1 && highTree.min > lowTree.max;
  if (worseBy > 1 + threshold) return { ratio, flag: separated ? 'worse' : 'worse?' };
  if (worseBy < 1 / (1 + threshold)) return { ratio, flag: separated ? 'better' : 'better?' };
  return { ratio, flag: '' };
}

/** One metric's values over the rounds in one tree. */
export type Series = { readonly unit: string; readonly better: Metric['better']; target?: number; values: number[] };
/** A suite's results in one tree: its metrics by name, or why it was not measured. */
export type TreeResult = { readonly metrics: Map<string, Series> } | { readonly error: string };

/** Adds one run's figures to a tree's series (metrics keep their first-seen order). */
export function addRun(into: Map<string, Series>, report: SuiteReport): void {
  for (const m of report.metrics) {
    const s = into.get(m.name);
    if (s) s.values.push(m.value);
    else
      into.set(m.name, {
        unit: m.unit,
        better: m.better,
        ...(m.target === undefined ? {} : { target: m.target }),
        values: [m.value],
      });
  }
}

export function formatValue(value: number, unit: string): string {
  if (unit === '/s') return `${Math.round(value).toLocaleString('en-US')}/s`;
  return `${digits(value)} ${unit}`;
}
const digits = (v: number) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2));

const FLAG_TEXT: Record<Flag, string> = {
  worse: '▲ worse',
  'worse?': '△ worse? (within the noise)',
  better: '▼ better',
  'better?': '▽ better? (within the noise)',
  '': '',
};

function cell(series: Series | undefined): string {
  if (!series) return '';
  const s = summarise(series.values);
  const range = s.n > 1 ? ` [${digits(s.min)}–${digits(s.max)}]` : '';
  return `${formatValue(s.median, series.unit)}${range}`;
}

function targetCell(series: Series | undefined): string {
  if (series?.target === undefined) return '';
  const m = summarise(series.values).median;
  const met = series.better === 'lower' ? m <= series.target : m >= series.target;
  return `${series.better === 'lower' ? '≤' : '≥'} ${formatValue(series.target, series.unit)} ${met ? '✓' : '✗'}`;
}

/**
 * A markdown table for one suite: base and current medians with their ranges, the ratio, the flag and
 * the target (✓/✗ for the current median). `base` is undefined when nothing is compared.
 */
export function suiteTable(
  suite: string,
  base: TreeResult | undefined,
  current: TreeResult,
  threshold: number,
): string {
  const lines: string[] = [`### ${suite}`, ''];
  if ('error' in current) lines.push(`current tree not measured: ${current.error}`, '');
  if (base && 'error' in base) lines.push(`not measured in base: ${base.error}`, '');
  const cur = 'error' in current ? new Map<string, Series>() : current.metrics;
  const bas = base === undefined || 'error' in base ? new Map<string, Series>() : base.metrics;
  const names = [...cur.keys(), ...[...bas.keys()].filter((n) => !cur.has(n))];
  if (names.length === 0) return lines.join('\n');
  if (base === undefined) {
    lines.push('| metric | current | target |', '|---|---:|---|');
    for (const n of names) lines.push(`| ${n} | ${cell(cur.get(n))} | ${targetCell(cur.get(n))} |`);
    return lines.join('\n');
  }
  lines.push('| metric | base | current | ratio | flag | target |', '|---|---:|---:|---:|---|---|');
  for (const n of names) {
    const b = bas.get(n);
    const c = cur.get(n);
    let ratio = '';
    let flag = '';
    if (b && c) {
      const r = compareSummaries(summarise(b.values), summarise(c.values), c.better, threshold);
      ratio = r.ratio === null ? '∞' : r.ratio.toFixed(2);
      flag = FLAG_TEXT[r.flag];
    } else flag = b ? 'not measured in current' : 'not measured in base';
    lines.push(`| ${n} | ${cell(b)} | ${cell(c)} | ${ratio} | ${flag} | ${targetCell(c ?? b)} |`);
  }
  return lines.join('\n');
}
