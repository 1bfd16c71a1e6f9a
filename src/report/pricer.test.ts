import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO } from '../scenario';
import { scenarioArb } from '../testing/arbitraries';
import { testCatalog } from '../testing/catalog';
import { type PricedScenario, priceScenario } from './priceScenario';
import { createPricer } from './pricer';

const catalog = testCatalog();

function counting() {
  const seen: unknown[] = [];
  const price = createPricer(catalog, (c, raw) => (seen.push(raw), priceScenario(c, raw)));
  return { price, seen };
}

/** Every system's exact monthly total and every breakeven, as strings: what "the same figures" means. */
const figures = (p: PricedScenario) =>
  p.ok
    ? {
        totals: p.analysis.estimates.map((e) => e.monthlyUsd.toString()),
        breakevens: p.analysis.breakevens.map((b) => b.requestsPerMonth.toString()),
      }
    : p.issues;

describe('a pricer', () => {
  it('prices a scenario object once and hands every later reader the same result', () => {
    const { price, seen } = counting();
    const first = price(DEFAULT_SCENARIO);
    expect(price(DEFAULT_SCENARIO)).toBe(first);
    expect(seen).toEqual([DEFAULT_SCENARIO]);
  });

  it('files a result under the scenario it parsed to, the object a store then holds', () => {
    const { price, seen } = counting();
    const raw = JSON.parse(JSON.stringify(DEFAULT_SCENARIO)) as unknown;
    const priced = price(raw);
    if (!priced.ok) throw new Error('the default scenario must price');
    expect(priced.scenario).not.toBe(raw);
    expect(price(priced.scenario)).toBe(priced);
    expect(seen).toHaveLength(1);
  });

  it('prices an edit (a new object) again, and keeps the resolved scenario and price book it used', () => {
    const { price, seen } = counting();
    const before = price(DEFAULT_SCENARIO);
    const after = price({ ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, memoryMb: 1024 } });
    expect(seen).toHaveLength(2);
    if (!before.ok || !after.ok) throw new Error('both must price');
    expect(after.resolved.workload.memoryMb).toBe(1024);
    expect(after.book.pricingDate).toBe(before.book.pricingDate);
  });

  it('never caches what is not an object (nothing to key it by) and reports it as invalid', () => {
    const { price, seen } = counting();
    expect(price('nope').ok).toBe(false);
    expect(price('nope').ok).toBe(false);
    expect(seen).toHaveLength(2);
  });

  it('is sound to file under the parsed scenario: pricing that scenario again gives the same figures', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const priced = priceScenario(catalog, s);
        if (!priced.ok) return;
        expect(figures(priceScenario(catalog, priced.scenario))).toEqual(figures(priced));
      }),
      { numRuns: 100 },
    );
  });
});
