import { describe, expect, it } from 'vitest';
import { centsString } from '../../engine';
import { CANNOT_RUN, priceScenario } from '../../report';
import { DEFAULT_SCENARIO, type Scenario } from '../../scenario';
import { testCatalog } from '../../testing/catalog';
import { cheapestUsdOf, rowFigures } from './rowFigures';

const analysisOf = (scenario: Scenario) => {
  const priced = priceScenario(testCatalog(), scenario);
  if (!priced.ok) throw new Error(JSON.stringify(priced.issues));
  return priced.analysis;
};
const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

describe('rowFigures (the results table’s cells, shared by the app and the link’s first paint)', () => {
  it('shows each total as the engine’s cents and marks exactly the least total as cheapest', () => {
    const analysis = analysisOf(DEFAULT_SCENARIO);
    const cheapestUsd = cheapestUsdOf(analysis);
    const rows = analysis.estimates.map((e) => ({ e, f: rowFigures(e, cheapestUsd) }));
    for (const { e, f } of rows) expect(f.monthly).toBe(dollars.format(Number(centsString(e.monthlyUsd))));
    const least = Math.min(...analysis.estimates.map((e) => e.monthlyUsd.toNumber()));
    expect(rows.filter((r) => r.f.cheapest).map((r) => r.e.monthlyUsd.toNumber())).toEqual([least]);
    expect(rows.every((r) => r.f.largest === '—' || /: (\d+|<1)%$/.test(r.f.largest))).toBe(true);
  });

  it('never marks a system that cannot run as cheapest, even when its lines sum to the least', () => {
    // 20 minutes per request: past Lambda's 15-minute timeout, so Lambda cannot run.
    const analysis = analysisOf({
      ...DEFAULT_SCENARIO,
      workload: { ...DEFAULT_SCENARIO.workload, durationMs: 1_200_000, requestsPerMonth: 1 },
    });
    const lambda = analysis.estimates.find((e) => e.id === 'lambda')!;
    const cheapestUsd = cheapestUsdOf(analysis);
    const f = rowFigures(lambda, cheapestUsd);
    expect(f).toMatchObject({ unable: true, cheapest: false, monthly: CANNOT_RUN });
    expect(cheapestUsd).not.toBeNull();
    expect(analysis.estimates.filter((e) => rowFigures(e, cheapestUsd).cheapest).length).toBeGreaterThan(0);
  });
});
