import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPricer } from '../../report';
import { DEFAULT_SCENARIO } from '../../scenario';
import { openLink } from '../../share';
import { xmlWellFormedErrors } from '../../share/chart/xmlWellFormed';
import { testCatalog } from '../../testing/catalog';
import { runCaptured } from '../captured';

const dir = mkdtempSync(join(tmpdir(), 'render-'));
const scenarioFile = join(dir, 'scenario.json');
writeFileSync(scenarioFile, JSON.stringify(DEFAULT_SCENARIO));

const cli = runCaptured;

describe('render', () => {
  it('creates missing folders for --out (a docs build folder)', () => {
    const out = join(dir, 'new', 'nested', 'chart.svg');
    expect(cli('render', scenarioFile, '--format', 'svg', '--out', out).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<svg /);
  });

  it('writes Markdown with prices as of and a link that reopens the same scenario at the same date', () => {
    const r = cli(
      'render',
      scenarioFile,
      '--format',
      'markdown',
      '--link-base',
      'https://docs.example.org/calc/index.html',
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('| Lambda | $1.87 |');
    expect(r.stdout).toContain('Prices as of 2026-03-01 (us-east-1)');
    const link = /\[Open this scenario\]\((https:\/\/docs\.example\.org\/calc\/index\.html#s=v\d+\.[\w-]+)\)/.exec(
      r.stdout,
    )?.[1];
    expect(link).toBeDefined();
    const opened = openLink(createPricer(testCatalog()), new URL(link!).hash);
    expect(opened.notice).toBeNull();
    expect(opened.scenario).toEqual({ ...DEFAULT_SCENARIO, pricingDate: '2026-03-01' });
  });

  it('writes a well-formed SVG to --out, saying what it wrote and its size', () => {
    const out = join(dir, 'chart.svg');
    const r = cli(
      'render',
      scenarioFile,
      '--format',
      'svg',
      '--out',
      out,
      '--theme',
      'dark',
      '--systems',
      'lambda,t3-small',
    );
    const svg = readFileSync(out, 'utf8');
    const bytes = Buffer.byteLength(svg).toLocaleString('en-US');
    expect(r).toEqual({
      code: 0,
      stdout: `Wrote ${out}: the breakeven chart as SVG, ${bytes} bytes (prices as of 2026-03-01, us-east-1).\n`,
      stderr: '',
    });
    expect(xmlWellFormedErrors(svg)).toEqual([]);
    expect(svg.match(/class="legend-item"/g)).toHaveLength(2);
  });

  it.each([
    ['csv', /^system_id,system,line,/],
    ['json', /^\{\n {2}"scenario": "Lambda vs EC2 vs Fargate"/],
  ])('writes %s', (format, start) => {
    const r = cli('render', scenarioFile, '--format', format);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(start);
  });

  it.each([
    [['render'], /missing <scenario.json>/],
    [['render', join(dir, 'nope.json')], /nope\.json: no such file/],
    [['render', scenarioFile, '--format', 'png'], /--format must be one of markdown, svg, csv, json, diagram-svg/],
    [['render', scenarioFile, '--link-base', 'javascript:alert(1)'], /--link-base must be an http\(s\) URL/],
    [['render', scenarioFile, '--systems', 'lambda,mainframe'], /--systems: unknown system "mainframe"/],
    [
      ['render', scenarioFile, '--format', 'diagram-svg'],
      /diagram-svg draws architectures, and this scenario has none/,
    ],
    // A folder that cannot exist (its parent is a file): missing folders are created, this one cannot be.
    [['render', scenarioFile, '--out', join(scenarioFile, 'x.md')], /cannot write .*x\.md \((ENOTDIR|EEXIST)\)/],
  ])('exits 2 naming the problem: %j', (argv, message) => {
    const r = cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('draws the architectures of a scenario as one SVG (--format diagram-svg)', () => {
    const r = cli('render', 'examples/architectures/fan-out.json', '--format', 'diagram-svg', '--theme', 'dark');
    expect(r.code).toBe(0);
    expect(xmlWellFormedErrors(r.stdout)).toEqual([]);
    expect(r.stdout).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(r.stdout).toContain('Prices as of');
  });

  it('exits 2 on an invalid scenario, naming the field', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, durationMs: -1 } }),
    );
    const r = cli('render', bad, '--format', 'svg');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/workload\.durationMs: must be greater than 0/);
  });

  it('is listed in the usage text', () => {
    expect(cli('--help').stdout).toMatch(
      /render <scenario\.json> \[--format markdown\|svg\|csv\|json\|diagram-svg\] \[--out <file>\]/,
    );
  });
});
