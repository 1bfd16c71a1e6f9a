import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  type Series,
  type Summary,
  addRun,
  compareSummaries,
  parseBenchJson,
  parseCompareArgs,
  suiteTable,
  summarise,
} from './compareCore';
import { lowerIsBetter, reportMetrics } from './measure';

const SUITES = ['engine', 'rightsize', 'ui', 'editor'];
const parse = (...argv: string[]) => parseCompareArgs(argv, SUITES);
const options = (...argv: string[]) => {
  const r = parse(...argv);
  if (!r.ok) throw new Error(r.error);
  return r.options;
};
const error = (...argv: string[]) => {
  const r = parse(...argv);
  if (r.ok) throw new Error(`accepted ${argv.join(' ')}`);
  return r.error;
};

describe('parseCompareArgs', () => {
  it('compares with HEAD~1, 3 rounds, every suite, 10 %, the current harness by default', () => {
    expect(options()).toEqual({
      base: 'HEAD~1',
      rounds: 3,
      only: SUITES,
      threshold: 0.1,
      harness: 'current',
      verbose: false,
      help: false,
    });
  });

  it('takes --base as two words or with =', () => {
    expect(options('--base', 'abc123').base).toBe('abc123');
    expect(options('--base=v1.2').base).toBe('v1.2');
  });

  it('--no-compare measures only the current tree, once unless --rounds says otherwise', () => {
    expect(options('--no-compare')).toMatchObject({ base: null, rounds: 1 });
    expect(options('--no-compare', '--rounds', '4').rounds).toBe(4);
  });

  it('--only keeps the suites in their running order', () => {
    expect(options('--only', 'ui,engine').only).toEqual(['engine', 'ui']);
    expect(options('--only=editor').only).toEqual(['editor']);
  });

  it('names what is wrong', () => {
    expect(error('--only', 'engine,gpu')).toContain('"gpu"');
    expect(error('--only', ',')).toContain('--only');
    expect(error('--rounds', '0')).toContain('--rounds');
    expect(error('--rounds', '1.5')).toContain('--rounds');
    expect(error('--rounds', 'three')).toContain('"three"');
    expect(error('--threshold', '-0.1')).toContain('--threshold');
    expect(error('--threshold', 'ten')).toContain('--threshold');
    expect(error('--harness', 'mine')).toContain('"mine"');
    expect(error('--base')).toContain('--base needs a value');
    expect(error('--base', '--verbose')).toContain('--base needs a value');
    expect(error('--fast')).toContain('"--fast"');
  });

  it('reads the rest', () => {
    expect(options('--threshold', '0.05', '--harness', 'base', '--verbose', '--help')).toMatchObject({
      threshold: 0.05,
      harness: 'base',
      verbose: true,
      help: true,
    });
  });
});

describe('parseBenchJson', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads back what reportMetrics prints, among other output', () => {
    const lines: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const metrics = [
      lowerIsBetter('estimate', 184.5, 'µs', 100),
      { name: 'per second', value: 5400, unit: '/s', better: 'higher' as const },
    ];
    reportMetrics('engine', metrics);
    const parsed = parseBenchJson(`Engine benchmarks\nestimate … 184 µs\n${lines.join('\n')}\n`);
    expect(parsed).toEqual({ suite: 'engine', metrics: [{ ...metrics[0], target: 100 }, metrics[1]] });
  });

  it('takes the last BENCH_JSON line', () => {
    const line = (v: number) =>
      `BENCH_JSON {"suite":"ui","metrics":[{"name":"a","value":${v},"unit":"ms","better":"lower"}]}`;
    expect(parseBenchJson(`${line(1)}\n${line(2)}`)?.metrics[0]?.value).toBe(2);
  });

  it('refuses output without one, and malformed ones', () => {
    expect(parseBenchJson('median 12 ms\n')).toBeNull();
    expect(parseBenchJson('BENCH_JSON {"suite":"ui","metrics":[')).toBeNull();
    expect(parseBenchJson('BENCH_JSON null')).toBeNull();
    expect(parseBenchJson('BENCH_JSON {"metrics":[]}')).toBeNull();
    const m = (metric: string) => parseBenchJson(`BENCH_JSON {"suite":"ui","metrics":[${metric}]}`);
    expect(m('{"name":"a","value":1,"unit":"ms","better":"lower"}')).not.toBeNull();
    expect(m('{"name":"a","value":"1","unit":"ms","better":"lower"}')).toBeNull();
    expect(m('{"name":"a","value":1,"unit":"ms","better":"faster"}')).toBeNull();
    expect(m('{"name":"a","value":1,"better":"lower"}')).toBeNull();
    expect(m('{"name":"a","value":1,"unit":"ms","better":"lower","target":"24"}')).toBeNull();
    expect(m('null')).toBeNull();
  });
});

describe('summarise', () => {
  it('gives the median (mean of the middle two for an even count) and the range', () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarise([4, 1, 3, 10])).toEqual({ median: 3.5, min: 1, max: 10, n: 4 });
    expect(() => summarise([])).toThrow();
  });
});

const s = (median: number, min = median, max = median): Summary => ({ median, min, max, n: 3 });

