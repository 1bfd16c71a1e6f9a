import { centsString } from '../src/engine';
import { priceScenario } from '../src/report';
import { type Scenario, DEFAULT_SCENARIO } from '../src/scenario';
import { testCatalog } from '../src/testing/catalog';

/**
 * What the engine says about a scenario, computed in the test process from the same pricing files
 * the app bundles: the page must show the same figures and sentences.
 */
export function engineSays(patch: (s: Scenario) => Scenario = (s) => s): {
  totals: Record<string, string>;
  sentences: string[];
} {
  const res = priceScenario(testCatalog(), patch(DEFAULT_SCENARIO));
  if (!res.ok) throw new Error(JSON.stringify(res.issues));
  const names = new Map(res.analysis.estimates.map((e) => [e.id, e.name]));
  const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
  const totals = Object.fromEntries(
    res.analysis.estimates.map((e) => [e.name, usd.format(Number(centsString(e.monthlyUsd)))]),
  );
  const sentences = res.analysis.breakevens.map((b) => {
    const [a, c] = b.between;
    const below = names.get(b.cheaperBelow === 'a' ? a : c);
    const above = names.get(b.cheaperAbove === 'a' ? a : c);
    const r = b.requestsPerMonth.toDecimalPlaces(0).toNumber().toLocaleString('en-US');
    return `${below} costs more than ${above} above ${r} requests/month${b.kind === 'jump' ? ' (where a fleet adds an instance)' : ''}`;
  });
  return { totals, sentences };
}
