import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestDate } from '../pricing';
import { renderExport } from '../share/exports';
import { DEFAULT_SCENARIO, type Scenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { parseCsv } from '../testing/parseCsv';
import { priceScenario } from './priceScenario';

const catalog = testCatalog();
function priced(s: unknown) {
  const p = priceScenario(catalog, s);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return p;
}

/** Inputs unlike the defaults, so that a header echoing the defaults would fail. */
const WHAT_IF: Scenario = {
  ...DEFAULT_SCENARIO,
  name: 'Checkout API',
  freeTier: true,
  workload: {
    ...DEFAULT_SCENARIO.workload,
    requestsPerMonth: 1_500_000,
    durationMs: 120,
    memoryMb: 1024,
    architecture: 'arm64',
    coldStartRate: 0.025,
    initDurationMs: 300,
  },
};
const LINK = 'https://example.org/app/#s=v4.abc';
const NUMBER_COLUMNS = [3, 5, 6, 7];
const CLOUDS = JSON.parse(readFileSync(new URL('../../examples/clouds.json', import.meta.url), 'utf8')) as unknown;

describe('exports describe themselves', () => {
  it('CSV parses back with a header of rows without a system: name, every input as a number with its unit, price date, link', () => {
    const rows = parseCsv(renderExport(priced(WHAT_IF), 'csv', { link: LINK }).text);
    expect(rows[0]![0]).toBe('system_id');
    const header = rows.slice(1).filter((r) => r[0] === '');
    // The header comes first, right after the column names.
    expect(rows.slice(1, 1 + header.length)).toEqual(header);
    const by = new Map(header.map((r) => [r[2]!, { quantity: r[3], unit: r[4], text: r[8] }]));
    expect(by.get('Scenario')?.text).toBe('Checkout API');
    expect(by.get('Input: Traffic')).toEqual({
      quantity: '1500000',
      unit: 'requests/month',
      text: '1,500,000 requests/month',
    });
    expect(by.get('Input: Duration')).toMatchObject({ quantity: '120', unit: 'ms' });
    expect(by.get('Input: Memory')).toMatchObject({ quantity: '1024', unit: 'MB' });
    expect(by.get('Input: Architecture')?.text).toBe('arm64');
    expect(by.get('Input: Free tier')?.text).toMatch(/^free tier on/);
    expect(by.get('Input: Cold starts')).toEqual({
      quantity: '2.5',
      unit: '% of invocations',
      text: '2.5% cold starts, INIT 300 ms',
    });
    expect(by.get('Prices as of')?.text).toBe(`${latestDate(catalog)} (us-east-1)`);
    expect(by.get('Link')?.text).toBe(LINK);
  });

  it('Markdown parses back: its first line holds the inputs, price date, region and link', () => {
    const md = renderExport(priced(WHAT_IF), 'markdown', { link: LINK }).text;
    const facts = md.split('\n').find((l) => l.includes(' · '));
    expect(facts!.split(' · ')).toEqual([
      '1,500,000 requests/month',
      '120 ms',
      '1,024 MB',
      'arm64',
      expect.stringMatching(/^free tier on/),
      '2.5% cold starts, INIT 300 ms',
      expect.stringMatching(/^prices as of \d{4}-\d{2}-\d{2} \(us-east-1\)$/),
      `[Open this scenario](${LINK})`,
    ]);
  });

  it('without a link the header says nothing of one; a scenario without a name has no Scenario row', () => {
    const { name: _drop, ...unnamed } = WHAT_IF;
    const md = renderExport(priced(unnamed), 'markdown').text;
    expect(md.split('\n').find((l) => l.includes(' · '))).toMatch(/^1,500,000 requests\/month · .* \(us-east-1\)$/);
    expect(md).not.toContain('Open this scenario');
    const rows = parseCsv(renderExport(priced(unnamed), 'csv').text);
    expect(rows.map((r) => r[2])).not.toContain('Link');
    expect(rows.map((r) => r[2])).not.toContain('Scenario');
  });

  it('the SVG chart (and the PNG drawn from it) is captioned with the inputs, price date and region', () => {
    const svg = renderExport(priced(WHAT_IF), 'svg').text;
    const caption = /<text[^>]*>([^<]*req\/month[^<]*)<\/text>/.exec(svg)?.[1];
    expect(caption).toBe(
      `1.5M req/month · 120 ms · 1024 MB arm64 · free tier on · 2.5% cold starts · prices as of ${latestDate(catalog)} (us-east-1)`,
    );
  });

  it('a scenario named like a formula stays text in the CSV header', () => {
    const rows = parseCsv(renderExport(priced({ ...WHAT_IF, name: '=HYPERLINK("http://x")' }), 'csv').text);
    expect(rows.find((r) => r[2] === 'Scenario')?.[8]).toBe(`'=HYPERLINK("http://x")`);
  });

  it.each([
    ['the default comparison', DEFAULT_SCENARIO],
    ['every cloud (busy time, per-CPU-ms rates)', CLOUDS],
    [
      'the default at 2.5 B requests',
      { ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, requestsPerMonth: 2.5e9 } },
    ],
  ])('CSV numbers of %s are plain decimals of sensible length, and still add up', (_name, scenario) => {
    const p = priced(scenario);
    const rows = parseCsv(renderExport(p, 'csv').text).slice(1);
    const numbers = rows.flatMap((r) => NUMBER_COLUMNS.map((i) => r[i]!)).filter((c) => c !== '');
    expect(numbers.length).toBeGreaterThan(10);
    for (const n of numbers) {
      expect(n).toMatch(/^-?\d+(\.\d+)?$/);
      expect(n.replace(/[-.]/g, '').replace(/^0+/, '').length, n).toBeLessThanOrEqual(20);
    }
    // Every system's exact total is its lines' exact dollars summed, to the precision written.
    for (const e of p.analysis.estimates) {
      const mine = rows.filter((r) => r[0] === e.id);
      const total = Number(mine.find((r) => r[2] === 'Total')![7]);
      const sum = mine.filter((r) => r[3] !== '' && r[2] !== 'Cheapest from').reduce((s, r) => s + Number(r[7]), 0);
      expect(sum).toBeCloseTo(total, 6);
    }
  });
});