describe('compareSummaries', () => {
  it('flags a time that grew past the threshold: sure when the ranges are apart, doubtful when they overlap', () => {
    expect(compareSummaries(s(100, 95, 105), s(120, 112, 130), 'lower', 0.1)).toEqual({ ratio: 1.2, flag: 'worse' });
    expect(compareSummaries(s(100, 95, 115), s(120, 112, 130), 'lower', 0.1).flag).toBe('worse?');
    expect(compareSummaries(s(100, 95, 105), s(109, 108, 110), 'lower', 0.1).flag).toBe('');
    expect(compareSummaries(s(100, 95, 105), s(80, 75, 85), 'lower', 0.1).flag).toBe('better');
    expect(compareSummaries(s(100, 70, 105), s(80, 75, 85), 'lower', 0.1).flag).toBe('better?');
  });

  it('cannot call a move sure from one round', () => {
    const once = (median: number): Summary => ({ median, min: median, max: median, n: 1 });
    expect(compareSummaries(once(100), once(150), 'lower', 0.1).flag).toBe('worse?');
    expect(compareSummaries(s(100), once(50), 'lower', 0.1).flag).toBe('better?');
  });

  it('reads a higher-is-better figure the other way round', () => {
    expect(compareSummaries(s(5000), s(4000), 'higher', 0.1)).toEqual({ ratio: 0.8, flag: 'worse' });
    expect(compareSummaries(s(5000), s(6000), 'higher', 0.1).flag).toBe('better');
  });

  it('has no ratio from a zero base, and counts the change as a regression of a time', () => {
    expect(compareSummaries(s(0), s(0), 'lower', 0.1)).toEqual({ ratio: 1, flag: '' });
    expect(compareSummaries(s(0), s(3), 'lower', 0.1)).toEqual({ ratio: null, flag: 'worse' });
    expect(compareSummaries(s(0), s(3), 'higher', 0.1)).toEqual({ ratio: null, flag: 'better' });
  });

  it('swapping base and current inverts the ratio and turns worse into better', () => {
    const summary = fc
      .tuple(fc.double({ min: 1, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 0.5, noNaN: true }))
      .map(([m, spread]): Summary => s(m, m * (1 - spread), m * (1 + spread)));
    const opposite = { worse: 'better', 'worse?': 'better?', better: 'worse', 'better?': 'worse?', '': '' };
    fc.assert(
      fc.property(summary, summary, fc.constantFrom('lower' as const, 'higher' as const), (a, b, better) => {
        const ab = compareSummaries(a, b, better, 0.1);
        const ba = compareSummaries(b, a, better, 0.1);
        expect(ab.ratio! * ba.ratio!).toBeCloseTo(1, 9);
        // On the threshold itself floating point may put one side just inside: skip those.
        if (Math.abs(Math.abs(Math.log(ab.ratio!)) - Math.log(1.1)) > 1e-9) expect(ba.flag).toBe(opposite[ab.flag]);
      }),
    );
  });
});

describe('suiteTable', () => {
  const series = (values: number[], target?: number): Map<string, Series> =>
    new Map([['sweep', { unit: 'ms', better: 'lower', ...(target === undefined ? {} : { target }), values }]]);

  it('shows medians, ranges, ratio, flag and the current median against the target', () => {
    const table = suiteTable(
      'rightsize',
      { metrics: series([10, 11, 12], 20) },
      { metrics: series([20, 21, 23], 20) },
      0.1,
    );
    expect(table).toContain('| sweep | 11.0 ms [10.0–12.0] | 21.0 ms [20.0–23.0] | 1.91 | ▲ worse | ≤ 20.0 ms ✗ |');
  });

  it('says what was not measured in the base, and why', () => {
    const table = suiteTable('ui', { error: 'no BENCH_JSON line (exit code 1)' }, { metrics: series([5]) }, 0.1);
    expect(table).toContain('not measured in base: no BENCH_JSON line (exit code 1)');
    expect(table).toContain('| sweep |  | 5.00 ms |  | not measured in base |  |');
    const gone = suiteTable('ui', { metrics: series([5]) }, { metrics: new Map() }, 0.1);
    expect(gone).toContain('not measured in current');
  });

  it('without a base, lists the current figures only', () => {
    const table = suiteTable('engine', undefined, { metrics: series([30], 20) }, 0.1);
    expect(table).toContain('| metric | current | target |');
    expect(table).toContain('| sweep | 30.0 ms | ≤ 20.0 ms ✗ |');
  });
});

describe('addRun', () => {
  it('appends each run to its metric and keeps the first-seen order', () => {
    const into = new Map<string, Series>();
    const run = (a: number, b: number) => ({
      suite: 'x',
      metrics: [lowerIsBetter('a', a, 'ms'), lowerIsBetter('b', b, 'ms', 5)],
    });
    addRun(into, run(1, 2));
    addRun(into, run(3, 4));
    expect([...into.keys()]).toEqual(['a', 'b']);
    expect(into.get('b')).toEqual({ unit: 'ms', better: 'lower', target: 5, values: [2, 4] });
  });
});
