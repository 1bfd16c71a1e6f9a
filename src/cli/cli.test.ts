import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenario';
import { PINNED_DEFAULT } from '../testing/pinnedDefault';
import { runCaptured } from './captured';

const dir = mkdtempSync(join(tmpdir(), 'sb-cli-'));
function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
const cli = runCaptured;

const brief = file('brief.json', JSON.stringify(PINNED_DEFAULT));
const at951 = file(
  'servers.json',
  JSON.stringify({ ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 2_500_000_000 } }),
);

describe('CLI', () => {
  it('estimate prints a table with totals, traces, breakevens and the files used', () => {
    const { code, stdout, stderr } = cli('estimate', brief);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('$1.87');
    expect(stdout).toContain('$15.18');
    expect(stdout).toContain('100,000 GB-s × $0.0000166667/GB-s = $1.67');
    expect(stdout).toContain('Lambda costs more than t3.small above 8,134,271 requests/month.');
    expect(stdout).toContain('aws/lambda/2025-08-01');
  });

  it('estimate at 951 req/s sizes the default servers from the workload: fleets of hundreds, with the capacity in the trace', () => {
    const { code, stdout } = cli('estimate', at951);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '476 instances (max(1, ⌈951.294 peak RPS / 2 RPS per instance⌉); capacity t3.small: 2 vCPU × 20% baseline ÷ 200 ms CPU = 2 req/s per instance',
    );
    expect(stdout).toContain('544 tasks');
    expect(stdout).toContain('0.5 vCPU × 70% ÷ 200 ms CPU = 1.75 req/s per task');
    expect(stdout).not.toContain('$15.18');
  });

  it('estimate --format json gives money as decimal strings and the pricing files', () => {
    const { code, stdout } = cli('estimate', brief, '--format', 'json');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.systems.map((s: { monthlyUsd: string }) => s.monthlyUsd)).toEqual([
      '1.87',
      '2.87',
      '15.18',
      '46.88',
      '18.02',
    ]);
    expect(out.systems[0].lines[0]).toMatchObject({
      label: 'Lambda requests',
      quantity: '1000000',
      unit: 'request',
      rate: '2e-7',
      usd: '0.20',
    });
    expect(out.pricing.files.map((f: { id: string }) => f.id)).toContain('aws/lambda/2025-08-01');
    const b = out.breakevens.find((x: { between: string[] }) => x.between.join() === 'lambda,t3-small');
    expect(b.requestsPerMonthRounded).toBe('8134271');
    expect(Number(b.monthlyUsd.lambda)).toBeCloseTo(15.184, 9);
  });

  it('estimate --format csv and markdown', () => {
    const csv = cli('estimate', brief, '--format', 'csv').stdout.trim().split('\n');
    expect(csv[0]).toBe('system_id,system,line,quantity,unit,rate_usd_per_unit,usd,usd_exact,trace');
    expect(csv.some((r) => r.startsWith('t3-small,t3.small,Total,,,,15.18,'))).toBe(true);
    const md = cli('estimate', brief, '--format', 'markdown').stdout;
    expect(md).toContain('| Lambda | $1.87 | $1.87 |');
    expect(md).toMatch(/Prices as of \d{4}-\d{2}-\d{2} \(us-east-1\)/);
  });

  it('breakeven --pairs lists each crossing with both costs, by traffic', () => {
    const { code, stdout } = cli('breakeven', brief, '--pairs');
    expect(code).toBe(0);
    expect(stdout).toMatch(/8,134,271 requests\/month .*Lambda \$15\.18, t3\.small \$15\.18/);
    const rs = [...stdout.matchAll(/^ +([\d,]+) requests\/month {2}/gm)].map((m) => Number(m[1]!.replaceAll(',', '')));
    expect(rs.length).toBeGreaterThan(1);
    expect([...rs].sort((a, b) => a - b)).toEqual(rs);
  });

  it('breakeven says first which system is cheapest at every traffic, and points at --pairs', () => {
    const { code, stdout } = cli('breakeven', brief);
    expect(code).toBe(0);
    const [sentence] = stdout.split('\n');
    expect(sentence).toMatch(/^Below 8\.1 M requests\/month Lambda is cheapest; (from 8\.1 M to|above 8\.1 M) .+\.$/);
    expect(stdout).toMatch(/^ +0 – 8,134,271 requests\/month {2}Lambda$/m);
    const crossings = Number(/(\d+) pairwise crossings: breakeven --pairs lists them\./.exec(stdout)?.[1]);
    expect(crossings).toBeGreaterThan(1);
    expect(stdout).not.toMatch(/costs more than/);
  });

  it('breakeven --format json gives the cheapest sequence, contiguous and exact, and the crossings', () => {
    const out = JSON.parse(cli('breakeven', brief, '--format', 'json').stdout);
    expect(out.cheapest[0]).toEqual({
      id: 'lambda',
      fromRequestsPerMonth: null,
      toRequestsPerMonth: out.breakevens.find((b: { between: string[] }) => b.between.join() === 'lambda,t3-small')
        .requestsPerMonth,
    });
    expect(out.cheapest.at(-1).toRequestsPerMonth).toBeNull();
    for (let i = 1; i < out.cheapest.length; i++)
      expect(out.cheapest[i].fromRequestsPerMonth).toBe(out.cheapest[i - 1].toRequestsPerMonth);
    expect(out.cheapestSentence).toMatch(/^Below 8\.1 M requests\/month Lambda is cheapest/);
  });

  it('breakeven on clouds.json: no crossing between two free systems, the tie said once', () => {
    const clouds = fileURLToPath(new URL('../../examples/clouds.json', import.meta.url));
    const { stdout } = cli('breakeven', clouds, '--pairs');
    expect(stdout).not.toMatch(/\$0\.00, .*\$0\.00; just above/);
    expect(stdout).toMatch(
      /50,491 requests\/month {2}Azure Functions Flex \(2 GB\) costs more than Cloud Run \(request-based\) above 50,491 requests\/month \(the same cost below it\)\./,
    );
    expect(stdout.split('\n')[0]).toMatch(
      /^Below 50 k requests\/month Azure Functions Flex \(2 GB\) and Cloud Run \(request-based\) \(the same cost\) are cheapest;/,
    );
  });

  it('the brief example prices the t3.small alone and as billed: breakevens 8,134,271 and 10,432,481', () => {
    const example = fileURLToPath(new URL('../../examples/brief.json', import.meta.url));
    const { code, stdout } = cli('breakeven', example, '--pairs');
    expect(code).toBe(0);
    expect(stdout).toMatch(/8,134,271 requests\/month .*Lambda \$15\.18/);
    expect(stdout).toMatch(/10,432,481 requests\/month .*Lambda \$19\.47/);
  });

  it('--date prices as of an earlier list', () => {
    const out = JSON.parse(cli('estimate', brief, '--format', 'json', '--date', '2020-11-30').stdout);
    expect(out.pricing.pricingDate).toBe('2020-11-30');
    expect(out.pricing.files.map((f: { id: string }) => f.id)).toContain('aws/lambda/2019-12-03');
    expect(out.pricing.warnings.length).toBeGreaterThan(0);
  });

  it.each([
    ['a missing file', [join(dir, 'nope.json')], /no such file/],
    ['bad JSON', [file('bad.json', '{"schema": 1,')], /not valid JSON/],
    [
      'an invalid scenario',
      [
        file(
          'inv.json',
          JSON.stringify({ ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, memoryMb: -5 } }),
        ),
      ],
      /workload\.memoryMb: must be greater than 0/,
    ],
    [
      'memory beyond the limit of the date',
      [
        file(
          'old.json',
          JSON.stringify({
            ...DEFAULT_SCENARIO,
            pricingDate: '2020-06-01',
            workload: { ...DEFAULT_SCENARIO.workload, memoryMb: 4096 },
          }),
        ),
      ],
      /workload\.memoryMb: Lambda memory must be 128–3008 MB in 64 MB steps/,
    ],
    [
      'an unknown instance type',
      [
        file(
          'it.json',
          JSON.stringify({ ...DEFAULT_SCENARIO, systems: [{ id: 'x', kind: 'aws-ec2', instanceType: 't9.huge' }] }),
        ),
      ],
      /systems\[0\]\.instanceType: unknown instance type "t9.huge"/,
    ],
    [
      'an unknown field',
      [file('uf.json', JSON.stringify({ ...DEFAULT_SCENARIO, color: 'red' }))],
      /color: unknown field "color"/,
    ],
    ['an unknown command', ['frobnicate'], /unknown command/],
    ['a bad format', [brief, '--format', 'pdf'], /--format must be one of/],
  ])('%s: message on stderr, exit 2, no stack trace', (_name, argv, message) => {
    const { code, stdout, stderr } = cli(...(argv[0] === 'frobnicate' ? argv : ['estimate', ...argv]));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('CLI edges', () => {
  it.each(['constructor', '__proto__', 'hasOwnProperty', 'toString', 'valueOf'])(
    '"%s" is an unknown command: the error and the usage on stderr, exit 2',
    (name) => {
      const { code, stdout, stderr } = cli(name);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`unknown command "${name}"`);
      expect(stderr).toContain('Usage:');
    },
  );

  it.each([['-h'], ['--help'], ['estimate', '--help'], ['-h', 'render']])(
    '%s prints the usage on stdout, exit 0',
    (...argv) => {
      const { code, stdout, stderr } = cli(...argv);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toContain('Usage:');
    },
  );

  it('--version prints the package version, exit 0', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(cli('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('opens a scenario file saved with a UTF-8 byte-order mark', () => {
    const bom = file('bom.json', `\uFEFF${JSON.stringify(DEFAULT_SCENARIO)}`);
    const { code, stdout } = cli('estimate', bom);
    expect(code).toBe(0);
    expect(stdout).toContain('$19.47');
  });

  it('cuts an error about a huge input to a readable length (a 1 MB key)', () => {
    const huge = file('huge.json', JSON.stringify({ ...DEFAULT_SCENARIO, ['k'.repeat(1_000_000)]: 1 }));
    const { code, stderr } = cli('estimate', huge);
    expect(code).toBe(2);
    expect(stderr).toMatch(/kkk… \(1,\d{3},\d{3} more characters\)/);
    expect(stderr.length).toBeLessThan(2_000);
  });

  it('lists at most 40 lines of issues and counts the rest', () => {
    // 12 systems × 6 fields of the wrong type: 72 issues, one line each.
    const wrong = {
      instanceType: 1,
      count: 'x',
      minInstances: 'x',
      rpsPerInstance: 'x',
      hoursPerMonth: 'x',
      loadBalancer: 1,
    };
    const bad = file(
      'many.json',
      JSON.stringify({
        ...DEFAULT_SCENARIO,
        systems: Array.from({ length: 12 }, (_, i) => ({ id: `x${i}`, kind: 'aws-ec2', ...wrong })),
      }),
    );
    const { code, stderr } = cli('estimate', bad);
    expect(code).toBe(2);
    expect(stderr.split('\n').length).toBeLessThanOrEqual(43);
    expect(stderr).toMatch(/… and \d+ more lines/);
  });

  it('render --out into a path that cannot be created fails at once, naming it', () => {
    const t0 = performance.now();
    const { code, stderr } = cli('render', brief, '--out', '/proc/serverless-breakeven/x/out.md');
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: cannot write \/proc\/serverless-breakeven\/x\/out\.md \(E[A-Z]+\)/);
  });

  it('render --out under a file (not a folder) fails, naming it', () => {
    const { code, stderr } = cli('render', brief, '--out', join(brief, 'out.md'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot write .*brief\.json\/out\.md \(ENOTDIR\)/);
  });
});

describe('CLI on inputs that used to freeze it', () => {
  const tiny = (rps: number) =>
    file(
      `tiny-${rps}.json`,
      JSON.stringify({
        schema: 2,
        workload: { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 },
        systems: [
          { id: 'x', kind: 'aws-ec2', instanceType: 't3.small', rpsPerInstance: rps },
          { id: 'fn', kind: 'aws-lambda' },
        ],
      }),
    );

  it.each(['estimate', 'breakeven', 'render'])(
    '%s refuses 1e-15 requests/second per instance by name, at once, instead of $Infinity or a hang',
    (command) => {
      const t0 = performance.now();
      const { code, stdout, stderr } = cli(command, tiny(1e-15));
      expect(performance.now() - t0).toBeLessThan(5_000);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain('systems[0].rpsPerInstance: must be 0.001–1,000,000 requests per second');
    },
  );

  it('twelve traffic-sized fleets whose costs track each other render with every command in seconds, truncated pairs noted', () => {
    const fleets = Array.from({ length: 12 }, (_, i) => ({
      id: `f${i}`,
      kind: 'aws-ec2',
      instanceType: 't3.small',
      rpsPerInstance: 0.001 * (1 + i / 1e6),
      minInstances: i,
    }));
    const path = file(
      'fleets.json',
      JSON.stringify({
        schema: 2,
        workload: { requestsPerMonth: 1_000_000, durationMs: 200, memoryMb: 512 },
        systems: fleets,
      }),
    );
    for (const argv of [
      ['estimate', path],
      ['breakeven', path],
      ['render', path, '--format', 'svg'],
      ['estimate', path, '--format', 'csv'],
    ]) {
      const t0 = performance.now();
      const { code, stdout, stderr } = cli(...argv);
      expect(performance.now() - t0, argv.join(' ')).toBeLessThan(15_000);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).not.toMatch(/Infinity|NaN/);
    }
    expect(cli('breakeven', path).stdout).toMatch(/note: f\d+ and f\d+ cost within one instance of each other/);
  }, 120_000);
});
