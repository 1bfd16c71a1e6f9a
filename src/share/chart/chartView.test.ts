import { describe, expect, it } from 'vitest';
import { priceScenario } from '../../report';
import { DEFAULT_SCENARIO, type Scenario, chartViewOf, parseScenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { decodeScenario, encodeScenario } from '../codec';
import { renderExport } from '../exports';
import { placeLabels } from './chartLayout';

const catalog = testCatalog();
function svgOf(s: Scenario): string {
  const p = priceScenario(catalog, s);
  if (!p.ok) throw new Error(JSON.stringify(p.issues));
  return renderExport(p, 'svg').text;
}
/** The traffic axis' tick labels, left to right. */
const ticks = (svg: string) =>
  [...svg.matchAll(/<text fill="#57606a" font-size="11" x="[\d.]+" y="[\d.]+" text-anchor="middle">([^<]+)</g)]
    .map((m) => m[1])
    .filter((t) => !t!.includes('scale'));

describe('the exported chart is drawn with the scenario’s chart view', () => {
  it('over its traffic window', () => {
    const svg = svgOf({ ...DEFAULT_SCENARIO, chart: { fromExp: 2, toExp: 6 } });
    const x = ticks(svg);
    expect(x[0]).toBe('100');
    expect(x.at(-1)).toBe('1M');
  });

  it('on its cost scale: linear from $0, titled so', () => {
    const svg = svgOf({ ...DEFAULT_SCENARIO, chart: { costScale: 'linear' } });
    expect(svg).toContain('USD per month (linear scale)');
    expect(svg).toMatch(/text-anchor="end">\$0</);
  });

  it('travels in a share link, and a link without one means the defaults', () => {
    const s: Scenario = { ...DEFAULT_SCENARIO, chart: { fromExp: 3, toExp: 9, costScale: 'linear' } };
    const decoded = decodeScenario(encodeScenario(s));
    expect(decoded.ok && decoded.scenario.chart).toEqual(s.chart);
    expect(encodeScenario(s)).not.toBe(encodeScenario(DEFAULT_SCENARIO));
    expect(chartViewOf(DEFAULT_SCENARIO)).toEqual({ fromExp: 4, toExp: 10, costScale: 'log' });
  });

  it('refuses a window that is empty or out of range, naming the field', () => {
    const issues = (chart: unknown) => {
      const r = parseScenario({ ...DEFAULT_SCENARIO, chart });
      return r.ok ? [] : r.issues.map((i) => `${i.field}: ${i.message}`);
    };
    expect(issues({ fromExp: 6, toExp: 6 })).toEqual(['chart.toExp: must be above fromExp']);
    expect(issues({ toExp: 13 })).toEqual(['chart.toExp: must be 1–12']);
    expect(issues({ fromExp: 1.5 })).toEqual(['chart.fromExp: must be a whole power of ten between 0 and 12']);
    expect(issues({ costScale: 'sqrt' })).toEqual(['chart.costScale: must be "log" or "linear"']);
  });

  it('labels every breakeven, however crowded: more rows, never a dropped label', () => {
    const crowded = Array.from({ length: 9 }, (_, i) => [100 + i, 40] as const);
    const rows = placeLabels(crowded);
    expect(rows.every((r) => Number.isInteger(r))).toBe(true);
    expect(new Set(rows).size).toBe(9);
  });

  it('draws a sub-cent cost where it is, not on a $0.01 floor', () => {
    // Lambda at 10^4 requests of 200 ms, 512 MB: about $0.02; at 10^2, about $0.0002.
    const svg = svgOf({
      ...DEFAULT_SCENARIO,
      systems: [DEFAULT_SCENARIO.systems[0]!],
      chart: { fromExp: 2, toExp: 6 },
    });
    expect(svg).toMatch(/>\$0\.0001</);
  });
});
