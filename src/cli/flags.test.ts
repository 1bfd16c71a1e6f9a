import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestDate } from '../pricing';
import { DEFAULT_SCENARIO } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { PINNED_DEFAULT } from '../testing/pinnedDefault';
import { runCaptured } from './captured';

const dir = mkdtempSync(join(tmpdir(), 'sb-flags-'));
const brief = join(dir, 'brief.json');
writeFileSync(brief, JSON.stringify(PINNED_DEFAULT));

const cli = runCaptured;
const json = (...argv: string[]) => {
  const r = cli('estimate', brief, '--format', 'json', ...argv);
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as {
    requestsPerMonth: string;
    systems: { id: string; monthlyUsd: string; lines: { label: string; quantity: string }[] }[];
  };
};
const lambdaLine = (out: ReturnType<typeof json>, label: string) =>
  out.systems.find((s) => s.id === 'lambda')!.lines.find((l) => l.label === label)!.quantity;

describe('unknown options', () => {
  it.each([
    [['estimate', brief, '--frmat', 'json'], 'unknown option --frmat; did you mean --format?'],
    [['breakeven', brief, '--pair'], 'unknown option --pair; did you mean --pairs?'],
    [['rightsize', brief, '--latency', '100'], 'unknown option --latency; did you mean --latency-limit?'],
    [
      ['estimate', brief, '--weight', '0.5'],
      'unknown option --weight; --weight is an option of rightsize, not estimate',
    ],
    [['render', brief, '--pairs'], 'unknown option --pairs; --pairs is an option of breakeven, not render'],
    [['estimate', brief, '--verbose'], 'unknown option --verbose; estimate takes --help, --version, --format'],
    [['estimate', brief, '-x'], 'unknown option -x'],
  ])('%j: exit 2 naming it, nothing printed', (argv, message) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.startsWith(`error: ${message}`)).toBe(true);
  });

  it('an option given without its value says so, once it is known to exist', () => {
    expect(cli('render', brief, '--out').stderr).toBe('error: option --out needs a value\n');
    expect(cli('estimate', brief, '--date', '--format', 'json').stderr).toBe('error: option --date needs a value\n');
  });

  it('every option of every command in the usage is accepted', () => {
    expect(cli('estimate', brief, '--format', 'csv', '--link-base', 'https://example.org/').code).toBe(0);
    expect(cli('breakeven', brief, '--pairs', '--format', 'table').code).toBe(0);
    expect(cli('rightsize', brief, '--sweep', '--step', '512', '--interpolate', '--weight', '0.5').code).toBe(0);
  });
});

describe('what-if flags', () => {
  it.each([
    ['20M', '20000000'],
    ['1.5k', '1500'],
    ['1.1M', '1100000'],
    ['2B', '2000000000'],
    ['2,000,000', '2000000'],
    ['750000', '750000'],
  ])('--requests %s prices %s requests a month', (flag, requests) => {
    const out = json('--requests', flag);
    expect(out.requestsPerMonth).toBe(requests);
    expect(lambdaLine(out, 'Lambda requests')).toBe(requests);
  });

  it('--duration and --memory replace the workload: Lambda GB-s follow them', () => {
    // 1 M requests × 100 ms × 1 GB = 100,000 GB-s (the file says 200 ms at 512 MB: also 100,000).
    expect(lambdaLine(json('--duration', '100', '--memory', '1024'), 'Lambda duration')).toBe('100000');
    expect(lambdaLine(json('--duration', '50ms'), 'Lambda duration')).toBe('25000');
    expect(lambdaLine(json('--memory', '2048MB'), 'Lambda duration')).toBe('400000');
  });

  it('the link in a Markdown export carries the what-if, not the file', () => {
    const md = cli('estimate', brief, '--format', 'markdown', '--requests', '3M').stdout;
    expect(md.split('\n')[0]).toMatch(/^3,000,000 requests\/month · /);
    expect(md).toMatch(/`#s=v\d+\.[\w-]+`/);
  });

  it.each([
    [['--requests', 'lots'], '--requests lots: must be a number like 20M, 1.5k or 2000000'],
    [['--requests', '2000B'], 'invalid option:\n--requests 2000B: must be at most 10^12 requests/month'],
    [['--duration', '0'], 'invalid option:\n--duration 0: must be greater than 0'],
    [['--memory', '100000'], 'invalid option:\n--memory 100000: must be at most 32,768 MB (32 GiB)'],
    [['--memory', '1.5'], 'invalid option:\n--memory 1.5: must be a whole number'],
    [
      ['--memory', '4096', '--date', '2020-06-01'],
      'invalid option:\n--memory 4096: Lambda memory must be 128–3008 MB in 64 MB steps',
    ],
    [['--date', '2020-13-45'], 'invalid option:\n--date 2020-13-45: must be a date like 2025-08-01'],
  ])('%j is refused naming the flag, not the file (exit 2)', (flags, message) => {
    const r = cli('estimate', brief, ...flags);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`error: ${message}`)).toBe(true);
    expect(r.stderr).not.toContain(brief);
  });

  it('a problem of the file itself still names the file and its field', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, cpuMs: -1 } }));
    const r = cli('estimate', bad, '--requests', '5M');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}: invalid scenario:\nworkload.cpuMs: must not be negative`);
  });
});

describe('--date', () => {
  const newest = latestDate(testCatalog());

  it('after the newest price file: priced with the latest prices, and a note on stderr naming the files', () => {
    const r = cli('estimate', brief, '--date', '2999-01-01', '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `^note: --date 2999-01-01 is after the newest price file \\(${newest}\\): using the latest prices, .*aws/lambda/2025-08-01`,
      ),
    );
    expect(JSON.parse(r.stdout).pricing.pricingDate).toBe('2999-01-01');
  });

  it('a pricingDate in the file after the newest file gets the same note, naming the file', () => {
    const future = join(dir, 'future.json');
    writeFileSync(future, JSON.stringify({ ...PINNED_DEFAULT, pricingDate: '2999-06-01' }));
    const r = cli('estimate', future);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `^note: ${future.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: pricingDate 2999-06-01 is after the newest price file \\(${newest}\\)`,
      ),
    );
  });

  it('on or before the newest file: no note', () => {
    expect(cli('estimate', brief, '--date', newest).stderr).toBe('');
  });
});

describe('render --out and rightsize', () => {
  it('rightsize prints the current and recommended sizes by default, every size with --sweep', () => {
    const short = cli('rightsize', brief).stdout;
    const sweep = cli('rightsize', brief, '--sweep').stdout;
    const rows = (t: string) => t.split('\n').filter((l) => /^ +\d+ {2}/.test(l));
    expect(rows(short).length).toBeLessThanOrEqual(9);
    expect(rows(short).some((l) => l.endsWith('current'))).toBe(true);
    expect(rows(short).some((l) => / cheapest (x86_64|arm64)/.test(l))).toBe(true);
    expect(short).toMatch(/: \d+ of the (\d+) sizes priced \(128–10,240 MB\); rightsize --sweep lists them all\./);
    const total = Number(/of the (\d+) sizes priced/.exec(short)![1]);
    expect(rows(sweep)).toHaveLength(total);
    expect(sweep).not.toContain('--sweep lists');
  });
});
