import { describe, expect, it } from 'vitest';
import { runSteps } from '../engine';
import { DEFAULT_SCENARIO } from '../scenario';
import { ARCHITECTURE_TEMPLATES } from '../scenario/templates';
import { testCatalog } from '../testing/catalog';
import { type PricedScenario, priceScenario, priceScenarioSteps } from './priceScenario';
import { createPricer } from './pricer';

const catalog = testCatalog();

/** Every alternative's exact monthly total and every breakeven, as strings. */
const figures = (p: PricedScenario) =>
  p.ok
    ? {
        totals: p.analysis.estimates.map((e) => e.monthlyUsd.toString()),
        breakevens: p.analysis.breakevens.map((b) => `${b.between.join('|')}@${b.requestsPerMonth.toString()}`),
        cheapest: p.analysis.cheapest.map((c) => c.id),
      }
    : p.issues;

/** How many times `steps` stops before its result. */
function countSteps(steps: Generator<void, PricedScenario, void>): { result: PricedScenario; stops: number } {
  let stops = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { result: next.value, stops };
    stops++;
  }
}

describe('pricing in steps', () => {
  const scenarios = [
    ['the default comparison', DEFAULT_SCENARIO],
    ...ARCHITECTURE_TEMPLATES.map((t) => [t.id, t.scenario] as const),
  ] as const;

  it.each(scenarios)(
    '%s: stops after the parse, each curve and each pair, no single step is the whole analysis',
    (_, scenario) => {
      const { result, stops } = countSteps(priceScenarioSteps(catalog, scenario));
      if (!result.ok) throw new Error('the scenario must price');
      const n = result.analysis.models.length;
      // parse, models, one per curve, one per pair of alternatives able to run.
      expect(n).toBeGreaterThan(1);
      expect(stops).toBeGreaterThanOrEqual(2 + n + result.analysis.pairs.length);
      expect(figures(result)).toEqual(figures(priceScenario(catalog, scenario)));
    },
  );

  it('an invalid scenario stops with its issues, as a call does', () => {
    const bad = { ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, memoryMb: -1 } };
    const stepped = runSteps(priceScenarioSteps(catalog, bad));
    expect(stepped.ok).toBe(false);
    expect(figures(stepped)).toEqual(figures(priceScenario(catalog, bad)));
  });

  it('a pricer files what its steps priced: a later call is free and gets the same result', () => {
    let calls = 0;
    const price = createPricer(catalog, (c, raw) => (calls++, priceScenario(c, raw)));
    const scenario = { ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, memoryMb: 1024 } };
    const stepped = runSteps(price.steps(scenario));
    expect(price(scenario)).toBe(stepped);
    expect(calls).toBe(0);
    // And steps of a scenario already priced finish at once, with the filed result.
    expect(countSteps(price.steps(scenario))).toEqual({ result: stepped, stops: 0 });
    expect(figures(stepped)).toEqual(figures(priceScenario(catalog, scenario)));
  });
});
