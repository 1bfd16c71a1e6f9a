import { describe, expect, it } from 'vitest';
import { DEFAULT_SCENARIO, parseScenario, resolveScenario } from '../scenario';
import { testCatalog } from '../testing/catalog';
import { priceScenario } from './priceScenario';
import { priceTrustingDefault } from './trustedDefault';

describe('the default comparison, priced without a parse', () => {
  const catalog = testCatalog();

  it('is a valid scenario that the schema leaves as written (no default to fill, nothing to coerce)', () => {
    const parsed = parseScenario(DEFAULT_SCENARIO);
    expect(parsed.ok ? null : parsed.issues).toBeNull();
    if (!parsed.ok) return;
    expect(parsed.scenario).toStrictEqual(DEFAULT_SCENARIO);
    expect(parsed.resolved).toStrictEqual(resolveScenario(DEFAULT_SCENARIO));
  });

  it('prices to the same figures as the parsed path', () => {
    const trusted = priceTrustingDefault(catalog, DEFAULT_SCENARIO);
    const parsed = priceScenario(catalog, DEFAULT_SCENARIO);
    expect(trusted.ok && parsed.ok).toBe(true);
    if (!trusted.ok || !parsed.ok) return;
    const figures = (a: typeof trusted.analysis) => ({
      totals: a.estimates.map((e) => [e.id, e.monthlyUsd.toString()]),
      breakevens: a.breakevens.map((b) => JSON.stringify(b)),
      cheapest: JSON.stringify(a.cheapest),
      unpriced: a.unpriced,
    });
    expect(figures(trusted.analysis)).toEqual(figures(parsed.analysis));
    expect(figures(trusted.analysis).totals).toHaveLength(DEFAULT_SCENARIO.systems.length);
  });

  it('parses any other object, even an equal copy (only the module constant is trusted)', () => {
    const copy = { ...DEFAULT_SCENARIO, workload: { ...DEFAULT_SCENARIO.workload, memoryMb: -1 } };
    const priced = priceTrustingDefault(catalog, copy);
    expect(priced.ok).toBe(false);
    if (!priced.ok) expect(priced.issues.map((i) => i.field)).toContain('workload.memoryMb');
  });
});
